/**
 * Builds the ReportModel from an assessment (DESIGN.md §1.2): every sentence and number of the
 * report is decided here, once, so the screen preview and the PDF say exactly the same thing.
 * The sections follow the structure of an ISOC Internet Impact Brief (summary with the headline
 * finding, the proposal in context, the methodology, the critical properties, the enablers by
 * goal, then the advocacy plan of the Strategize and Together steps, and the references).
 */
import {
  ENABLERS_BY_GOAL,
  GOAL_IDS,
  PROPERTY_IDS,
  isPropertyId,
  type ItemId,
} from '../catalogue/ids'
import { safeHttpUrl, type Assessment } from '../assessment/schema'
import { formatCalendarDay } from '../dates/formatCalendarDay'
import {
  IMPACT_LEVELS,
  SCALE_MAX,
  SCALE_MIN,
  impactValue,
  nearestLevel,
  type Impact,
} from '../scoring/scale'
import {
  decideVerdict,
  summarizeGroups,
  type RatedItem,
  type VerdictResult,
} from '../scoring/verdict'
import { checkSmartGoal } from '../strategy/smart'
import { buildTimeline } from '../strategy/timeline'
import { clipText, lowerFirst, oneLine } from '../strategy/drafting'
import { choiceLabel, fill, type DomainTexts, type Template } from '../texts/types'
import type {
  AnalysisBlock,
  AnalysisRow,
  Block,
  ChartBlock,
  KeyValue,
  ReportModel,
  ReportSection,
  VerdictBlock,
} from './model'
import { safeFileBaseName } from './fileName'

/** What a report needs besides the document: its words and its moment. */
export interface BuildReportOptions {
  texts: DomainTexts
  /** The moment of generation, passed in so reports are deterministic. */
  now: Date
  /**
   * The IANA time zone in which "generated on" and the SMART check's "today" are read, e.g. the
   * person's own; UTC when absent or not recognised.
   */
  timeZone?: string
}

/** The order of the report's sections; `overview` is folded into the summary. */
export const REPORT_SECTION_IDS = [
  'summary',
  'proposal',
  'method',
  'properties',
  'enablers',
  'strategy',
  'together',
  'sources',
] as const satisfies readonly ReportSection['id'][]

/** Locale-aware formatting shared by every part of one report. */
interface Format {
  texts: DomainTexts
  /** A calendar date (YYYY-MM-DD) in words, or '' when it is empty or invalid. */
  date(value: string): string
  /** A signed number with one decimal and a real minus sign, e.g. "−2.3" or "+1". */
  signed(value: number): string
  count(value: number): string
  /** "a, b and c" in the locale. */
  list(items: string[]): string
}

function makeFormat(texts: DomainTexts): Format {
  const signed = new Intl.NumberFormat(texts.locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  })
  const counts = new Intl.NumberFormat(texts.locale)
  const lists = new Intl.ListFormat(texts.locale, { style: 'long', type: 'conjunction' })
  return {
    texts,
    date: (value) => formatCalendarDay(value, texts.locale, 'long'),
    signed: (value) => signed.format(value).replace(/-/g, '\u2212'),
    count: (value) => counts.format(value),
    list: (items) => lists.format(items),
  }
}

function validTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return 'UTC'
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
function calendarDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * A number with the words of its nearest level, e.g. "−2.3 (negative)". The words are read from
 * the number as shown (one decimal), so the two never disagree at a rounding boundary.
 */
function inWords(value: number, f: Format): string {
  const shown = Math.round(value * 10) / 10
  return `${f.signed(shown)} (${lowerFirst(f.texts.impact[nearestLevel(shown)], f.texts.locale)})`
}

/** Paragraph blocks for text the person wrote; blank lines separate paragraphs. */
function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }))
}

/** Facts without the ones whose value is empty. */
function facts(items: KeyValue[]): Block[] {
  const kept = items
    .map((i) => ({ label: i.label, value: i.value.trim() }))
    .filter((i) => i.value !== '')
  return kept.length ? [{ kind: 'facts', items: kept }] : []
}

/**
 * A table without its empty rows, and without columns that are empty in every row (the first
 * column always stays); nothing at all when no row is left.
 */
function table(caption: string, columns: string[], rows: string[][]): Block[] {
  const trimmed = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''))
  if (trimmed.length === 0) return []
  const keep = columns.map((_, i) => i === 0 || trimmed.some((r) => (r[i] ?? '') !== ''))
  return [
    {
      kind: 'table',
      caption,
      columns: columns.filter((_, i) => keep[i]),
      rows: trimmed.map((r) => r.filter((_, i) => keep[i])),
    },
  ]
}

function withHeading(text: string, blocks: Block[]): Block[] {
  return blocks.length ? [{ kind: 'heading', text }, ...blocks] : []
}

function orNone(blocks: Block[], texts: DomainTexts): Block[] {
  return blocks.length ? blocks : [{ kind: 'paragraph', text: texts.report.none }]
}

// ——— Summary ———

/**
 * The sentences behind a verdict: the deciding items grouped by level, properties and enablers
 * in separate sentences (what the Internet needs to exist vs. to thrive, ISOC), then what else
 * is harmed, what is strengthened, and what is still open.
 */
function verdictReasons(result: VerdictResult, f: Format): string[] {
  const { texts } = f
  const name = (id: ItemId) => texts.catalogue.items[id].name
  const named = (items: RatedItem[]) =>
    f.list(items.map((r) => `${name(r.id)} (${lowerFirst(texts.impact[r.impact], texts.locale)})`))
  const reasons: string[] = []
  const byLevel = (items: RatedItem[], template: Template) => {
    const levels = [...new Set(items.map((r) => r.impact))]
    for (const level of levels) {
      // "No impact" rows need no sentence: the verdict's meaning already says so.
      if (level === 'none') continue
      const ids = items.filter((r) => r.impact === level).map((r) => name(r.id))
      reasons.push(fill(template, { impact: texts.impact[level], items: f.list(ids) }))
    }
  }
  byLevel(
    result.because.filter((r) => isPropertyId(r.id)),
    texts.verdict.reasonProperty,
  )
  byLevel(
    result.because.filter((r) => !isPropertyId(r.id)),
    texts.verdict.reasonEnabler,
  )
  if (result.alsoHarmed.length)
    reasons.push(fill(texts.verdict.alsoHarmed, { items: named(result.alsoHarmed) }))
  if (result.supports.length)
    reasons.push(fill(texts.verdict.supports, { items: named(result.supports) }))
  if (result.unclear.length)
    reasons.push(fill(texts.verdict.unclear, { items: f.list(result.unclear.map(name)) }))
  if (result.notAssessed.length)
    reasons.push(fill(texts.verdict.notAssessed, { items: f.list(result.notAssessed.map(name)) }))
  return reasons
}

function verdictBlock(result: VerdictResult, f: Format): VerdictBlock {
  const v = f.texts.verdict
  return {
    kind: 'verdict',
    verdict: result.verdict,
    label: v.label[result.verdict],
    meaning: v.meaning[result.verdict],
    provisional: result.provisional,
    provisionalNote: result.provisional ? v.provisional : '',
    reasons: verdictReasons(result, f),
  }
}

/** The chart of DESIGN.md §4: worst and signed mean per group, each number with its words. */
function chartBlock(doc: Assessment, f: Format): ChartBlock {
  const { texts } = f
  const r = texts.report
  const ticks: ChartBlock['ticks'] = []
  for (let value = SCALE_MIN; value <= SCALE_MAX; value++)
    ticks.push({ value, label: texts.impact[nearestLevel(value)] })
  return {
    kind: 'chart',
    title: r.chartTitle,
    caption: r.chartCaption,
    worstLabel: r.chartWorst,
    meanLabel: r.chartMean,
    min: SCALE_MIN,
    max: SCALE_MAX,
    ticks,
    rows: summarizeGroups(doc.analysis).map((g) => ({
      group: g.group,
      label:
        g.group === 'properties'
          ? texts.catalogue.propertiesGroup
          : texts.catalogue.goals[g.group].name,
      worst: g.worst,
      mean: g.mean,
      worstText: g.worst === null ? r.notRated : inWords(g.worst, f),
      meanText: g.mean === null ? r.notRated : inWords(g.mean, f),
      rated: g.rated,
      total: g.total,
    })),
  }
}

/**
 * The chart's numbers in words, as a table beside the chart, so no number appears without the
 * words that explain it (DESIGN.md §4) and every renderer shows them the same way.
 */
function chartTable(chart: ChartBlock, f: Format): Block[] {
  const l = f.texts.report.labels
  return table(
    chart.title,
    [l.group, l.mean, l.worst],
    chart.rows.map((r) => [r.label, r.meanText, r.worstText]),
  )
}

/** How many rows carry each rating, in scale order; levels nobody used are left out. */
function countsBlock(doc: Assessment, f: Format): Block[] {
  const ratings = Object.values(doc.analysis).map((a) => a.impact)
  return facts(
    IMPACT_LEVELS.map((level: Impact) => {
      const n = ratings.filter((r) => r === level).length
      return { label: f.texts.impact[level], value: n ? f.count(n) : '' }
    }),
  )
}

// ——— Proposal ———

function flagDateFacts(doc: Assessment, f: Format): KeyValue[] {
  const l = f.texts.report.labels
  const d = doc.flag.dates
  return [
    { label: l.published, value: f.date(d.published) },
    { label: l.consultationCloses, value: f.date(d.consultationCloses) },
    { label: l.vote, value: f.date(d.vote) },
  ]
}

function proposalBlocks(doc: Assessment, f: Format): Block[] {
  const { texts } = f
  const l = texts.report.labels
  const flag = doc.flag
  const stakeholders = flag.stakeholders
    .map((s) => {
      const name = oneLine(s.name)
      const note = oneLine(s.note)
      return name && note ? `${name}: ${note}` : name || note
    })
    .filter(Boolean)
  return [
    ...facts([
      { label: l.kind, value: choiceLabel(texts, texts.proposalKind, flag.kind) },
      { label: l.jurisdiction, value: flag.jurisdiction },
      { label: l.proposer, value: flag.proposer },
      { label: l.stage, value: choiceLabel(texts, texts.stage, flag.stage) },
      ...flagDateFacts(doc, f),
    ]),
    ...paragraphs(flag.summary),
    ...withHeading(
      l.stakeholders,
      stakeholders.length ? [{ kind: 'list', items: stakeholders }] : [],
    ),
  ]
}

// ——— Analysis ———

function analysisBlock(
  doc: Assessment,
  title: string,
  ids: readonly ItemId[],
  sourceNumbers: Map<string, { number: number; title: string }>,
  f: Format,
): AnalysisBlock {
  const { texts } = f
  const l = texts.report.labels
  const rows: AnalysisRow[] = ids.map((id) => {
    const a = doc.analysis[id]
    const evidence = a.evidence
      .map((e) => {
        const note = oneLine(e.note)
        const source = sourceNumbers.get(e.sourceId)
        if (!source) return note
        return `[${source.number}] ${note || source.title}`.trim()
      })
      .filter(Boolean)
    return {
      id,
      name: texts.catalogue.items[id].name,
      impact: a.impact,
      // The flag travels as words too, so renderers without the texts can still show it.
      impactText: a.dependsOnImplementation
        ? `${texts.impact[a.impact]} (${lowerFirst(texts.report.dependsOnImplementation, texts.locale)})`
        : texts.impact[a.impact],
      value: impactValue(a.impact),
      dependsOnImplementation: a.dependsOnImplementation,
      howAffected: a.howAffected.trim(),
      effectOnPeople: a.effectOnPeople.trim(),
      evidence,
      confidence: a.confidence === null ? '' : texts.confidence[a.confidence],
    }
  })
  return {
    kind: 'analysis',
    title,
    columns: {
      item: l.item,
      impact: l.impact,
      howAffected: l.howAffected,
      effectOnPeople: l.effectOnPeople,
      evidence: l.evidence,
      confidence: l.confidence,
    },
    rows,
  }
}

// ——— Strategy ———

function strategyBlocks(doc: Assessment, f: Format, today: string): Block[] {
  const { texts } = f
  const l = texts.report.labels
  const s = doc.strategy
  const g = s.goal
  const criterion = texts.smart.criterion
  const goalWritten =
    [g.statement, g.specific, g.measurable, g.achievable, g.deadline, g.deadlineEvent].some(
      (v) => v.trim() !== '',
    ) || g.relevantItemIds.length > 0

  const goalBlocks: Block[] = goalWritten
    ? [
        ...paragraphs(g.statement),
        ...facts([
          { label: criterion.specific, value: g.specific },
          { label: criterion.measurable, value: g.measurable },
          { label: criterion.achievable, value: g.achievable },
          {
            label: criterion.relevant,
            value: f.list(g.relevantItemIds.map((id) => texts.catalogue.items[id].name)),
          },
          { label: l.deadline, value: f.date(g.deadline) },
          { label: l.event, value: g.deadlineEvent },
        ]),
        {
          kind: 'list',
          items: checkSmartGoal(g, { analysis: doc.analysis, flag: doc.flag, today }).map((c) =>
            c.met
              ? `${criterion[c.criterion]}: ${lowerFirst(texts.smart.met, texts.locale)}`
              : `${criterion[c.criterion]}: ${c.problems.map((p) => texts.smart.problem[p]).join(' ')}`,
          ),
        },
      ]
    : []

  const audienceNames = new Map(s.audiences.map((a) => [a.id, oneLine(a.name)]))
  const messages = s.messages
    .map((m) => {
      const text = m.text.trim()
      const to = m.audienceIds.map((id) => audienceNames.get(id) ?? '').filter(Boolean)
      return text && to.length ? `${text} (${l.audiences}: ${f.list(to)})` : text
    })
    .filter(Boolean)

  const timeline = buildTimeline(doc, texts)
  return [
    ...withHeading(l.goal, goalBlocks),
    ...table(
      l.audiences,
      [l.audience, l.why, l.ask],
      s.audiences.map((a) => [a.name, a.why, a.ask]),
    ),
    ...withHeading(l.messages, messages.length ? [{ kind: 'list', items: messages }] : []),
    ...table(
      l.tactics,
      [l.kind, l.what, l.owner, l.due, l.status],
      s.tactics.map((t) => [
        choiceLabel(texts, texts.tacticKind, t.kind),
        t.description,
        t.owner,
        f.date(t.due),
        texts.tacticStatus[t.status],
      ]),
    ),
    ...table(
      l.timeline,
      [l.date, l.event],
      timeline.map((e) => [f.date(e.date), e.label]),
    ),
  ]
}

// ——— Together ———

function togetherBlocks(doc: Assessment, f: Format): Block[] {
  const { texts } = f
  const l = texts.report.labels
  const t = doc.together
  return [
    ...table(
      l.allies,
      [l.who, l.kind, l.role, l.contact],
      t.allies.map((a) => [a.name, choiceLabel(texts, texts.allyKind, a.kind), a.role, a.contact]),
    ),
    ...withHeading(l.coalition, paragraphs(t.coalition)),
    ...table(
      l.asks,
      [l.to, l.ask],
      t.asks.map((a) => [a.to, a.ask]),
    ),
    ...table(
      l.nextSteps,
      [l.who, l.what, l.when, l.status],
      t.nextSteps.map((n) => [
        n.who,
        n.what,
        f.date(n.when),
        texts.tacticStatus[n.done ? 'done' : 'planned'],
      ]),
    ),
    ...withHeading(
      l.join,
      facts([
        { label: l.chapter, value: t.join.chapter },
        { label: l.url, value: t.join.chapterUrl },
        { label: l.notes, value: t.join.notes },
      ]),
    ),
  ]
}

// ——— The report ———

/**
 * Builds the complete report: meta data, cover and sections in a fixed order, with every text
 * final and every number accompanied by its words. Deterministic for a given document, texts
 * and moment; the result is plain data (JSON-serialisable).
 */
export function buildReport(doc: Assessment, options: BuildReportOptions): ReportModel {
  const { texts, now } = options
  const f = makeFormat(texts)
  const r = texts.report
  const l = r.labels
  const timeZone = validTimeZone(options.timeZone)
  const generatedOn = new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeZone }).format(
    now,
  )
  const today = calendarDate(now, timeZone)

  const flag = doc.flag
  const flagTitle = oneLine(flag.title)
  const title = flagTitle ? fill(r.documentTitle, { title: flagTitle }) : r.untitled
  const verdict = decideVerdict(doc.analysis)
  const chart = chartBlock(doc, f)
  const authors = doc.publication.authors.map((a) => oneLine(a.name)).filter(Boolean)
  const subtitle = [
    flag.kind ? texts.proposalKind[flag.kind] : '',
    oneLine(flag.jurisdiction),
    flag.stage ? texts.stage[flag.stage] : '',
  ]
    .filter(Boolean)
    .join(' · ')

  const sourceNumbers = new Map(
    flag.sources.map((s, i) => [s.id, { number: i + 1, title: oneLine(s.title) || s.url.trim() }]),
  )

  const sections: Record<(typeof REPORT_SECTION_IDS)[number], Block[]> = {
    summary: [verdictBlock(verdict, f), chart, ...chartTable(chart, f), ...countsBlock(doc, f)],
    proposal: proposalBlocks(doc, f),
    method: [{ kind: 'paragraph', text: r.methodText }],
    properties: [
      { kind: 'paragraph', text: texts.catalogue.existExplanation },
      analysisBlock(doc, texts.catalogue.existTitle, PROPERTY_IDS, sourceNumbers, f),
    ],
    enablers: [
      { kind: 'paragraph', text: texts.catalogue.thriveExplanation },
      ...GOAL_IDS.map((goal) =>
        analysisBlock(
          doc,
          texts.catalogue.goals[goal].name,
          ENABLERS_BY_GOAL[goal],
          sourceNumbers,
          f,
        ),
      ),
    ],
    strategy: strategyBlocks(doc, f, today),
    together: togetherBlocks(doc, f),
    sources: flag.sources.length
      ? [
          {
            kind: 'sources',
            items: flag.sources.map((s, i) => ({
              number: i + 1,
              title: oneLine(s.title) || s.url.trim(),
              url: s.url.trim(),
              link: safeHttpUrl(s.url),
              accessed: prefixed(texts.report.labels.accessed, f.date(s.accessed)),
            })),
          },
        ]
      : [],
  }

  const keywords = [
    ...new Set(
      [
        flag.kind ? texts.proposalKind[flag.kind] : '',
        oneLine(flag.jurisdiction),
        texts.verdict.label[verdict.verdict],
        ...verdict.because
          .filter((b) => b.impact !== 'none')
          .map((b) => texts.catalogue.items[b.id].short),
      ].filter(Boolean),
    ),
  ]

  return {
    meta: {
      title,
      locale: texts.locale,
      generatedAt: now.toISOString(),
      generatedOn,
      fileBaseName: safeFileBaseName(flagTitle),
      subject: clipText(oneLine(flag.summary), 300) || subtitle,
      keywords,
      authors,
      pageTemplate: r.page,
    },
    cover: {
      title,
      subtitle,
      facts: [
        { label: l.proposer, value: oneLine(flag.proposer) },
        { label: l.authors, value: f.list(authors) },
        ...flagDateFacts(doc, f),
      ].filter((fact) => fact.value !== ''),
      generatedOn: fill(r.generatedOn, { date: generatedOn }),
    },
    sections: REPORT_SECTION_IDS.map((id) => ({
      id,
      title: r.sections[id],
      blocks: orNone(sections[id], texts),
    })),
  }
}

/** "Label value", or '' when there is no value. */
function prefixed(label: string, value: string): string {
  return value ? `${label} ${value}` : ''
}
