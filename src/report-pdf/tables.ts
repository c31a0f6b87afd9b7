/**
 * The analysis tables and the plain tables, drawn with jspdf-autotable. Column widths are
 * decided here rather than by autoTable, so the height of the header and the first row can be
 * measured before drawing: a caption never ends a page without its table, and the header row is
 * repeated on every page a table runs over.
 */
import { autoTable, type CellDef, type Styles } from 'jspdf-autotable'
import type { AnalysisBlock, AnalysisRow, TableBlock } from '@/domain'
import type { RenderContext } from './context'
import { FONT_FAMILY, type FontWeight } from './fonts'
import type { PdfTheme } from './theme'
import type { LineRow, TextStyle } from './writer'

const MM_PER_PT = 25.4 / 72
const PADDING = { top: 1.5, bottom: 1.5, left: 1.8, right: 1.8 }
const EMPTY = '–'

/** Share of the content width of each analysis column, in the model's column order. */
const ANALYSIS_SHARES = [0.17, 0.135, 0.205, 0.205, 0.185, 0.1] as const

interface PreparedCell {
  text: string
  weight: FontWeight
  fill?: string
  colour?: string
}

interface PreparedTable {
  head: PreparedCell[]
  body: PreparedCell[][]
  widths: number[]
}

function tableStyle(theme: PdfTheme, weight: FontWeight): TextStyle {
  return { size: theme.font.size.table, weight, colour: theme.colour.text }
}

/** The height autoTable gives a row: its tallest cell, wrapped as autoTable wraps it. */
function rowHeight(ctx: RenderContext, cells: PreparedCell[], widths: number[]): number {
  const { w, theme } = ctx
  const lineHeight = theme.font.size.table * MM_PER_PT * theme.font.tableLineHeight
  let lines = 1
  cells.forEach((cell, i) => {
    const inner = (widths[i] ?? 0) - PADDING.left - PADDING.right + MM_PER_PT
    const style = tableStyle(theme, cell.weight)
    w.setStyle(style)
    const count = cell.text
      .split('\n')
      .reduce(
        (sum, part) => sum + Math.max(1, (w.doc.splitTextToSize(part, inner) as string[]).length),
        0,
      )
    lines = Math.max(lines, count)
  })
  return lines * lineHeight + PADDING.top + PADDING.bottom
}

/**
 * Widths for a table whose columns hold anything: each column gets what its content asks for
 * (the widest line, or its longest word when space is short), and the rest is shared in
 * proportion to how much text each column holds.
 */
function fitColumns(ctx: RenderContext, head: PreparedCell[], body: PreparedCell[][]): number[] {
  const { w, theme } = ctx
  const total = w.width
  const n = head.length
  if (n === 0) return []
  const padding = PADDING.left + PADDING.right
  const natural: number[] = []
  const minimum: number[] = []
  const volume: number[] = []
  for (let c = 0; c < n; c++) {
    const cells = [head[c]!, ...body.map((r) => r[c] ?? { text: '', weight: 'normal' as const })]
    let widest = 0
    let longestWord = 0
    let chars = 0
    for (const cell of cells) {
      const style = tableStyle(theme, cell.weight)
      w.setStyle(style)
      for (const line of cell.text.split('\n')) {
        // Long texts wrap anyway: measure a bounded prefix to keep this linear.
        widest = Math.max(widest, w.doc.getTextWidth(line.slice(0, 400)))
        for (const word of line.split(' ').slice(0, 200)) {
          longestWord = Math.max(longestWord, w.doc.getTextWidth(word.slice(0, 40)))
        }
      }
      chars += Math.min(cell.text.length, 2000)
    }
    natural.push(widest + padding + 0.5)
    minimum.push(Math.min(longestWord + padding + 0.5, total / n, 45))
    volume.push(Math.max(chars, 1))
  }
  const naturalSum = natural.reduce((a, b) => a + b, 0)
  if (naturalSum <= total) {
    // Everything fits on one line: widen columns in proportion to their natural width.
    return natural.map((x) => (x / naturalSum) * total)
  }
  const widths = [...minimum]
  let spare = total - widths.reduce((a, b) => a + b, 0)
  if (spare <= 0) return widths.map((x) => (x / widths.reduce((a, b) => a + b, 0)) * total)
  // Give spare width to columns that still want it, in proportion to their text volume.
  let open = widths.map((x, i) => natural[i]! > x)
  while (spare > 0.01 && open.some(Boolean)) {
    const weight = volume.reduce((sum, v, i) => sum + (open[i] ? v : 0), 0)
    let used = 0
    widths.forEach((x, i) => {
      if (!open[i]) return
      const add = Math.min((spare * volume[i]!) / weight, natural[i]! - x)
      widths[i] = x + add
      used += add
    })
    spare -= used
    open = widths.map((x, i) => natural[i]! - x > 0.01)
    if (used < 0.01) break
  }
  return widths
}

function cellDef(cell: PreparedCell): CellDef {
  const styles: Partial<Styles> = { fontStyle: cell.weight }
  if (cell.fill) styles.fillColor = cell.fill
  if (cell.colour) styles.textColor = cell.colour
  return { content: cell.text, styles }
}

/** A header cell: bold, never replaced by a dash. */
function prepareHead(ctx: RenderContext, text: string): PreparedCell {
  return { text: ctx.w.clean(text, 'bold', true).trim(), weight: 'bold' }
}

function prepare(
  ctx: RenderContext,
  text: string,
  weight: FontWeight = 'normal',
  extra: Partial<PreparedCell> = {},
): PreparedCell {
  const cleaned = ctx.w.clean(text, weight, true).trim()
  return cleaned === ''
    ? { text: EMPTY, weight, colour: ctx.theme.colour.muted, ...extra }
    : { text: cleaned, weight, ...extra }
}

/** Caption (or group title) and the header row and first row below it, in millimetres. */
function leadOf(ctx: RenderContext, captionRows: LineRow[], table: PreparedTable): number {
  const { w } = ctx
  const caption = captionRows.reduce((sum, r) => sum + r.height, 0) + ctx.theme.space.item
  const head = rowHeight(ctx, table.head, table.widths)
  const first = table.body[0] ? rowHeight(ctx, table.body[0], table.widths) : 0
  return caption + head + Math.min(first, w.contentHeight - head - caption)
}

function drawTable(ctx: RenderContext, caption: string, table: PreparedTable): void {
  const { w, theme } = ctx
  const captionRows = captionRowsOf(ctx, caption)
  w.ensure(leadOf(ctx, captionRows, table))
  w.flow(captionRows, { keepTogether: true })
  w.space(theme.space.item)
  if (table.head.length === 0) return

  const margin = theme.page.margin
  const columnStyles: Record<string, Partial<Styles>> = {}
  table.widths.forEach((width, i) => (columnStyles[i] = { cellWidth: width }))
  w.doc.setLineHeightFactor(theme.font.tableLineHeight)
  autoTable(w.doc, {
    startY: w.y,
    margin: { top: margin.top, right: margin.right, bottom: margin.bottom, left: margin.left },
    tableWidth: w.width,
    theme: 'plain',
    head: [table.head.map((c) => cellDef(c))],
    body: table.body.map((row) => row.map((c) => cellDef(c))),
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: theme.font.size.table,
      textColor: theme.colour.text,
      cellPadding: PADDING,
      overflow: 'linebreak',
      valign: 'top',
      lineColor: theme.colour.tableLine,
      lineWidth: { bottom: 0.15 },
    },
    headStyles: {
      fontStyle: 'bold',
      fillColor: theme.colour.tableHead,
      textColor: theme.colour.tableHeadText,
      valign: 'bottom',
      lineWidth: 0,
    },
    alternateRowStyles: { fillColor: theme.colour.tableStripe },
    columnStyles,
  })
  const last = (w.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable
  w.y = last?.finalY ?? w.y
}

// analysis ----------------------------------------------------------------------------------------

/** The tint of the impact cell: red for harm, green for support, darker when stronger. */
function impactFill(theme: PdfTheme, row: AnalysisRow): string {
  const v = row.value
  if (v === null) return theme.impact.open
  if (v === 0) return theme.impact.none
  const index = Math.min(3, Math.abs(Math.round(v))) - 1
  const scale = v < 0 ? theme.impact.negative : theme.impact.positive
  return scale[index] ?? theme.impact.none
}

/** The note printed under a rating that depends on how the proposal is implemented. */
function dependsNote(block: AnalysisBlock): string {
  // The model may carry the note's words beside the column titles.
  const columns = block.columns as AnalysisBlock['columns'] & { dependsOnImplementation?: string }
  return columns.dependsOnImplementation ?? ''
}

function prepareAnalysis(ctx: RenderContext, block: AnalysisBlock): PreparedTable {
  const { theme } = ctx
  const c = block.columns
  const note = dependsNote(block)
  const head = [c.item, c.impact, c.howAffected, c.effectOnPeople, c.evidence, c.confidence].map(
    (t) => prepareHead(ctx, t),
  )
  const body = block.rows.map((row) => {
    const impact =
      row.dependsOnImplementation && note ? `${row.impactText}\n(${note})` : row.impactText
    return [
      prepare(ctx, row.name, 'bold'),
      prepare(ctx, impact, 'normal', { fill: impactFill(theme, row) }),
      prepare(ctx, row.howAffected),
      prepare(ctx, row.effectOnPeople),
      prepare(ctx, row.evidence.join('\n')),
      prepare(ctx, row.confidence),
    ]
  })
  const widths = ANALYSIS_SHARES.map((share) => share * ctx.w.width)
  return { head, body, widths }
}

export function renderAnalysis(ctx: RenderContext, block: AnalysisBlock): void {
  drawTable(ctx, block.title, prepareAnalysis(ctx, block))
}

export function analysisLeadHeight(ctx: RenderContext, block: AnalysisBlock): number {
  const table = prepareAnalysis(ctx, { ...block, rows: block.rows.slice(0, 1) })
  return leadOf(ctx, captionRowsOf(ctx, block.title), table)
}

// table -------------------------------------------------------------------------------------------

function prepareTable(ctx: RenderContext, block: TableBlock): PreparedTable {
  const head = block.columns.map((t) => prepareHead(ctx, t))
  const body = block.rows.map((row) => head.map((_, i) => prepare(ctx, row[i] ?? '')))
  return { head, body, widths: fitColumns(ctx, head, body) }
}

export function renderTable(ctx: RenderContext, block: TableBlock): void {
  drawTable(ctx, block.caption, prepareTable(ctx, block))
}

export function tableLeadHeight(ctx: RenderContext, block: TableBlock): number {
  return leadOf(ctx, captionRowsOf(ctx, block.caption), prepareTable(ctx, block))
}

function captionRowsOf(ctx: RenderContext, caption: string): LineRow[] {
  const { w, theme, styles } = ctx
  return w.textRows(caption, w.left, w.width, {
    ...styles.heading,
    size: theme.font.size.heading - 1,
  })
}
