/**
 * Two assessments side by side (issue 11): an original proposal and its amended version, or two
 * chapters' views of the same one. `buildComparison` says, row by row, how the rating moved in
 * direction and strength from the first to the second; `comparisonReport` turns that into a
 * ReportModel, so the screen preview, the PDF and the Markdown exporter render it with no logic
 * of their own.
 */
import { ITEM_IDS, PROPERTY_IDS, type ItemId } from '../catalogue/ids'
import type { Assessment, ItemAnalysis } from '../assessment/schema'
import { rowValue, type Impact } from '../scoring/scale'
import { decideVerdict, type Verdict } from '../scoring/verdict'
import { oneLine } from '../strategy/drafting'
import { fill, type DomainTexts } from '../texts/types'
import type { Block, ReportModel } from './model'
import { reportFileBaseName } from './fileName'
import { verdictBlock, writeHeadline } from './findings'
import {
  calendarDate,
  makeFormat,
  paragraphs,
  ratingText,
  table,
  validTimeZone,
  type BuildReportOptions,
  type Format,
} from './buildReport'

/** How a row moved from the first assessment to the second. */
export type RowChange = 'same' | 'better' | 'worse' | 'changed'

/** One side of a row: its rating in words and numbers, and the reasons its authors gave. */
export interface ComparedSide {
  impact: Impact
  impactText: string
  /** The signed value on −3…+3 (a mixed row counts its harm), or null when unrated. */
  value: number | null
  reasons: string
}

/** One row of the catalogue in both assessments. */
export interface ComparedRow {
  id: ItemId
  name: string
  first: ComparedSide
  second: ComparedSide
  change: RowChange
  /** Steps on the scale from the first to the second (positive is better), when both are rated. */
  delta: number | null
}

/** One assessment's headline and verdict, as its own report states them. */
export interface ComparedDocument {
  label: string
  title: string
  headline: string
  verdict: Verdict
  verdictText: string
}

/** The comparison: both documents' headlines and verdicts, every row, and what moved. */
export interface Comparison {
  first: ComparedDocument
  second: ComparedDocument
  rows: ComparedRow[]
  counts: Record<RowChange, number>
}

/** Whether two rows say the same thing (a mixed row's harm and benefit included). */
function sameRating(a: ItemAnalysis, b: ItemAnalysis): boolean {
  if (a.impact !== b.impact || a.dependsOnImplementation !== b.dependsOnImplementation) return false
  return (
    a.impact !== 'mixed' || (a.mixed.harm === b.mixed.harm && a.mixed.benefit === b.mixed.benefit)
  )
}

/** How a row moved: same rating; better or worse by its value; else changed (e.g. rated or not). */
export function rowChange(
  a: ItemAnalysis,
  b: ItemAnalysis,
): { change: RowChange; delta: number | null } {
  const [from, to] = [rowValue(a), rowValue(b)]
  const delta = from !== null && to !== null ? to - from : null
  if (sameRating(a, b)) return { change: 'same', delta }
  if (delta === null || delta === 0) return { change: 'changed', delta }
  return { change: delta > 0 ? 'better' : 'worse', delta }
}

/** What the authors wrote of why the row is affected (and how it helps, for a mixed row). */
function reasonsOf(a: ItemAnalysis, texts: DomainTexts): string {
  const benefit = a.impact === 'mixed' ? a.mixed.benefitHow.trim() : ''
  return [a.howAffected.trim(), benefit ? fill(texts.reportParts.benefit, { how: benefit }) : '']
    .filter(Boolean)
    .join('\n\n')
}

function side(a: ItemAnalysis, f: Format): ComparedSide {
  return {
    impact: a.impact,
    impactText: ratingText(a, f),
    value: rowValue(a),
    reasons: reasonsOf(a, f.texts),
  }
}

function documentOf(doc: Assessment, label: string, texts: DomainTexts): ComparedDocument {
  const verdict = decideVerdict(doc.analysis).verdict
  return {
    label,
    title: oneLine(doc.flag.title) || texts.report.untitled,
    headline: writeHeadline(doc.analysis, texts),
    verdict,
    verdictText: texts.verdict.label[verdict],
  }
}

/**
 * Compares two assessments row by row, in the catalogue's order. `labels` name the two sides in
 * a word or two (e.g. "Original" and "Amended", or two chapters' names); each defaults to the
 * texts' "first"/"second", since titles are often too long to head a column.
 */
export function buildComparison(
  first: Assessment,
  second: Assessment,
  texts: DomainTexts,
  labels: { first?: string; second?: string } = {},
): Comparison {
  const f = makeFormat(texts)
  const c = texts.report.compare
  const label1 = oneLine(labels.first ?? '') || c.first
  const label2 = oneLine(labels.second ?? '') || c.second
  const counts: Record<RowChange, number> = { same: 0, better: 0, worse: 0, changed: 0 }
  const rows = ITEM_IDS.map((id): ComparedRow => {
    const [a, b] = [first.analysis[id], second.analysis[id]]
    const moved = rowChange(a, b)
    counts[moved.change] += 1
    return {
      id,
      name: texts.catalogue.items[id].name,
      first: side(a, f),
      second: side(b, f),
      ...moved,
    }
  })
  return {
    first: documentOf(first, label1, texts),
    second: documentOf(second, label2, texts),
    rows,
    counts,
  }
}

/** The change in words, with its size in steps where both sides are rated. */
function changeText(row: ComparedRow, f: Format): string {
  const words = f.texts.report.compare.change
  if (row.change !== 'better' && row.change !== 'worse') return words[row.change]
  const steps = f.count(Math.abs(row.delta ?? 0))
  return fill(words[row.change], { steps })
}

/** A row neither side has rated yet. */
const unrated = (r: ComparedRow) =>
  r.first.impact === 'not-assessed' && r.second.impact === 'not-assessed'

/** The rows of one group: a table of both ratings and the change, then each row's reasons. */
function rowBlocks(cmp: Comparison, ids: readonly ItemId[], caption: string, f: Format): Block[] {
  const c = f.texts.report.compare
  const rows = cmp.rows.filter((r) => ids.includes(r.id))
  // A row rated and explained alike on both sides is named once, not argued twice.
  const alike = (r: ComparedRow) => r.change === 'same' && r.first.reasons === r.second.reasons
  const reasons = rows.flatMap((r): Block[] => {
    if (alike(r)) return []
    const heading =
      r.change === 'same'
        ? fill(c.rowSame, { row: r.name, rating: r.first.impactText })
        : fill(c.rowMoved, { row: r.name, from: r.first.impactText, to: r.second.impactText })
    return [
      { kind: 'heading', text: heading },
      ...(
        [
          [cmp.first.label, r.first.reasons],
          [cmp.second.label, r.second.reasons],
        ] as const
      ).flatMap(([label, text]) => {
        const [head, ...rest] = paragraphs(text || c.noReasons)
        return head?.kind === 'paragraph'
          ? [
              {
                kind: 'paragraph' as const,
                text: fill(c.reasons, { side: label, text: head.text }),
              },
              ...rest,
            ]
          : []
      }),
    ]
  })
  const same = rows.filter((r) => alike(r) && !unrated(r)).map((r) => r.name)
  const neither = rows.filter((r) => alike(r) && unrated(r)).map((r) => r.name)
  return [
    ...table(
      caption,
      [c.columns.row, cmp.first.label, cmp.second.label, c.columns.change],
      rows.map((r) => [r.name, r.first.impactText, r.second.impactText, changeText(r, f)]),
    ),
    ...reasons,
    ...(
      [
        [c.alike, same],
        [c.neither, neither],
      ] as const
    ).flatMap(([template, names]): Block[] =>
      names.length ? [{ kind: 'paragraph', text: fill(template, { items: f.list(names) }) }] : [],
    ),
  ]
}

/** The sentence that sums up what moved. */
function summaryText(cmp: Comparison, f: Format): string {
  const c = f.texts.report.compare
  const { same, better, worse, changed } = cmp.counts
  if (cmp.rows.every(unrated)) return c.noneRated
  if (same === cmp.rows.length) return c.noChange
  return fill(c.summary, {
    moved: f.count(better + worse + changed),
    total: f.count(cmp.rows.length),
    worse: f.count(worse),
    better: f.count(better),
    other: f.count(changed),
  })
}

/**
 * The comparison as a report: a cover naming both documents, both headlines and verdicts, then
 * the critical properties and the enablers row by row with each side's reasons. Deterministic
 * for given documents, texts and moment.
 */
export function comparisonReport(
  first: Assessment,
  second: Assessment,
  options: BuildReportOptions & { labels?: { first?: string; second?: string } },
): ReportModel {
  const { texts, now } = options
  const f = makeFormat(texts)
  const c = texts.report.compare
  const cmp = buildComparison(first, second, texts, options.labels)
  const generatedOn = f.date(calendarDate(now, validTimeZone(options.timeZone)))
  const enablerIds = ITEM_IDS.filter((id) => !(PROPERTY_IDS as readonly ItemId[]).includes(id))
  const summary = summaryText(cmp, f)
  const sideBlocks = (d: ComparedDocument, doc: Assessment): Block[] => [
    { kind: 'heading', text: fill(c.side, { side: d.label, title: d.title }) },
    verdictBlock(doc.analysis, texts),
  ]
  const blocks = (list: Block[]): Block[] =>
    list.length ? list : [{ kind: 'paragraph', text: texts.report.none }]
  return {
    meta: {
      title: fill(c.title, { first: cmp.first.title, second: cmp.second.title }),
      locale: texts.locale,
      profile: 'comparison',
      generatedAt: now.toISOString(),
      generatedOn,
      fileBaseName: reportFileBaseName([cmp.first.title, cmp.second.title].join(' '), c.fileSuffix),
      subject: summary,
      keywords: [cmp.first.verdictText, cmp.second.verdictText].filter(
        (k, i, all) => all.indexOf(k) === i,
      ),
      authors: [],
      pageTemplate: texts.report.page,
    },
    cover: {
      title: fill(c.title, { first: cmp.first.title, second: cmp.second.title }),
      subtitle: `${cmp.first.label} · ${cmp.second.label}`,
      dateLine: fill(texts.report.generatedOn, { date: generatedOn }),
      headline: summary,
      abstract: [fill(c.intro, { first: cmp.first.label, second: cmp.second.label })],
      facts: [cmp.first, cmp.second].map((d) => ({
        label: d.label,
        value: `${d.title}: ${d.verdictText}`,
      })),
      footnotes: [],
    },
    sections: [
      {
        id: 'summary',
        title: c.sections.summary,
        blocks: [
          { kind: 'paragraph', text: summary },
          ...sideBlocks(cmp.first, first),
          ...sideBlocks(cmp.second, second),
        ],
      },
      {
        id: 'properties',
        title: c.sections.properties,
        blocks: blocks(rowBlocks(cmp, PROPERTY_IDS, c.captions.properties, f)),
      },
      {
        id: 'enablers',
        title: c.sections.enablers,
        blocks: blocks(rowBlocks(cmp, enablerIds, c.captions.enablers, f)),
      },
    ],
  }
}
