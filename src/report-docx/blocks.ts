/**
 * One renderer per kind of report block (DESIGN.md §1.2), as Word content: headings in Word's
 * heading styles, lists on numbering definitions, tables with a header row repeated on every page.
 * The same content in the same order as the PDF; nothing is computed here.
 */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx'
import type {
  AnalysisBlock,
  Block,
  ChartBlock,
  FindingBlock,
  KeyValue,
  SourcesBlock,
  TableBlock,
  VerdictBlock,
} from '@/domain'
import { heading, paragraph, text, type DocxContext } from './text'

/** The numbering definitions the lists use (renderReportDocx.ts defines them). */
export const BULLETS = 'iiat-bullets'
export const SOURCES = 'iiat-sources'

/** The text width of an A4 page with Word's default margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440

/** What an empty table cell shows, as in the PDF. */
const EMPTY_CELL = '–'

export const COLOUR = {
  accent: '1D3B5C',
  muted: '555F6D',
  negative: 'A4262C',
  positive: '2F6B3A',
  neutral: '555F6D',
  headFill: 'E6EBF1',
  rule: '9AA5B1',
}

/** The heading levels of one section: its sub-headings, and its findings' names. */
export interface Levels {
  sub: 2 | 3
  item: 2 | 3
}

// list and facts ----------------------------------------------------------------------------------

function bullets(ctx: DocxContext, items: string[]): Paragraph[] {
  return items
    .filter((item) => item.trim() !== '')
    .map((item) => text(ctx, item, { numbering: { reference: BULLETS, level: 0 } }))
}

export function facts(ctx: DocxContext, items: KeyValue[]): Paragraph[] {
  return items.map((item) =>
    paragraph(
      ctx,
      [{ text: `${item.label}: `, bold: true, color: COLOUR.muted }, { text: item.value }],
      { spacing: { after: 60 } },
    ),
  )
}

// verdict and finding -----------------------------------------------------------------------------

function verdict(ctx: DocxContext, block: VerdictBlock): Paragraph[] {
  const accent = block.verdict === 'supports' ? COLOUR.positive : COLOUR.negative
  const colour = block.verdict === 'no-significant-impact' || block.verdict === 'not-assessed'
  return [
    text(
      ctx,
      block.label,
      { keepNext: true },
      {
        bold: true,
        size: 28,
        color: colour ? COLOUR.neutral : accent,
      },
    ),
    text(ctx, block.headline, {}, { bold: true }),
    text(ctx, block.meaning),
    ...(block.provisional && block.provisionalNote
      ? [text(ctx, block.provisionalNote, {}, { bold: true, color: COLOUR.muted })]
      : []),
    ...bullets(ctx, block.reasons),
  ]
}

function findingColour(block: FindingBlock): string {
  if (block.value === null || block.value === 0) return COLOUR.neutral
  return block.value < 0 ? COLOUR.negative : COLOUR.positive
}

function finding(ctx: DocxContext, block: FindingBlock, levels: Levels): Paragraph[] {
  const rating = [block.impactText, block.confidence].filter(Boolean).join(' · ')
  return [
    heading(ctx, block.name, levels.item),
    ...(rating
      ? [text(ctx, rating, { keepNext: true }, { bold: true, color: findingColour(block) })]
      : []),
    ...block.parts.flatMap((part) => [
      text(
        ctx,
        part.label,
        { keepNext: true, spacing: { after: 40 } },
        {
          bold: true,
          color: COLOUR.muted,
        },
      ),
      ...part.paragraphs.map((p) => text(ctx, p)),
    ]),
  ]
}

// tables ------------------------------------------------------------------------------------------

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule }
const BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
  insideHorizontal: CELL_BORDER,
  insideVertical: CELL_BORDER,
}

/** Column widths in twips from shares of the text width. */
function widthsOf(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0) || 1
  return shares.map((share) => Math.floor((share / total) * TEXT_WIDTH))
}

/** Rough widths at the body size, in twips: a character, a bold one, and a cell's margins. */
const CHAR = 115
const BOLD_CHAR = 135
const CELL_PADDING = 220

/**
 * Column widths that follow the text each column holds: at least its longest word (so a header
 * never breaks inside a word), then the rest shared by how much text each holds.
 */
function widthsByText(columns: string[], rows: string[][]): number[] {
  const stats = columns.map((column, i) => {
    const cells = [column, ...rows.map((r) => (r[i] ?? '').trim())]
    const longest = Math.max(...cells.map((c) => c.length))
    const longestWord = (c: string) => Math.max(...c.split(/\s+/).map((w) => w.length))
    const word = Math.max(...cells.slice(1).map(longestWord), 0)
    const min = Math.max(longestWord(column) * BOLD_CHAR, Math.min(word, 12) * CHAR) + CELL_PADDING
    const natural = Math.max(min, Math.min(longest, 70) * CHAR + CELL_PADDING)
    const volume = Math.min(
      cells.reduce((a, c) => a + c.length, 0),
      2000,
    )
    return { min, natural, volume }
  })
  const minSum = stats.reduce((a, s) => a + s.min, 0)
  if (minSum >= TEXT_WIDTH) return widthsOf(stats.map((s) => s.min))
  const naturalSum = stats.reduce((a, s) => a + s.natural, 0)
  if (naturalSum <= TEXT_WIDTH) return widthsOf(stats.map((s) => s.natural))
  // The rest goes to the columns that wrap, in proportion to how much text they hold.
  const volume = stats.map((s) => (s.natural > s.min ? s.volume : 0))
  const total = volume.reduce((a, b) => a + b, 0) || 1
  return stats.map((s, i) => Math.floor(s.min + ((TEXT_WIDTH - minSum) * volume[i]!) / total))
}

function cell(
  ctx: DocxContext,
  value: string,
  width: number,
  options: { header?: boolean; bold?: boolean } = {},
): TableCell {
  const trimmed = value.trim()
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header
      ? { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headFill }
      : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      text(
        ctx,
        trimmed || EMPTY_CELL,
        { spacing: { after: 0 } },
        {
          bold: options.header || options.bold,
          color: trimmed ? undefined : COLOUR.muted,
        },
      ),
    ],
  })
}

/**
 * A table with its caption as a heading, a header row Word repeats on every page, borders, and
 * in a right-to-left report its first column on the right.
 */
function table(
  ctx: DocxContext,
  caption: string,
  levels: Levels,
  columns: string[],
  rows: string[][],
  widths: number[],
  firstColumnBold = false,
): FileChild[] {
  return [
    heading(ctx, caption, levels.sub),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      // Fixed: the widths below are kept, not redone by each word processor.
      layout: TableLayoutType.FIXED,
      columnWidths: widths,
      borders: BORDERS,
      visuallyRightToLeft: ctx.rtl || undefined,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((c, i) => cell(ctx, c, widths[i] ?? 0, { header: true })),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: columns.map((_, i) =>
                cell(ctx, row[i] ?? '', widths[i] ?? 0, { bold: firstColumnBold && i === 0 }),
              ),
            }),
        ),
      ],
    }),
    // Word needs a paragraph between two tables, or it joins them.
    new Paragraph({ spacing: { after: 0 } }),
  ]
}

/** ISOC's four columns, in the PDF's proportions. */
const ANALYSIS_SHARES = [0.2, 0.16, 0.32, 0.32] as const

function analysis(ctx: DocxContext, block: AnalysisBlock, levels: Levels): FileChild[] {
  const c = block.columns
  return table(
    ctx,
    block.title,
    levels,
    [c.item, c.impact, c.howAffected, c.effectOnPeople],
    block.rows.map((r) => [r.name, r.impactText, r.howAffected, r.effectOnPeople]),
    widthsOf(ANALYSIS_SHARES),
    true,
  )
}

function plainTable(ctx: DocxContext, block: TableBlock, levels: Levels): FileChild[] {
  return table(
    ctx,
    block.caption,
    levels,
    block.columns,
    block.rows,
    widthsByText(block.columns, block.rows),
  )
}

// chart and sources -------------------------------------------------------------------------------

/** The chart in words: each group's worst rating and strongest benefit, as a list. */
function chart(ctx: DocxContext, block: ChartBlock, levels: Levels): Paragraph[] {
  return [
    heading(ctx, block.title, levels.sub),
    text(ctx, block.caption, {}, { italics: true, color: COLOUR.muted }),
    ...block.rows.map((row) =>
      paragraph(
        ctx,
        [
          { text: `${row.label}: `, bold: true },
          { text: `${block.worstLabel}: ${row.worstText}` },
          ...(row.bestText ? [{ text: `; ${block.bestLabel}: ${row.bestText}` }] : []),
        ],
        { numbering: { reference: BULLETS, level: 0 } },
      ),
    ),
  ]
}

/** The references, numbered [1], [2]… as the findings cite them; safe addresses are links. */
function sources(ctx: DocxContext, block: SourcesBlock): Paragraph[] {
  return block.items.map((item) =>
    paragraph(
      ctx,
      [
        item.link ? { text: item.title, link: item.link } : { text: item.title },
        ...(!item.link && item.url && item.url !== item.title
          ? [{ text: ` (${item.url})`, color: COLOUR.muted }]
          : []),
        ...(item.accessed ? [{ text: `. ${item.accessed}`, color: COLOUR.muted }] : []),
      ],
      { numbering: { reference: SOURCES, level: 0 } },
    ),
  )
}

// dispatch ----------------------------------------------------------------------------------------

function assertNever(value: never): never {
  throw new Error(`Unknown report block: ${JSON.stringify(value)}`)
}

/** The Word content of one block. */
export function renderBlock(ctx: DocxContext, block: Block, levels: Levels): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [heading(ctx, block.text, levels.sub)]
    case 'paragraph':
      return [text(ctx, block.text)]
    case 'facts':
      return facts(ctx, block.items)
    case 'list':
      return bullets(ctx, block.items)
    case 'finding':
      return finding(ctx, block, levels)
    case 'verdict':
      return verdict(ctx, block)
    case 'chart':
      return chart(ctx, block, levels)
    case 'analysis':
      return analysis(ctx, block, levels)
    case 'table':
      return plainTable(ctx, block, levels)
    case 'sources':
      return sources(ctx, block)
    default:
      return assertNever(block)
  }
}
