import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import { usePreferencesStore } from '@/stores/preferences'
import { MemoryStorage } from './helpers'

async function setup(languages: string[] = ['en']) {
  setActivePinia(createPinia())
  const i18n = createAppI18n()
  const storage = new MemoryStorage()
  const prefs = usePreferencesStore()
  await prefs.init({ i18n: i18n.global, storage, languages })
  return { prefs, t: i18n.global, storage }
}

describe('preferences: the interface language', () => {
  it('starts in the browser language and remembers a choice', async () => {
    const { prefs, t, storage } = await setup(['fr-FR'])
    expect(prefs.locale).toBe('fr')
    expect(t.t('library.title')).not.toBe('My assessments')
    await prefs.setLocale('es')
    expect(storage.getItem('iiat:locale')).toBe('es')
  })

  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['es', 'ltr'],
  ] as const)('marks the page as %s, written %s', async (locale, dir) => {
    const { prefs } = await setup(['ar'])
    await prefs.setLocale(locale)
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual([locale, dir])
  })

  it('starts right to left in Arabic, and back to left to right on leaving it', async () => {
    const { prefs, t } = await setup(['ar-EG'])
    expect([prefs.locale, document.documentElement.dir]).toEqual(['ar', 'rtl'])
    expect(t.t('library.title')).toBe('تقييماتي')
    await prefs.setLocale('fr')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('loads the step screens in the language being switched to, even mid-switch', async () => {
    const { prefs, t } = await setup()
    await Promise.all([prefs.setLocale('fr'), prefs.ensureSteps()])
    expect(t.locale.value).toBe('fr')
    expect(t.te('flag.heading')).toBe(true)
    expect(t.t('flag.heading')).not.toBe('Flag the proposal')
  })

  it('loads the step screens of a language chosen after an assessment was opened', async () => {
    const { prefs, t } = await setup()
    await prefs.ensureSteps()
    await prefs.setLocale('es')
    expect(t.t('flag.heading')).not.toBe('Flag the proposal')
  })

  it('ends in the language chosen last, whatever order the files arrive in', async () => {
    const { prefs, t } = await setup()
    await Promise.all([prefs.setLocale('fr'), prefs.setLocale('es')])
    expect(prefs.locale).toBe('es')
    expect(t.locale.value).toBe('es')
  })
})
