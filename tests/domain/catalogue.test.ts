import { describe, expect, it } from 'vitest'
import {
  AssessmentSchema,
  CATALOGUE_GROUPS,
  LOCALES,
  loadDomainTexts,
  ENABLER_IDS,
  ENABLERS_BY_GOAL,
  GOAL_IDS,
  ITEM_IDS,
  PROPERTY_IDS,
  goalOf,
  isPropertyId,
} from '@/domain'
import { en } from '@/domain/texts/en'

/** Every string in a texts object with its dotted path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}

/** Every object key anywhere in the assessment schema (zod mini's def tree). */
function schemaKeys(schema: unknown): Set<string> {
  const keys = new Set<string>()
  const visit = (s: unknown) => {
    const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def
    switch (def.type) {
      case 'object':
        for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
          keys.add(k)
          visit(v)
        }
        break
      case 'array':
        visit(def.element)
        break
      case 'record':
        visit(def.valueType)
        break
      case 'optional':
      case 'nullable':
        visit(def.innerType)
        break
    }
  }
  visit(schema)
  return keys
}

/** The placeholders each template receives (documented at the top of en.ts). */
const PLACEHOLDERS: [RegExp, string[]][] = [
  [/^findings\.headline\.properties(Harmed|Helped)$/, ['count', 'items']],
  [/^findings\.headline\.goals(Harmed|Helped)\./, ['items']],
  [/^findings\.headline\.(and|then)$/, ['first', 'second']],
  [/^findings\.provisional\./, ['count', 'unclear', 'notAssessed']],
  [/^findings\.(propertiesHarmed|helped)$/, ['items']],
  [/^findings\.goalHarmed$/, ['goal', 'items']],
  [/^findings\.rated$/, ['item', 'rating']],
  [/^findings\.mixed$/, ['harm', 'benefit']],
  [/^findings\.chart\.harmedWithMixed\./, ['count', 'mixed']],
  [/^drafting\.fromFinding$/, ['item', 'impact', 'how', 'effect']],
  [/^drafting\.fromFindingNoEffect$/, ['item', 'impact', 'how']],
  [/^drafting\.brief\.abstract$/, ['title', 'summary']],
  [/^drafting\.brief\.finding$/, ['item', 'impact', 'how']],
  [/^drafting\.brief\.findingShort$/, ['item', 'impact']],
  [/^drafting\.brief\.benefit$/, ['how']],
  [/^drafting\.brief\.recommend$/, ['statement']],
  [/^timeline\.tacticDue$/, ['tactic']],
  [/^timeline\.nextStep$/, ['who', 'what']],
  [/^report\.generatedOn$/, ['date']],
  [/^report\.page$/, ['page', 'pages']],
  [/^reportParts\.title\./, ['title']],
  [/^reportParts\.published$/, ['date']],
  [/^reportParts\.version$/, ['version']],
  [/^reportParts\.person$/, ['name', 'affiliation']],
  [/^reportParts\.licence$/, ['licence']],
  [/^reportParts\.contact$/, ['contact']],
  [/^reportParts\.confidence$/, ['level']],
  [/^reportParts\.(noImpact|notDiscussed)$/, ['items']],
  [/^reportParts\.benefit$/, ['how']],
  [/^report\.workshop\.held$/, ['participants', 'rounds', 'date']],
  [/^report\.workshop\.rule$/, ['iqr', 'agreement', 'tail']],
  [/^report\.workshop\.alpha$/, ['alpha', 'reading']],
  [/^report\.workshop\.between$/, ['low', 'high']],
  [/^report\.compare\.(title|intro)$/, ['first', 'second']],
  [/^report\.compare\.side$/, ['side', 'title']],
  [/^report\.compare\.summary$/, ['moved', 'total', 'worse', 'better', 'other']],
  [/^report\.compare\.change\.(better|worse)$/, ['steps']],
  [/^report\.compare\.rowSame$/, ['row', 'rating']],
  [/^report\.compare\.rowMoved$/, ['row', 'from', 'to']],
  [/^report\.compare\.reasons$/, ['side', 'text']],
  [/^report\.compare\.(alike|neither)$/, ['items']],
  [/^report\.workshop\.dissent(Named)?$/, ['row', 'rating', 'reason', 'name']],
  [/^report\.workshop\.adoptedTitle$/, ['title']],
  [/^report\.workshop\.evidence(Named)?$/, ['round', 'rating', 'reason', 'name']],
  [/^issues\.(too-long|too-many|too-deep|too-large)$/, ['field', 'max']],
  [/^issues\.invalid-choice$/, ['field', 'choices']],
  [/^issues\.newer-version$/, ['field', 'found', 'supported']],
  [/^issues\.duplicate-id$/, ['field', 'id', 'first']],
  [/^issues\./, ['field']],
  [/^issuePath\.listItem$/, ['number']],
]

function allowedPlaceholders(path: string): string[] {
  return PLACEHOLDERS.find(([pattern]) => pattern.test(path))?.[1] ?? []
}

describe('catalogue structure', () => {
  it('has 15 unique items: 5 critical properties, then 10 enablers', () => {
    expect(ITEM_IDS).toHaveLength(15)
    expect(new Set(ITEM_IDS).size).toBe(15)
    expect(PROPERTY_IDS).toHaveLength(5)
    expect(ENABLER_IDS).toHaveLength(10)
    expect(ITEM_IDS.slice(0, 5)).toEqual([...PROPERTY_IDS])
    expect(ITEM_IDS.filter(isPropertyId)).toEqual([...PROPERTY_IDS])
  })

  it('puts the 10 enablers in 4 goals as ENABLERS_BY_GOAL says', () => {
    expect(GOAL_IDS).toEqual(['open', 'globally-connected', 'secure', 'trustworthy'])
    expect(GOAL_IDS.flatMap((g) => ENABLERS_BY_GOAL[g])).toEqual([...ENABLER_IDS])
    expect(GOAL_IDS.map((g) => ENABLERS_BY_GOAL[g].length)).toEqual([3, 2, 3, 2])
  })

  it.each(ENABLER_IDS.map((id) => [id]))('knows the goal of %s', (id) => {
    expect(ENABLERS_BY_GOAL[goalOf(id)]).toContain(id)
  })

  it('groups the catalogue as the analysis table does: exist first, then thrive by goal', () => {
    expect(CATALOGUE_GROUPS.map((g) => [g.id, g.layer])).toEqual([
      ['properties', 'exist'],
      ['open', 'thrive'],
      ['globally-connected', 'thrive'],
      ['secure', 'thrive'],
      ['trustworthy', 'thrive'],
    ])
    expect(CATALOGUE_GROUPS.flatMap((g) => g.items)).toEqual([...ITEM_IDS])
  })
})

describe('English catalogue texts', () => {
  it('covers exactly the 15 items and 4 goals', () => {
    expect(Object.keys(en.catalogue.items).sort()).toEqual([...ITEM_IDS].sort())
    expect(Object.keys(en.catalogue.goals).sort()).toEqual([...GOAL_IDS].sort())
  })

  it.each(ITEM_IDS.map((id) => [id]))('describes %s completely', (id) => {
    const item = en.catalogue.items[id]
    expect(item.name.trim()).not.toBe('')
    expect(item.short.length).toBeGreaterThan(0)
    expect(item.short.length).toBeLessThanOrEqual(28)
    const sentences = item.explanation.split(/(?<=[.!?])\s+/).filter(Boolean)
    expect(sentences.length).toBeGreaterThanOrEqual(2)
    expect(sentences.length).toBeLessThanOrEqual(4)
    expect(item.guidingQuestions.length).toBeGreaterThanOrEqual(3)
    expect(item.guidingQuestions.length).toBeLessThanOrEqual(5)
    for (const q of item.guidingQuestions) expect(q).toMatch(/\?$/)
    expect(item.typicalThreats.length).toBeGreaterThanOrEqual(2)
  })

  it('gives every item a distinct name and short name', () => {
    const items = Object.values(en.catalogue.items)
    expect(new Set(items.map((i) => i.name)).size).toBe(15)
    expect(new Set(items.map((i) => i.short)).size).toBe(15)
  })

  it.each(GOAL_IDS.map((id) => [id]))('names and explains the goal %s', (id) => {
    expect(en.catalogue.goals[id].name.trim()).not.toBe('')
    expect(en.catalogue.goals[id].explanation.length).toBeGreaterThan(40)
  })
})

const allTexts = await Promise.all(LOCALES.map(loadDomainTexts))

describe('domain texts of every locale', () => {
  const locales = LOCALES.map((locale, i) => [locale, allTexts[i]!] as const)

  it('loads a complete text set for every locale the app offers', () => {
    expect(allTexts.map((t) => t.locale)).toEqual([...LOCALES])
  })

  it.each(locales)('%s has no empty string anywhere', (_, texts) => {
    const empty = strings(texts)
      .filter(([, s]) => s.trim() === '')
      .map(([path]) => path)
    expect(empty).toEqual([])
  })

  it.each(locales)('%s uses only the documented placeholders of each template', (_, texts) => {
    const wrong = strings(texts).flatMap(([path, s]) => {
      const used = [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const allowed = allowedPlaceholders(path)
      return used.filter((p) => !allowed.includes(p!)).map((p) => `${path}: {${p}}`)
    })
    expect(wrong).toEqual([])
  })

  it.each(locales)('%s has a readable name for every field of the schema', (_, texts) => {
    const keys = [...schemaKeys(AssessmentSchema)]
    expect(keys).toEqual(expect.arrayContaining(['flag', 'url', 'howAffected', 'chapterUrl']))
    const missing = keys.filter((k) => !(k in texts.fieldNames))
    expect(missing).toEqual([])
  })

  it.each(locales)('%s names every item in issue paths by its short name', (_, texts) => {
    for (const id of ITEM_IDS) expect(texts.fieldNames[id]).toBe(texts.catalogue.items[id].short)
  })

  it('keeps the key templates using the placeholders the builders fill', () => {
    expect(en.findings.headline.propertiesHarmed).toMatch(/\{count\}.*\{items\}/)
    expect(en.findings.goalHarmed).toMatch(/\{goal\}.*\{items\}/)
    expect(en.drafting.fromFinding).toMatch(/\{item\}.*\{how\}.*\{effect\}/)
    expect(en.report.page).toMatch(/\{page\}.*\{pages\}/)
    expect(en.reportParts.title.brief).toContain('{title}')
    expect(en.issuePath.listItem).toContain('{number}')
  })
})
