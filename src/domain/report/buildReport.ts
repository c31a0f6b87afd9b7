/**
 * Builds the ReportModel from an assessment (DESIGN.md §1.2): every sentence and number of the
 * report is decided here, once, so the screen preview and the PDF say exactly the same thing.
 * The document's `report.profile` chooses the document (sections.ts): the public Internet Impact
 * Brief in the order of ISOC's briefs (executive summary with the headline finding, methodology,
 * the proposal in context, each critical property affected, the enablers by goal, conclusions
 * and recommendations, references, the preliminary-analysis table as an appendix), the internal
 * advocacy plan (the Strategize and Together steps), or both; `report.hiddenSections` leaves
 * sections out.
 */
import { ENABLERS_BY_GOAL, GOAL_IDS, PROPERTY_IDS, type ItemId } from '../catalogue/ids'
import { safeHttpUrl, type Assessment, type ItemAnalysis } from '../assessment/schema'
import { formatReportDay } from '../dates/formatReportDay'
import { IMPACT_LEVELS, rowValue, type Impact } from '../scoring/scale'
import { SCALE_LEVELS } from '../workshop/consensus'
import { decideVerdict } from '../scoring/verdict'
import { checkSmartGoal } from '../strategy/smart'
import { buildTimeline } from '../strategy/timeline'
import { clipText, lowerFirst, oneLine } from '../strategy/drafting'
import { choiceLabel, fill, type DomainTexts } from '../texts/types'
import type {
  AnalysisBlock,
  AnalysisRow,
  Block,
  FindingBlock,
  KeyValue,
  ReportModel,
  ReportSection,
} from './model'
import { reportFileBaseName } from './fileName'
import { chartBlocks, verdictBlock, writeHeadline } from './findings'
import { shownSectionIds, type ReportSectionId } from './sections'

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

/** Locale-aware formatting shared by every part of one report. */
export interface Format {
  texts: DomainTexts
  /** A calendar date (YYYY-MM-DD) as reports print it ("18 February 2022"), or '' when empty or invalid. */
  date(value: string): string
  count(value: number): string
  /** "a, b and c" in the locale. */
  list(items: string[]): string
}

/** The formatting of one report in the texts' locale. */
export function makeFormat(texts: DomainTexts): Format {
  const counts = new Intl.NumberFormat(texts.locale)
  const lists = new Intl.ListFormat(texts.locale, { style: 'long', type: 'conjunction' })
  return {
    texts,
    date: (value) => formatReportDay(value, texts.locale),
    count: (value) => counts.format(value),
    list: (items) => lists.format(items),
  }
}

/** The time zone if the runtime knows it, else UTC. */
export function validTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return 'UTC'
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** The paragraphs of text the person wrote; blank lines separate paragraphs. */
function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Paragraph blocks for text the person wrote. */
export function paragraphs(text: string): Block[] {
  return splitParagraphs(text).map((p) => ({ kind: 'paragraph', text: p }))
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
export function table(caption: string, columns: string[], rows: string[][]): Block[] {
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
    { label: l.inForce, value: f.date(d.inForce) },
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

type SourceNumbers = Map<string, { number: number; title: string }>

/** Each evidence line as final text, "[3] Note" when it cites the third source. */
function evidenceLines(a: ItemAnalysis, sourceNumbers: SourceNumbers): string[] {
  return a.evidence
    .map((e) => {
      const note = oneLine(e.note)
      const source = sourceNumbers.get(e.sourceId)
      if (!source) return note
      return `[${source.number}] ${note || source.title}`.trim()
    })
    .filter(Boolean)
}

/**
 * A row's rating in words: a mixed row names its harm and its benefit, and the "depends on
 * implementation" flag travels as words too, so renderers without the texts can still show it.
 */
export function ratingText(a: ItemAnalysis, f: Format): string {
  const { texts } = f
  const low = (text: string) => lowerFirst(text, texts.locale)
  const rating =
    a.impact === 'mixed'
      ? `${texts.impact.mixed} (${f.list([low(texts.impact[a.mixed.harm]), low(texts.impact[a.mixed.benefit])])})`
      : texts.impact[a.impact]
  return a.dependsOnImplementation
    ? `${rating} (${low(texts.report.dependsOnImplementation)})`
    : rating
}

function analysisBlock(
  doc: Assessment,
  title: string,
  ids: readonly ItemId[],
  f: Format,
): AnalysisBlock {
  const { texts } = f
  const l = texts.report.labels
  const rows: AnalysisRow[] = ids.map((id) => {
    const a = doc.analysis[id]
    const benefit = a.impact === 'mixed' ? a.mixed.benefitHow.trim() : ''
    return {
      id,
      name: texts.catalogue.items[id].name,
      impact: a.impact,
      impactText: ratingText(a, f),
      value: rowValue(a),
      dependsOnImplementation: a.dependsOnImplementation,
      howAffected: [
        a.howAffected.trim(),
        benefit ? fill(texts.reportParts.benefit, { how: benefit }) : '',
      ]
        .filter(Boolean)
        .join('\n'),
      effectOnPeople: a.effectOnPeople.trim(),
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
    },
    rows,
  }
}

// ——— Findings, as the brief discusses them ———

/** Rows the brief discusses one by one: every rated row that has an effect or is unclear. */
function isDiscussed(impact: Impact): boolean {
  return impact !== 'none' && impact !== 'not-discussed' && impact !== 'not-assessed'
}

function findingBlock(
  doc: Assessment,
  id: ItemId,
  sourceNumbers: SourceNumbers,
  f: Format,
): FindingBlock {
  const { texts } = f
  const p = texts.reportParts
  const a = doc.analysis[id]
  const mixed = a.impact === 'mixed'
  const parts: FindingBlock['parts'] = [
    { label: mixed ? p.howHarms : p.howAffected, paragraphs: splitParagraphs(a.howAffected) },
    { label: p.howHelps, paragraphs: mixed ? splitParagraphs(a.mixed.benefitHow) : [] },
    { label: p.effectOnPeople, paragraphs: splitParagraphs(a.effectOnPeople) },
    { label: p.evidence, paragraphs: evidenceLines(a, sourceNumbers) },
  ]
  return {
    kind: 'finding',
    id,
    name: texts.catalogue.items[id].name,
    impact: a.impact,
    impactText: ratingText(a, f),
    value: rowValue(a),
    confidence:
      a.confidence === null
        ? ''
        : fill(p.confidence, { level: lowerFirst(texts.confidence[a.confidence], texts.locale) }),
    parts: parts.filter((part) => part.paragraphs.length > 0),
  }
}

/**
 * A group's findings: one part per row affected, then the rows with no impact named once
 * (ISOC asks briefs to say where they found none).
 */
function findingBlocks(
  doc: Assessment,
  ids: readonly ItemId[],
  sourceNumbers: SourceNumbers,
  f: Format,
): Block[] {
  const { texts } = f
  const noImpact = ids.filter((id) => doc.analysis[id].impact === 'none')
  return [
    ...ids
      .filter((id) => isDiscussed(doc.analysis[id].impact))
      .map((id) => findingBlock(doc, id, sourceNumbers, f)),
    ...(noImpact.length
      ? [
          {
            kind: 'paragraph' as const,
            text: fill(texts.reportParts.noImpact, {
              items: f.list(noImpact.map((id) => texts.catalogue.items[id].name)),
            }),
          },
        ]
      : []),
  ]
}

/** The rows the author left out of the brief (as the verdict lists them), named once. */
function notDiscussedBlocks(ids: readonly ItemId[], f: Format): Block[] {
  const { texts } = f
  if (ids.length === 0) return []
  const items = f.list(ids.map((id) => texts.catalogue.items[id].name))
  return [{ kind: 'paragraph', text: fill(texts.reportParts.notDiscussed, { items }) }]
}

/** The enablers by goal: each goal's findings and the author's conclusion for that goal. */
function enablerBlocks(doc: Assessment, sourceNumbers: SourceNumbers, f: Format): Block[] {
  const { texts } = f
  return [
    { kind: 'paragraph', text: texts.catalogue.thriveExplanation },
    ...GOAL_IDS.flatMap((goal) =>
      withHeading(texts.catalogue.goals[goal].name, [
        ...findingBlocks(doc, ENABLERS_BY_GOAL[goal], sourceNumbers, f),
        ...paragraphs(doc.brief.goalConclusions[goal]),
      ]),
    ),
  ]
}

/** The preliminary-analysis table of all 15 rows, as the brief's appendix. */
function appendixBlocks(doc: Assessment, f: Format): Block[] {
  const { texts } = f
  return [
    { kind: 'paragraph', text: texts.reportParts.appendixIntro },
    analysisBlock(doc, texts.catalogue.existTitle, PROPERTY_IDS, f),
    ...GOAL_IDS.map((goal) =>
      analysisBlock(doc, texts.catalogue.goals[goal].name, ENABLERS_BY_GOAL[goal], f),
    ),
  ]
}

// ——— Workshop appendix (issue 11) ———

/** The workshop a document was adopted from: who took part, how far they agreed, row by row. */
function workshopBlocks(doc: Assessment, f: Format): Block[] {
  const record = doc.workshop
  if (!record) return []
  const { texts } = f
  const w = texts.report.workshop
  const median = (doubled: number | null) => {
    if (doubled === null) return ''
    const low = SCALE_LEVELS[Math.floor(doubled / 2) + 3]!
    const high = SCALE_LEVELS[Math.ceil(doubled / 2) + 3]!
    return low === high
      ? texts.impact[low]
      : fill(w.between, { low: texts.impact[low], high: texts.impact[high] })
  }
  const ratings = (row: (typeof record.rows)[number]) =>
    [
      ...SCALE_LEVELS.map((level, i) => [texts.impact[level], row.distribution[i] ?? 0] as const),
      [texts.impact.mixed, row.mixed] as const,
      [texts.impact.unclear, row.unclear] as const,
    ]
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${f.count(n)} ${label}`)
      .join(', ')
  const dissent = record.rows.flatMap((row) =>
    row.dissent.map((d) =>
      fill(d.name ? w.dissentNamed : w.dissent, {
        row: texts.catalogue.items[row.item].name,
        rating: texts.impact[d.rating],
        reason: oneLine(d.reason),
        ...(d.name ? { name: oneLine(d.name) } : {}),
      }),
    ),
  )
  const alpha = record.alphaThousandths
  return [
    { kind: 'heading', text: w.heading },
    {
      kind: 'paragraph',
      text: fill(w.held, {
        participants: f.count(record.participants),
        rounds: f.count(record.rounds),
        date: f.date(record.heldOn),
      }),
    },
    {
      kind: 'paragraph',
      text: fill(w.rule, {
        iqr: f.count(record.rule.maxIqr),
        agreement: f.count(record.rule.minAgreementPercent),
        tail: f.count(record.rule.minTailPercent),
      }),
    },
    {
      kind: 'paragraph',
      text:
        alpha === null
          ? w.noAlpha
          : fill(w.alpha, {
              alpha: new Intl.NumberFormat(texts.locale, {
                minimumFractionDigits: 2,
                maximumFractionDigits: 2,
              }).format(alpha / 1000),
              reading:
                w.alphaReading[
                  alpha >= 800 ? 'reliable' : alpha >= 667 ? 'tentative' : 'not-reliable'
                ],
            }),
    },
    ...table(
      w.caption,
      [
        w.columns.row,
        w.columns.median,
        w.columns.iqr,
        w.columns.agreement,
        w.columns.distribution,
        w.columns.settled,
      ],
      record.rows.map((row) => [
        texts.catalogue.items[row.item].name,
        median(row.medianTimesTwo),
        row.iqr === null ? '' : f.count(row.iqr),
        row.agreementPercent === null ? '' : `${f.count(row.agreementPercent)} %`,
        ratings(row),
        `${w.status[row.status]}; ${w.decision[row.decision]}`,
      ]),
    ),
    ...withHeading(w.dissentHeading, dissent.length ? [{ kind: 'list', items: dissent }] : []),
  ]
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

/** "Name (Affiliation)" for each person with a name. */
function people(list: Assessment['publication']['authors'], f: Format): string[] {
  return list
    .map((p) => ({ name: oneLine(p.name), affiliation: oneLine(p.affiliation) }))
    .filter((p) => p.name !== '')
    .map((p) => (p.affiliation ? fill(f.texts.reportParts.person, p) : p.name))
}

/** The cover: title, date and version, headline, abstract, people and facts, small print. */
function coverOf(
  doc: Assessment,
  f: Format,
  parts: { title: string; subtitle: string; generatedOn: string; headline: string },
): ReportModel['cover'] {
  const { texts } = f
  const p = texts.reportParts
  const pub = doc.publication
  const published = f.date(pub.published)
  const version = oneLine(pub.version)
  const generated = fill(texts.report.generatedOn, { date: parts.generatedOn })
  const licence = oneLine(pub.licence)
  const contact = oneLine(pub.contact)
  return {
    title: parts.title,
    subtitle: parts.subtitle,
    dateLine: [
      published ? fill(p.published, { date: published }) : generated,
      version ? fill(p.version, { version }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    headline: parts.headline,
    // Until the author writes an abstract, the proposal's summary says what it is about.
    abstract: splitParagraphs(doc.brief.abstract.trim() || doc.flag.summary),
    facts: [
      { label: p.authors, value: f.list(people(pub.authors, f)) },
      { label: p.contributors, value: f.list(people(pub.contributors, f)) },
      // The proposal's own dates are in its section: here they would read as the brief's.
      { label: texts.report.labels.proposer, value: oneLine(doc.flag.proposer) },
    ].filter((fact) => fact.value !== ''),
    footnotes: [
      licence ? fill(p.licence, { licence }) : '',
      contact ? fill(p.contact, { contact }) : '',
      published ? generated : '',
    ].filter(Boolean),
  }
}

/**
 * Builds the report the document's profile asks for: meta data, cover and the profile's
 * sections in a fixed order, without those switched off, with every text final and every number
 * accompanied by its words. Deterministic for a given document, texts and moment; the result is
 * plain data (JSON-serialisable).
 */
export function buildReport(doc: Assessment, options: BuildReportOptions): ReportModel {
  const { texts, now } = options
  const f = makeFormat(texts)
  const r = texts.report
  const timeZone = validTimeZone(options.timeZone)
  const today = calendarDate(now, timeZone)
  const generatedOn = f.date(today)
  const profile = doc.report.profile

  const flag = doc.flag
  const flagTitle = oneLine(flag.title)
  const title = flagTitle
    ? fill(texts.reportParts.title[profile], { title: flagTitle })
    : r.untitled
  const verdict = decideVerdict(doc.analysis)
  const authors = doc.publication.authors.map((a) => oneLine(a.name)).filter(Boolean)
  const subtitle = [
    flag.kind ? texts.proposalKind[flag.kind] : '',
    oneLine(flag.jurisdiction),
    flag.stage ? texts.stage[flag.stage] : '',
  ]
    .filter(Boolean)
    .join(' · ')

  const sourceNumbers: SourceNumbers = new Map(
    flag.sources.map((s, i) => [s.id, { number: i + 1, title: oneLine(s.title) || s.url.trim() }]),
  )

  // Each section is built only when the profile prints it.
  const sections: Record<ReportSectionId, () => Block[]> = {
    summary: () => {
      return [
        ...paragraphs(doc.brief.executiveSummary),
        verdictBlock(doc.analysis, texts),
        ...chartBlocks(doc.analysis, texts),
        ...countsBlock(doc, f),
      ]
    },
    method: () => [
      { kind: 'paragraph', text: r.methodText },
      ...notDiscussedBlocks(verdict.notDiscussed, f),
    ],
    proposal: () => proposalBlocks(doc, f),
    properties: () => [
      { kind: 'paragraph', text: texts.catalogue.existExplanation },
      ...findingBlocks(doc, PROPERTY_IDS, sourceNumbers, f),
    ],
    enablers: () => enablerBlocks(doc, sourceNumbers, f),
    conclusions: () => paragraphs(doc.brief.conclusions),
    strategy: () => strategyBlocks(doc, f, today),
    together: () => togetherBlocks(doc, f),
    sources: () =>
      flag.sources.length
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
    appendix: () => [...appendixBlocks(doc, f), ...workshopBlocks(doc, f)],
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
      profile,
      generatedAt: now.toISOString(),
      generatedOn,
      fileBaseName: reportFileBaseName(
        flagTitle,
        profile === 'complete' ? '' : texts.reportParts.fileSuffix[profile],
      ),
      subject: clipText(oneLine(flag.summary), 300) || subtitle,
      keywords,
      authors,
      pageTemplate: r.page,
    },
    cover: coverOf(doc, f, {
      title,
      subtitle,
      generatedOn,
      headline: writeHeadline(doc.analysis, texts),
    }),
    sections: shownSectionIds(profile, doc.report.hiddenSections).map((id): ReportSection => ({
      id,
      title: r.sections[id],
      blocks: orNone(sections[id](), texts),
    })),
  }
}

/** "Label value", or '' when there is no value. */
function prefixed(label: string, value: string): string {
  return value ? `${label} ${value}` : ''
}
