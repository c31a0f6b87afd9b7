/**
 * The analysis tables and the plain tables, drawn with jspdf-autotable. Column widths are
 * decided here rather than by autoTable, so the height of the header and the first row can be
 * measured before drawing: a caption never ends a page without its table, and the header row is
 * repeated on every page a table runs over.
 */
import {
  autoTable,
  type CellDef,
  type CellHookData,
  type Styles,
  type UserOptions,
} from 'jspdf-autotable'
import type { AnalysisBlock, AnalysisRow, TableBlock } from '@/domain'
import type { RenderContext } from './context'
import { FONT_FAMILY, type FontWeight } from './fonts'
import { needsShaping } from './fonts/base'
import { paragraphDirection } from '@/domain'
import type { PdfTheme } from './theme'
import { MM_PER_PT, type LineRow, type TextStyle } from './writer'

const PADDING = { top: 1.5, bottom: 1.5, left: 1.8, right: 1.8 }
const EMPTY = '–'

/**
 * Share of the content width of each analysis column, in the model's column order: wide enough
 * for the longest item name to take at most four lines.
 */
const ANALYSIS_SHARES = [0.2, 0.16, 0.32, 0.32] as const

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

/** The text width inside a cell of a column. */
function innerWidth(width: number): number {
  return width - PADDING.left - PADDING.right
}

/**
 * Wraps every cell to its column with the writer's line breaking (which also breaks after
 * hyphens and slashes). autoTable then finds every line already fitting and keeps it as it is.
 */
function wrapCells(ctx: RenderContext, table: PreparedTable): PreparedTable {
  const { w, theme } = ctx
  const wrapRow = (row: PreparedCell[]) =>
    row.map((cell, i) => ({
      ...cell,
      text: w
        .wrapClean(cell.text, innerWidth(table.widths[i] ?? 0), tableStyle(theme, cell.weight))
        .join('\n'),
    }))
  return { ...table, head: wrapRow(table.head), body: table.body.map(wrapRow) }
}

/** The height autoTable gives a row of wrapped cells: its tallest cell. */
function rowHeight(ctx: RenderContext, cells: PreparedCell[]): number {
  const { theme } = ctx
  const lineHeight = theme.font.size.table * MM_PER_PT * theme.font.tableLineHeight
  const lines = Math.max(1, ...cells.map((cell) => cell.text.split('\n').length))
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
      const width = (t: string) =>
        w.shaped && needsShaping(t) ? w.textWidth(t, style) : w.doc.getTextWidth(t)
      for (const line of cell.text.split('\n')) {
        // Long texts wrap anyway: measure a bounded prefix to keep this linear.
        widest = Math.max(widest, width(line.slice(0, 400)))
        for (const word of line.split(' ').slice(0, 200)) {
          longestWord = Math.max(longestWord, width(word.slice(0, 40)))
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

/** The width of the longest word of each header: a header never breaks inside a word. */
function headerWordWidths(ctx: RenderContext, head: PreparedCell[]): number[] {
  const { w, theme } = ctx
  const style = tableStyle(theme, 'bold')
  return head.map((cell) =>
    Math.max(0, ...cell.text.split(/\s+/).map((word) => w.textWidth(word, style))),
  )
}

/**
 * Fixed shares of the width, widened where a header word would not fit and taken back from the
 * other columns in proportion to their share.
 */
function shareColumns(
  ctx: RenderContext,
  shares: readonly number[],
  head: PreparedCell[],
): number[] {
  const total = ctx.w.width
  const needed = headerWordWidths(ctx, head).map((x) => x + PADDING.left + PADDING.right + 0.8)
  const widths = shares.map((share, i) => Math.max(share * total, needed[i] ?? 0))
  const excess = widths.reduce((a, b) => a + b, 0) - total
  if (excess <= 0) return widths
  const flexible = widths.map((x, i) => (x > (needed[i] ?? 0) ? x - (needed[i] ?? 0) : 0))
  const room = flexible.reduce((a, b) => a + b, 0)
  if (room <= excess) return shares.map((share) => share * total)
  return widths.map((x, i) => x - (excess * flexible[i]!) / room)
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
  const head = rowHeight(ctx, table.head)
  const first = table.body[0] ? rowHeight(ctx, table.body[0]) : 0
  return caption + head + Math.min(first, w.contentHeight - head - caption)
}

function drawTable(ctx: RenderContext, caption: string, prepared: PreparedTable): void {
  let table = prepared
  const { w, theme } = ctx
  const captionRows = captionRowsOf(ctx, caption)
  w.ensure(leadOf(ctx, captionRows, table))
  w.flow(captionRows, { keepTogether: true })
  w.space(theme.space.item)
  if (table.head.length === 0) return

  const margin = theme.page.margin
  // A right-to-left report reads its tables from the right: the first column goes there.
  if (w.rtl)
    table = {
      head: [...table.head].reverse(),
      body: table.body.map((row) => [...row].reverse()),
      widths: [...table.widths].reverse(),
    }
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
      halign: w.rtl ? 'right' : 'left',
      // The cells are wrapped already (wrapCells); autoTable need not measure them again.
      overflow: 'visible',
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
    ...shapedCells(ctx),
  })
  const last = (w.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable
  w.y = last?.finalY ?? w.y
}

/** autoTable's own text position: its top line's baseline below the top padding. */
const AUTOTABLE_TOP = 2 - 1.15

/**
 * Cells with text in other scripts are drawn by the writer's shaped path: autoTable draws the
 * cell's fill and rules, then the text goes where autoTable would have put it, flush right in a
 * right-to-left cell.
 */
function shapedCells(ctx: RenderContext): Partial<UserOptions> {
  const { w, theme } = ctx
  if (!w.shaped) return {}
  const held = new WeakMap<object, string[]>()
  return {
    willDrawCell: (data: CellHookData) => {
      const lines = data.cell.text
      if (!lines.some((line) => needsShaping(line))) return
      held.set(data.cell, lines)
      data.cell.text = ['']
    },
    didDrawCell: (data: CellHookData) => {
      const lines = held.get(data.cell)
      if (!lines) return
      const cell = data.cell
      const size = cell.styles.fontSize
      const sizeMm = size * MM_PER_PT
      const lineHeight = sizeMm * theme.font.tableLineHeight
      let y =
        cell.styles.valign === 'bottom'
          ? cell.y + cell.height - cell.padding('bottom') - lines.length * lineHeight
          : cell.y + cell.padding('top')
      y += sizeMm * AUTOTABLE_TOP
      const colour = cell.styles.textColor
      const style: TextStyle = {
        size,
        weight: cell.styles.fontStyle === 'bold' ? 'bold' : 'normal',
        colour: typeof colour === 'string' ? colour : theme.colour.text,
      }
      const direction = paragraphDirection(lines.join(' '))
      for (const line of lines) {
        if (direction === 'rtl' || w.rtl)
          w.text(line, cell.x + cell.width - cell.padding('right'), y, style, 'right', direction)
        else w.text(line, cell.x + cell.padding('left'), y, style, 'left', direction)
        y += lineHeight
      }
    },
  }
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

function prepareAnalysis(ctx: RenderContext, block: AnalysisBlock): PreparedTable {
  const { theme } = ctx
  const c = block.columns
  const head = [c.item, c.impact, c.howAffected, c.effectOnPeople].map((t) => prepareHead(ctx, t))
  const body = block.rows.map((row) => {
    // impactText already says "(depends on implementation)" when that applies.
    const impact = row.impactText
    return [
      prepare(ctx, row.name, 'bold'),
      prepare(ctx, impact, 'normal', { fill: impactFill(theme, row) }),
      prepare(ctx, row.howAffected),
      prepare(ctx, row.effectOnPeople),
    ]
  })
  return wrapCells(ctx, { head, body, widths: shareColumns(ctx, ANALYSIS_SHARES, head) })
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
  return wrapCells(ctx, { head, body, widths: fitColumns(ctx, head, body) })
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
