/**
 * The findings in words (DESIGN.md §4): the headline that opens a brief ("Undermines 3 of the 5
 * critical properties (…) and harms all four goals: …"), the verdict box and the chart of the
 * groups. Counts up to five are written with a sentence per count, lists and plurals with the
 * locale's Intl rules, so English, French, Spanish and Arabic each read naturally.
 */
import { ENABLER_IDS, PROPERTY_IDS, type GoalId, type ItemId } from '../catalogue/ids'
import { SCALE_MAX, SCALE_MIN, nearestLevel } from '../scoring/scale'
import {
  decideVerdict,
  rateItem,
  rowState,
  summarizeGroups,
  type RatedAnalysis,
  type RatedItem,
  type RowState,
  type VerdictResult,
} from '../scoring/verdict'
import { lowerFirst } from '../strategy/drafting'
import { fill, type DomainTexts, type PluralTemplate, type Template } from '../texts/types'
import type { Block, ChartBlock, VerdictBlock } from './model'

/** The locale's ways of joining names and choosing plural forms. */
interface Words {
  texts: DomainTexts
  list(items: string[]): string
  plural(template: PluralTemplate, count: number): Template
  number(value: number): string
  signed(value: number): string
}

/** Intl formatters are costly to create, so each set of texts gets its own once. */
const wordsCache = new WeakMap<DomainTexts, Words>()

function wordsOf(texts: DomainTexts): Words {
  const cached = wordsCache.get(texts)
  if (cached) return cached
  const words = makeWords(texts)
  wordsCache.set(texts, words)
  return words
}

function makeWords(texts: DomainTexts): Words {
  // ISOC writes "open, globally connected, secure and trustworthy": British lists, no serial comma.
  const listLocale = texts.locale === 'en' ? 'en-GB' : texts.locale
  const lists = new Intl.ListFormat(listLocale, { style: 'long', type: 'conjunction' })
  const plurals = new Intl.PluralRules(texts.locale)
  const numbers = new Intl.NumberFormat(texts.locale)
  const signed = new Intl.NumberFormat(texts.locale, { signDisplay: 'exceptZero' })
  return {
    texts,
    list: (items) => lists.format(items),
    plural: (template, count) => template[plurals.select(count)] ?? template.other,
    number: (value) => numbers.format(value),
    signed: (value) => signed.format(value).replace(/-/g, '\u2212'),
  }
}

function upperFirst(value: string, locale: string): string {
  const [first = '', ...rest] = Array.from(value)
  return first.toLocaleUpperCase(locale) + rest.join('')
}

type Direction = 'harm' | 'help' | 'neutral'

/** The headline's words, with those of a group that nothing harms or helps gathered per group. */
function headlineWords(texts: DomainTexts) {
  const h = texts.findings.headline
  return {
    ...h,
    properties: {
      open: h.propertiesOpen,
      none: h.propertiesUnaffected,
      noneDiscussed: h.propertiesUnaffectedDiscussed,
      notDiscussed: h.propertiesNotDiscussed,
    },
    goals: {
      open: h.goalsOpen,
      none: h.goalsUnaffected,
      noneDiscussed: h.goalsUnaffectedDiscussed,
      notDiscussed: h.goalsNotDiscussed,
    },
  }
}

/** The headline's clause about the critical properties, and which way it points. */
function propertiesClause(items: RatedItem[], w: Words): { text: string; direction: Direction } {
  const h = headlineWords(w.texts)
  const names = (list: RatedItem[]) =>
    w.list(list.map((r) => lowerFirst(w.texts.catalogue.items[r.id].short, w.texts.locale)))
  const harmed = items.filter((r) => rowState(r) === 'harmed')
  const helped = items.filter((r) => rowState(r) === 'helped')
  const all = PROPERTY_IDS.length
  if (harmed.length > 0)
    return {
      direction: 'harm',
      text:
        harmed.length === all
          ? h.allPropertiesHarmed
          : fill(h.propertiesHarmed, { count: w.number(harmed.length), items: names(harmed) }),
    }
  if (helped.length > 0)
    return {
      direction: 'help',
      text:
        helped.length === all
          ? h.allPropertiesHelped
          : fill(h.propertiesHelped, { count: w.number(helped.length), items: names(helped) }),
    }
  return { direction: 'neutral', text: unaffected(items.map(rowState), h.properties) }
}

/** What the headline says of a group with nothing harmed or helped: never more than was rated. */
function unaffected(
  states: RowState[],
  words: { open: string; none: string; noneDiscussed: string; notDiscussed: string },
): string {
  if (states.every((s) => s === 'open')) return words.open
  if (!states.includes('none')) return words.notDiscussed
  return states.every((s) => s === 'none') ? words.none : words.noneDiscussed
}

/** The headline's clause about the four goals: harmed goals first, else helped ones. */
function goalsClause(analysis: RatedAnalysis, w: Words): { text: string; direction: Direction } {
  const h = headlineWords(w.texts)
  const groups = summarizeGroups(analysis).filter(
    (g): g is typeof g & { group: GoalId } => g.group !== 'properties',
  )
  const named = (goals: GoalId[], templates: typeof h.goalsHarmed) => {
    const count = goals.length as 1 | 2 | 3 | 4
    const items = w.list(
      goals.map((g) => lowerFirst(w.texts.catalogue.goals[g].name, w.texts.locale)),
    )
    return fill(templates[count], { items })
  }
  const harmed = groups.filter((g) => g.counts.harmed > 0).map((g) => g.group)
  if (harmed.length > 0) return { direction: 'harm', text: named(harmed, h.goalsHarmed) }
  const helped = groups.filter((g) => g.counts.helped > 0).map((g) => g.group)
  if (helped.length > 0) return { direction: 'help', text: named(helped, h.goalsHelped) }
  const states = ENABLER_IDS.map((id) => rowState(rateItem(id, analysis[id])))
  return { direction: 'neutral', text: unaffected(states, h.goals) }
}

/**
 * The headline finding in the texts' language: how many of the five critical properties are
 * undermined (or strengthened) and which of the four goals are harmed (or helped), e.g.
 * "Undermines 3 of the 5 critical properties (…) and harms all four goals: open, …".
 */
export function writeHeadline(analysis: RatedAnalysis, texts: DomainTexts): string {
  const w = wordsOf(texts)
  const h = texts.findings.headline
  const properties = PROPERTY_IDS.map((id) => rateItem(id, analysis[id]))
  const ids = Object.keys(analysis) as ItemId[]
  if (ids.every((id) => rowState(rateItem(id, analysis[id])) === 'open')) return h.nothingRated
  const first = propertiesClause(properties, w)
  const second = goalsClause(analysis, w)
  const join =
    first.direction !== 'neutral' && first.direction === second.direction ? h.and : h.then
  return upperFirst(fill(join, { first: first.text, second: second.text }), texts.locale)
}

/** "Name (rating)", a mixed row with both its harm and its benefit. */
function ratedName(item: RatedItem, w: Words): string {
  const { texts } = w
  const level = (impact: RatedItem['level']) => lowerFirst(texts.impact[impact], texts.locale)
  const rating =
    item.benefit === null
      ? level(item.level)
      : fill(texts.findings.mixed, { harm: level(item.level), benefit: level(item.benefit) })
  return fill(texts.findings.rated, { item: texts.catalogue.items[item.id].name, rating })
}

/**
 * The sentences behind a verdict: the critical properties undermined, then each goal harmed with
 * the enablers that harm it, then what is strengthened. Rows still open are counted in the
 * provisional note, and rows not discussed are left to the methodology.
 */
function verdictReasons(result: VerdictResult, w: Words): string[] {
  const f = w.texts.findings
  const names = (items: RatedItem[]) => w.list(items.map((r) => ratedName(r, w)))
  return [
    ...(result.harmedProperties.length
      ? [fill(f.propertiesHarmed, { items: names(result.harmedProperties) })]
      : []),
    ...result.harmedGoals.map((g) =>
      fill(f.goalHarmed, { goal: w.texts.catalogue.goals[g.goal].name, items: names(g.items) }),
    ),
    ...(result.helped.length ? [fill(f.helped, { items: names(result.helped) })] : []),
  ]
}

/** The verdict box: the verdict, the headline, what it means, a provisional note and reasons. */
export function verdictBlock(analysis: RatedAnalysis, texts: DomainTexts): VerdictBlock {
  const w = wordsOf(texts)
  const result = decideVerdict(analysis)
  const open = result.unclear.length + result.notAssessed.length
  return {
    kind: 'verdict',
    verdict: result.verdict,
    label: texts.verdict.label[result.verdict],
    headline: writeHeadline(analysis, texts),
    meaning: texts.verdict.meaning[result.verdict],
    provisional: result.provisional,
    provisionalNote:
      open > 0
        ? fill(w.plural(texts.findings.provisional, open), {
            count: w.number(open),
            unclear: texts.impact.unclear,
            notAssessed: texts.impact['not-assessed'],
          })
        : '',
    reasons: verdictReasons(result, w),
  }
}

/** A value with its words, e.g. "−3 (strongly negative)". */
function inWords(value: number, w: Words): string {
  const words = lowerFirst(w.texts.impact[nearestLevel(value)], w.texts.locale)
  return `${w.signed(value)} (${words})`
}

/**
 * The chart of the groups (the critical properties, then each goal): the worst rating and the
 * strongest benefit as bars, and, as a table beside it, every group's counts with the words of
 * its worst rating, so no number stands without words.
 */
export function chartBlocks(analysis: RatedAnalysis, texts: DomainTexts): Block[] {
  const w = wordsOf(texts)
  const c = texts.findings.chart
  const ticks: ChartBlock['ticks'] = []
  for (let value = SCALE_MIN; value <= SCALE_MAX; value++)
    ticks.push({ value, label: texts.impact[nearestLevel(value)] })
  const rows: ChartBlock['rows'] = summarizeGroups(analysis).map((g) => ({
    group: g.group,
    label:
      g.group === 'properties'
        ? texts.catalogue.propertiesGroup
        : texts.catalogue.goals[g.group].name,
    worst: g.worst,
    best: g.best,
    worstText: g.worst === null ? c.notRated : inWords(g.worst, w),
    bestText: g.best === null ? '' : inWords(g.best, w),
    counts: g.counts,
    rated: g.rated,
    total: g.total,
  }))
  const chart: ChartBlock = {
    kind: 'chart',
    title: c.title,
    caption: c.caption,
    worstLabel: c.worst,
    bestLabel: c.best,
    min: SCALE_MIN,
    max: SCALE_MAX,
    ticks,
    rows,
  }
  const count = (n: number) => w.number(n)
  const table: Block = {
    kind: 'table',
    caption: c.tableCaption,
    columns: [
      texts.report.labels.group,
      c.harmed,
      c.none,
      c.helped,
      c.notDiscussed,
      c.open,
      c.worst,
    ],
    rows: rows.map((r) => [
      r.label,
      r.counts.mixed > 0
        ? fill(w.plural(c.harmedWithMixed, r.counts.mixed), {
            count: count(r.counts.harmed),
            mixed: count(r.counts.mixed),
          })
        : count(r.counts.harmed),
      count(r.counts.none),
      count(r.counts.helped),
      count(r.counts.notDiscussed),
      count(r.counts.open),
      r.worstText,
    ]),
  }
  return [chart, table]
}
