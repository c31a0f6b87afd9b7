import { describe, expect, it } from 'vitest'
import { SUPPORTED_LOCALES, loadUiMessages, pickLocale } from '@/i18n'
import type { MessageTree } from '@/i18n/runtime'

/** Every leaf as [path, text]. */
function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  )
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const pluralForms = (s: string) => s.split(' | ').length

const english = new Map(leaves(await loadUiMessages('en')))
const others = SUPPORTED_LOCALES.filter((l) => l !== 'en')

describe.each(others)('UI messages in %s', (locale) => {
  it('has every English key and no key English lacks', async () => {
    const translated = new Map(leaves(await loadUiMessages(locale)))
    expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([])
    expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([])
  })

  it('keeps every placeholder and plural form, and leaves nothing empty', async () => {
    const translated = new Map(leaves(await loadUiMessages(locale)))
    const wrong = [...english].flatMap(([key, source]) => {
      const target = translated.get(key)
      if (target === undefined) return []
      const problems: string[] = []
      if (target.trim() === '') problems.push(`${key}: empty`)
      // A plural message may also give CLDR's six forms (src/i18n/runtime.ts), as Arabic does;
      // a form for one or two may then say the number in words, so only the names must match.
      const forms = pluralForms(target)
      const sixForms = forms === 6 && pluralForms(source) > 1
      const names = (s: string) => (sixForms ? [...new Set(placeholders(s))] : placeholders(s))
      if (names(target).join() !== names(source).join())
        problems.push(`${key}: placeholders ${names(target).join()} ≠ ${names(source).join()}`)
      if (forms !== pluralForms(source) && !sixForms) problems.push(`${key}: plural forms`)
      if (/[@$]/.test(target) && !/[@$]/.test(source)) problems.push(`${key}: special character`)
      return problems
    })
    expect(wrong).toEqual([])
  })
})

describe('pickLocale', () => {
  it.each([
    [null, ['fr-CA', 'en'], 'fr'],
    [null, ['es-419'], 'es'],
    [null, ['de-DE', 'es'], 'es'],
    [null, ['de'], 'en'],
    [null, ['ar-EG', 'en'], 'ar'],
    ['es', ['fr'], 'es'],
    ['xx', ['fr'], 'fr'],
    [null, [], 'en'],
  ] as const)('remembered %s, browser %j → %s', (stored, preferred, expected) => {
    expect(pickLocale(stored, preferred)).toBe(expected)
  })
})
