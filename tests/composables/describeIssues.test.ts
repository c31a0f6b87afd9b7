import { describe, expect, it } from 'vitest'
import { AssessmentSchema, LOCALES, loadDomainTexts, type Locale, type ParseIssue } from '@/domain'
import { createAppI18n, loadUiMessages } from '@/i18n'
import {
  FIELD_LABELS,
  MAX_LISTED_ISSUES,
  describeIssues,
  formFieldNamer,
} from '@/composables/describeIssues'

/** The app's i18n in `locale` with core and step messages, and that locale's domain texts. */
async function setUp(locale: Locale, parts: ('core' | 'steps')[] = ['core', 'steps']) {
  const i18n = createAppI18n(locale).global
  i18n.mergeLocaleMessage(locale, await loadUiMessages(locale, parts))
  return { i18n, texts: await loadDomainTexts(locale) }
}

/** Every path pattern of the schema ('flag.sources.*.url'), from zod mini's def tree. */
function schemaPatterns(schema: unknown, prefix: string[] = []): string[] {
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def
  const here = prefix.length ? [prefix.join('.')] : []
  switch (def.type) {
    case 'object':
      return [
        ...here,
        ...Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) =>
          schemaPatterns(v, [...prefix, k]),
        ),
      ]
    case 'array':
      return [...here, ...schemaPatterns(def.element, [...prefix, '*'])]
    case 'record':
      return [...here, ...schemaPatterns(def.valueType, [...prefix, '*'])]
    case 'optional':
    case 'nullable':
      return schemaPatterns(def.innerType, prefix)
    default:
      return here
  }
}

/** Fields no form shows: the domain's words name them (ids, bookkeeping, chosen from lists). */
const NOT_ON_A_FORM = [
  'format',
  'schemaVersion',
  'id',
  'createdAt',
  'updatedAt',
  'locale',
  'authors',
  'authors.*',
  'templateId',
  'analysis.*',
  'strategy.goal.relevantItemIds.*',
  'strategy.messages.*.itemIds.*',
  'report.hiddenSections.*',
  'kept',
  'kept.*',
  'kept.*.path',
  'kept.*.path.*',
  'kept.*.path.*.id',
  'kept.*.path.*.key',
  'kept.*.value',
  'strategy.messages.*.audienceIds.*',
]
/** The workshop record (schema version 4) is written by adopting a workshop, never on a form. */
const notOnAForm = (p: string) => NOT_ON_A_FORM.includes(p) || /^workshop(\.|$)/.test(p)
/**
 * The per-goal conclusions' labels carry the goal's name ("Conclusion: Open"), so an import
 * message names them with the domain's goal names instead of a form label.
 */
const NAMED_BY_DOMAIN = ['brief.goalConclusions']
const namedByDomain = (pattern: string) =>
  NAMED_BY_DOMAIN.some((p) => pattern === p || pattern.startsWith(`${p}.`))
const STEP_OF_PART = {
  flag: 'flag',
  analysis: 'analyze',
  strategy: 'strategize',
  together: 'together',
} as const
const STEP_PARTS: string[] = Object.keys(STEP_OF_PART)
const isEntryId = (pattern: string) => pattern.endsWith('.*.id')

/** A concrete path for a pattern: the privacy row, the third entry of each list. */
const pathOf = (pattern: string): ParseIssue['path'] =>
  pattern
    .split('.')
    .map((part, i, parts) =>
      part === '*' ? (i === 1 && parts[0] === 'analysis' ? 'privacy' : 2) : part,
    )

/** The source of every screen that shows fields of the document. */
const forms = Object.values(
  import.meta.glob<string>(
    ['/src/components/steps/*.vue', '/src/components/report/*.vue', '/src/views/*View.vue'],
    { query: '?raw', import: 'default', eager: true },
  ),
).join('\n')

describe('field names in import messages', () => {
  const patterns = schemaPatterns(AssessmentSchema)

  it('has a form label for every field of the schema that a form shows', () => {
    expect(patterns).toEqual(expect.arrayContaining(['flag.kind', 'flag.sources.*.url']))
    const unnamed = patterns.filter(
      (p) =>
        !Object.hasOwn(FIELD_LABELS, p) &&
        !STEP_PARTS.includes(p) &&
        !notOnAForm(p) &&
        !namedByDomain(p) &&
        !isEntryId(p),
    )
    expect(unnamed).toEqual([])
    expect(Object.keys(FIELD_LABELS).filter((p) => !patterns.includes(p))).toEqual([])
  })

  it.each(Object.entries(FIELD_LABELS))('labels %s with %s, a key a form uses', (_, key) => {
    expect(forms).toContain(`'${key}'`)
  })

  it.each<Locale>(LOCALES)('names every field as the forms do, in %s', async (locale) => {
    const { i18n, texts } = await setUp(locale)
    const name = formFieldNamer(i18n, texts)
    for (const [pattern, key] of Object.entries(FIELD_LABELS)) {
      const path = pathOf(pattern)
      const label = i18n.t(key)
      expect(name(path)).toBe(
        typeof path.at(-1) === 'number' ? i18n.t('common.list.itemN', { label, n: 3 }) : label,
      )
    }
    for (const [part, step] of Object.entries(STEP_OF_PART))
      expect(name([part])).toBe(texts.steps.name[step])
  })

  it.each<[Locale, ParseIssue, string]>([
    [
      'en',
      { path: ['flag', 'kind'], code: 'invalid-choice', params: { choices: 'legislation' } },
      'Flag › Kind of proposal: the value is not one of the allowed choices (Legislation).',
    ],
    [
      'en',
      { path: ['flag', 'sources', 1, 'url'], code: 'too-long', params: { max: 2000 } },
      'Flag › Sources › Source 2 › Web address: the text is longer than the limit of 2000 characters. Shorten it.',
    ],
    [
      'en',
      { path: ['analysis', 'privacy', 'evidence', 0, 'sourceId'], code: 'required' },
      'Analyze › Privacy › Evidence › Evidence 1 › Source: a required value is missing.',
    ],
    [
      'en',
      { path: ['flag', 'sources', 2, 'id'], code: 'invalid-id' },
      'Flag › Sources › Source 3 › identifier: this is not a valid identifier (1 to 64 letters, digits, hyphens or underscores).',
    ],
    [
      'fr',
      { path: ['together', 'allies', 0, 'kind'], code: 'required' },
      'Ensemble › Alliés et partenaires de coalition › Allié 1 › Catégorie\u00a0: une valeur obligatoire est manquante.',
    ],
  ])('in %s, %j reads with the form labels', async (locale, issue, expected) => {
    const { i18n, texts } = await setUp(locale)
    expect(describeIssues([issue], i18n, texts)).toEqual([expected])
  })

  it('falls back to the domain words while the step screens are not loaded', async () => {
    const { i18n, texts } = await setUp('en', ['core'])
    expect(describeIssues([{ path: ['flag', 'kind'], code: 'required' }], i18n, texts)).toEqual([
      'Flag › type: a required value is missing.',
    ])
  })
})

describe('the list of issues of a refused file', () => {
  const issue: ParseIssue = { path: ['flag', 'title'], code: 'required' }
  const many = (n: number) => Array.from({ length: n }, () => issue)

  it.each<[Locale, number, string | null]>([
    ['en', MAX_LISTED_ISSUES, null],
    ['en', MAX_LISTED_ISSUES + 1, 'And one more problem.'],
    ['en', MAX_LISTED_ISSUES + 12, 'And 12 more problems.'],
    ['fr', MAX_LISTED_ISSUES + 1, 'Et un autre problème.'],
    ['fr', MAX_LISTED_ISSUES + 3, 'Et 3 autres problèmes.'],
    ['es', MAX_LISTED_ISSUES + 3, 'Y 3 problemas más.'],
  ])('in %s, %i issues end with %j', async (locale, count, more) => {
    const { i18n, texts } = await setUp(locale)
    const lines = describeIssues(many(count), i18n, texts)
    const listed = Math.min(count, MAX_LISTED_ISSUES)
    expect(lines).toHaveLength(more ? listed + 1 : listed)
    expect(lines.at(-1)).toBe(more ?? describeIssues([issue], i18n, texts)[0])
  })
})
