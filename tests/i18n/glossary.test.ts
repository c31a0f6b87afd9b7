import { describe, expect, it } from 'vitest'
import { GOAL_IDS, LOCALES, loadDomainTexts, type Locale } from '@/domain'
import { loadUiMessages } from '@/i18n'
import { GLOSSARY, type GlossaryTerm } from '@/i18n/glossary'

/** Every text of a language: its UI messages and its domain texts, by dotted path. */
async function textsOf(locale: Locale): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value)
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`)
  }
  walk(await loadUiMessages(locale), 'ui')
  walk(await loadDomainTexts(locale), 'domain')
  return out
}

const uses = (text: string, forms: readonly string[]) =>
  forms.some((form) => text.toLocaleLowerCase().includes(form.toLocaleLowerCase()))

/** Terms checked in running text (the goals' names are checked as names: they inflect). */
const IN_SENTENCES: GlossaryTerm[] = [
  'criticalProperty',
  'enabler',
  'internetWayOfNetworking',
  'internetImpactBrief',
]

describe('the glossary', () => {
  it('has every term in every language', () => {
    for (const [term, forms] of Object.entries(GLOSSARY))
      for (const locale of LOCALES)
        expect(forms[locale].length, `${term} ${locale}`).toBeGreaterThan(0)
  })

  it('is used: a text whose English uses a term uses its words in every translation', async () => {
    const english = await textsOf('en')
    const misses: string[] = []
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const translated = await textsOf(locale)
      for (const term of IN_SENTENCES)
        for (const [path, text] of english)
          if (uses(text, GLOSSARY[term].en)) {
            const other = translated.get(path)
            if (other !== undefined && !uses(other, GLOSSARY[term][locale]))
              misses.push(
                `${locale} ${path} lacks “${GLOSSARY[term][locale].join('” or “')}”: ${other}`,
              )
          }
    }
    expect(misses).toEqual([])
  })

  it('names the goals as the catalogue does', async () => {
    const terms = {
      open: 'goalOpen',
      'globally-connected': 'goalGloballyConnected',
      secure: 'goalSecure',
      trustworthy: 'goalTrustworthy',
    } as const satisfies Record<(typeof GOAL_IDS)[number], GlossaryTerm>
    for (const locale of LOCALES) {
      const texts = await loadDomainTexts(locale)
      for (const goal of GOAL_IDS)
        expect(texts.catalogue.goals[goal].name, `${locale} ${goal}`).toBe(
          GLOSSARY[terms[goal]][locale][0],
        )
    }
  })

  it('would catch a translation that drifts', () => {
    expect(uses('Les facteurs de cet objectif', GLOSSARY.enabler.fr)).toBe(false)
    expect(uses('Les facteurs favorables de cet objectif', GLOSSARY.enabler.fr)).toBe(true)
    expect(uses('عوامل هذا الهدف', GLOSSARY.enabler.ar)).toBe(false)
    expect(uses('وعوامل التمكين لهذا الهدف', GLOSSARY.enabler.ar)).toBe(true)
  })

  it('finds an Arabic term with the article and a preposition attached', () => {
    expect(uses('للخصائص الجوهرية الخمس', GLOSSARY.criticalProperty.ar)).toBe(true)
    expect(uses('بالخاصية الجوهرية', GLOSSARY.criticalProperty.ar)).toBe(true)
    expect(uses('لطريقة الإنترنت في الربط الشبكي', GLOSSARY.internetWayOfNetworking.ar)).toBe(true)
    expect(uses('الخصائص المهمة', GLOSSARY.criticalProperty.ar)).toBe(false)
  })
})
