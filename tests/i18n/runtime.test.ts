import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { defineI18n, interpolate } from '@/i18n/runtime'

const { createI18n, I18nT } = defineI18n()

const i18n = () =>
  createI18n({
    locale: 'fr',
    fallbackLocale: 'en',
    messages: {
      en: {
        a: { hello: 'Hello {name}', only: 'English only' },
        count: 'none | one | {n} items',
        two: 'one thing | {n} things',
        link: 'Open it from {place}, then continue.',
      },
      fr: { a: { hello: 'Bonjour {name}' } },
    },
  }).global

/** console.warn, watched; a test that expects no warning fails if one comes. */
const watchWarnings = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined)

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('the translation runtime', () => {
  it('translates nested keys with named placeholders', () => {
    expect(i18n().t('a.hello', { name: 'Ana' })).toBe('Bonjour Ana')
  })

  it('falls back to English, then to the key itself', () => {
    const warn = watchWarnings()
    expect(i18n().t('a.only')).toBe('English only')
    expect(i18n().t('a.missing')).toBe('a.missing')
    expect(i18n().te('a.missing')).toBe(false)
    expect(i18n().te('a.only')).toBe(true)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it.each([
    [0, 'none'],
    [1, 'one'],
    [2, '2 items'],
    [15, '15 items'],
  ])('three plural forms: %i → %s', (n, expected) => {
    expect(i18n().t('count', { n }, n)).toBe(expected)
    expect(i18n().t('count', n)).toBe(expected)
  })

  it.each([
    [0, '0 things'],
    [1, 'one thing'],
    [3, '3 things'],
  ])('two plural forms: %i → %s', (n, expected) => {
    expect(i18n().t('two', n)).toBe(expected)
  })

  it.each([
    [0, 'لا عناصر'],
    [1, 'عنصر واحد'],
    [2, 'عنصران'],
    [3, '3 عناصر'],
    [10, '10 عناصر'],
    [11, '11 عنصرًا'],
    [99, '99 عنصرًا'],
    [100, '100 عنصر'],
    [102, '102 عنصر'],
    [103, '103 عناصر'],
  ])('six plural forms follow the language’s CLDR rules (Arabic): %i → %s', (n, expected) => {
    const t = createI18n({
      locale: 'ar',
      fallbackLocale: 'en',
      messages: {
        ar: { items: 'لا عناصر | عنصر واحد | عنصران | {n} عناصر | {n} عنصرًا | {n} عنصر' },
      },
    }).global
    expect(t.t('items', n)).toBe(expected)
  })

  it('reads six forms by the current language’s rules: English uses only one and other', () => {
    const t = createI18n({
      locale: 'en',
      fallbackLocale: 'en',
      messages: { en: { items: 'zero | one | two | few | many | {n} other' } },
    }).global
    expect([0, 1, 2, 5].map((n) => t.t('items', n))).toEqual([
      '0 other',
      'one',
      '2 other',
      '5 other',
    ])
  })

  it('switches language reactively and accepts messages loaded later', () => {
    const t = i18n()
    t.locale.value = 'es'
    t.mergeLocaleMessage('es', { a: { hello: 'Hola {name}' } })
    expect(t.t('a.hello', { name: 'Ana' })).toBe('Hola Ana')
  })

  it('merges areas loaded later into a language, keeping the ones it has', () => {
    const t = i18n()
    t.mergeLocaleMessage('fr', { b: { bye: 'Au revoir' } })
    expect([t.t('a.hello', { name: 'Ana' }), t.t('b.bye')]).toEqual(['Bonjour Ana', 'Au revoir'])
  })

  it('formats dates in the current language', () => {
    const t = i18n()
    expect(t.d(new Date(Date.UTC(2026, 0, 15, 12)), 'date')).toMatch(/janvier 2026/)
  })

  it('leaves unknown placeholders and never interprets markup', () => {
    expect(interpolate('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}')
  })

  it('I18nT puts a slot where its placeholder is', async () => {
    const plugin = createI18n({
      locale: 'en',
      fallbackLocale: 'en',
      messages: { en: { link: 'Open it from {place}, then continue.' } },
    })
    const Root = defineComponent(
      () => () =>
        h(I18nT, { keypath: 'link', tag: 'p' }, { place: () => [h('a', { href: '/' }, 'home')] }),
    )
    const app = createApp(Root).use(plugin)
    expect(await renderToString(app)).toBe(
      '<p>Open it from <a href="/">home</a>, then continue.</p>',
    )
  })

  it('I18nT renders a span unless told otherwise', async () => {
    const plugin = createI18n({ locale: 'en', fallbackLocale: 'en', messages: { en: { x: 'X' } } })
    const Root = defineComponent(() => () => h(I18nT, { keypath: 'x' }))
    expect(await renderToString(createApp(Root).use(plugin))).toBe('<span>X</span>')
  })
})

describe('a missing message', () => {
  it('warns in development, once per key, naming the key and the language', () => {
    const warn = watchWarnings()
    const t = i18n()
    t.t('a.missing')
    t.t('a.missing', 2)
    t.t('b.missing')
    expect(warn.mock.calls).toEqual([
      ['[i18n] No message for "a.missing" in "fr" or the fallback.'],
      ['[i18n] No message for "b.missing" in "fr" or the fallback.'],
    ])
  })

  it.each([
    ['a message in the language', 'a.hello'],
    ['a message only in the fallback', 'a.only'],
  ])('does not warn for %s', (_, key) => {
    const warn = watchWarnings()
    i18n().t(key)
    expect(warn).not.toHaveBeenCalled()
  })

  it('is silent in production builds', () => {
    vi.stubEnv('DEV', false)
    const warn = watchWarnings()
    expect(i18n().t('a.missing')).toBe('a.missing')
    expect(warn).not.toHaveBeenCalled()
  })
})
