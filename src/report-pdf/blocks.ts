/**
 * One renderer per kind of report block (DESIGN.md §1.2). Each turns its block into rows of
 * lines, then places and draws them; `leadHeight` says how much of a block must fit on the page
 * for a heading above it to stay with it.
 */
import type { Block, FindingBlock, KeyValue, SourcesBlock, VerdictBlock } from '@/domain'
import { chartHeight, renderChart } from './chart'
import type { RenderContext } from './context'
import { safeLink } from './links'
import { analysisLeadHeight, renderAnalysis, renderTable, tableLeadHeight } from './tables'
import type { LineRow, TextStyle } from './writer'

const BULLET = '•'

type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>

function sum(rows: LineRow[]): number {
  return rows.reduce((total, r) => total + r.height, 0)
}

function spacer(height: number): LineRow {
  return { height, cells: [] }
}

/**
 * The rows of each block made in a render, so that a block measured for the heading above it
 * (`leadHeight`) is not wrapped again when it is drawn. Rows are never changed once made.
 */
const rowsMade = new WeakMap<RenderContext, WeakMap<Block, LineRow[]>>()

function rowsOnce<B extends Block>(
  ctx: RenderContext,
  block: B,
  make: (ctx: RenderContext, block: B) => LineRow[],
): LineRow[] {
  let made = rowsMade.get(ctx)
  if (!made) {
    made = new WeakMap()
    rowsMade.set(ctx, made)
  }
  let rows = made.get(block)
  if (!rows) {
    rows = make(ctx, block)
    made.set(block, rows)
  }
  return rows
}

// heading ---------------------------------------------------------------------------------------

function headingRows(ctx: RenderContext, text: string): LineRow[] {
  const { w, styles } = ctx
  return w.textRows(text, w.left, w.width, styles.heading)
}

function renderHeading(ctx: RenderContext, text: string, next: Block | undefined): void {
  const { w, theme } = ctx
  const rows = headingRows(ctx, text)
  w.space(theme.space.heading)
  w.ensure(sum(rows) + theme.space.item + (next ? leadHeight(ctx, next) : 0))
  w.flow(rows, { keepTogether: true })
  w.space(theme.space.item)
}

// paragraph ---------------------------------------------------------------------------------------

function paragraphRows(ctx: RenderContext, block: ParagraphBlock): LineRow[] {
  const { w, styles } = ctx
  return rowsOnce(ctx, block, () => w.textRows(block.text, w.left, w.width, styles.body))
}

function renderParagraph(ctx: RenderContext, block: ParagraphBlock): void {
  ctx.w.flow(paragraphRows(ctx, block), { minLines: 2 })
}

// facts -------------------------------------------------------------------------------------------

/** Rows of a two-column pair: a label and its value, side by side, line by line. */
function pairRows(
  ctx: RenderContext,
  label: string,
  value: string,
  labelWidth: number,
  labelStyle: TextStyle,
  valueStyle: TextStyle,
): LineRow[] {
  const { w } = ctx
  const gap = 4
  const labelLines = w.wrap(label, labelWidth, labelStyle)
  const valueLines = w.wrap(value, w.width - labelWidth - gap, valueStyle)
  const height = Math.max(w.lineHeight(labelStyle.size), w.lineHeight(valueStyle.size))
  const count = Math.max(labelLines.length, valueLines.length)
  const rows: LineRow[] = []
  for (let i = 0; i < count; i++) {
    rows.push({
      height,
      cells: [
        { x: w.left, text: labelLines[i] ?? '', style: labelStyle },
        { x: w.left + labelWidth + gap, text: valueLines[i] ?? '', style: valueStyle },
      ],
    })
  }
  return rows
}

/** The label column: as wide as the longest label, within a quarter to two fifths of the page. */
function factLabelWidth(ctx: RenderContext, items: KeyValue[], style: TextStyle): number {
  const { w } = ctx
  const widest = Math.max(
    0,
    ...items.map((i) => w.textWidth(w.clean(i.label, style.weight), style)),
  )
  return Math.min(Math.max(widest + 1, w.width * 0.25), w.width * 0.4)
}

function factRows(ctx: RenderContext, items: KeyValue[]): LineRow[][] {
  const { styles } = ctx
  const labelStyle = { ...styles.bodyBold, colour: ctx.theme.colour.muted }
  const labelWidth = factLabelWidth(ctx, items, labelStyle)
  return items.map((item) =>
    pairRows(ctx, item.label, item.value, labelWidth, labelStyle, styles.body),
  )
}

/** A short list of facts reads as one table and is kept on one page; a long one may break. */
function factsKeepHeight(ctx: RenderContext, groups: LineRow[][]): number {
  const total = groups.reduce((h, rows, i) => h + sum(rows) + (i ? ctx.theme.space.item : 0), 0)
  return total <= ctx.w.contentHeight / 3 ? total : sum(groups[0] ?? [])
}

export function renderFacts(ctx: RenderContext, items: KeyValue[]): void {
  const groups = factRows(ctx, items)
  ctx.w.ensure(factsKeepHeight(ctx, groups))
  groups.forEach((rows, i) => {
    if (i > 0) ctx.w.space(ctx.theme.space.item)
    ctx.w.flow(rows, { keepTogether: rows.length <= 8 })
  })
}

// list --------------------------------------------------------------------------------------------

/** Rows of a hanging item: a marker (bullet or number) and its wrapped text. */
function hangingRows(
  ctx: RenderContext,
  marker: string,
  text: string,
  x: number,
  indent: number,
  style: TextStyle,
  right = ctx.w.right,
): LineRow[] {
  const { w } = ctx
  const rows = w.textRows(text, x + indent, right - x - indent, style)
  const first = rows[0]
  if (first) first.cells.unshift({ x, text: marker, style })
  return rows
}

function listRows(ctx: RenderContext, items: string[]): LineRow[][] {
  const { w, theme, styles } = ctx
  return items
    .map((item) => hangingRows(ctx, BULLET, item, w.left + 1, theme.space.indent, styles.body))
    .filter((rows) => rows.length > 0)
}

function renderList(ctx: RenderContext, items: string[]): void {
  listRows(ctx, items).forEach((rows, i) => {
    if (i > 0) ctx.w.space(ctx.theme.space.item)
    ctx.w.flow(rows, { keepTogether: rows.length <= 8 })
  })
}

// verdict -----------------------------------------------------------------------------------------

const VERDICT_BAR = 1.6

function verdictRows(ctx: RenderContext, block: VerdictBlock): LineRow[] {
  const { w, theme, styles } = ctx
  const pad = theme.space.boxPadding
  const x = w.left + VERDICT_BAR + pad
  const width = w.right - pad - x
  const colours = theme.verdict[block.verdict]
  const labelStyle: TextStyle = {
    size: theme.font.size.heading + 1.5,
    weight: 'bold',
    colour: colours.accent,
  }
  const noteStyle: TextStyle = { ...styles.smallBold, colour: theme.colour.provisional }
  const rows: LineRow[] = [...w.textRows(block.label, x, width, labelStyle)]
  const headline = w.textRows(block.headline, x, width, {
    ...styles.bodyBold,
    colour: theme.colour.text,
  })
  if (headline.length) rows.push(spacer(1.6), ...headline)
  const meaning = w.textRows(block.meaning, x, width, styles.body)
  if (meaning.length) rows.push(spacer(1.2), ...meaning)
  if (block.provisional) {
    const note = w.textRows(block.provisionalNote, x, width, noteStyle)
    if (note.length) rows.push(spacer(1.6), ...note)
  }
  block.reasons.forEach((reason, i) => {
    const indent = theme.space.indent - 1
    const item = hangingRows(ctx, BULLET, reason, x, indent, styles.body, x + width)
    if (item.length) rows.push(spacer(i === 0 ? 2.2 : theme.space.item * 0.6), ...item)
  })
  return rows
}

function renderVerdict(ctx: RenderContext, block: VerdictBlock): void {
  const { w, theme } = ctx
  const pad = theme.space.boxPadding
  const colours = theme.verdict[block.verdict]
  const rows = rowsOnce(ctx, block, verdictRows)
  const placed = w.place(rows, { keepTogether: true, inset: { top: pad, bottom: pad } })
  const start = w.page
  const pages = new Map<number, { top: number; bottom: number }>()
  for (const p of placed) {
    const span = pages.get(p.page)
    const bottom = p.y + p.row.height
    if (span) span.bottom = Math.max(span.bottom, bottom)
    else pages.set(p.page, { top: p.y, bottom })
  }
  for (const [page, span] of pages) {
    w.doc.setPage(page)
    const top = span.top - pad
    const height = span.bottom + pad - top
    w.doc.setFillColor(colours.tint)
    w.doc.rect(w.left, top, w.width, height, 'F')
    w.doc.setFillColor(colours.accent)
    w.doc.rect(w.mirrorX(w.left, VERDICT_BAR), top, VERDICT_BAR, height, 'F')
  }
  w.doc.setPage(start)
  w.draw(placed)
}

// finding ---------------------------------------------------------------------------------------

const FINDING_BAR = 1.2
const FINDING_GAP = 3.5

/** The colour of a finding's bar: red for harm, green for help, grey without a direction. */
function findingColour(ctx: RenderContext, block: FindingBlock): string {
  const { chart } = ctx.theme
  if (block.value === null || block.value === 0) return chart.neutral
  return block.value < 0 ? chart.negative : chart.positive
}

function findingRows(ctx: RenderContext, block: FindingBlock): LineRow[] {
  const { w, theme, styles } = ctx
  const x = w.left + FINDING_BAR + FINDING_GAP
  const width = w.right - x
  const nameStyle: TextStyle = { ...styles.heading, size: theme.font.size.heading - 1 }
  const labelStyle: TextStyle = { ...styles.smallBold, colour: theme.colour.muted }
  const rating = block.confidence ? `${block.impactText} · ${block.confidence}` : block.impactText
  const rows: LineRow[] = [
    ...w.textRows(block.name, x, width, nameStyle),
    ...w.textRows(rating, x, width, { ...styles.smallBold, colour: findingColour(ctx, block) }),
  ]
  for (const part of block.parts) {
    rows.push(spacer(theme.space.item * 1.5), ...w.textRows(part.label, x, width, labelStyle))
    part.paragraphs.forEach((text, i) => {
      if (i > 0) rows.push(spacer(theme.space.item))
      rows.push(...w.textRows(text, x, width, styles.body))
    })
  }
  return rows
}

/** How many rows open a finding: its name, its rating and its first part's label. */
const FINDING_HEAD_ROWS = 5

function renderFinding(ctx: RenderContext, block: FindingBlock): void {
  const { w } = ctx
  const rows = rowsOnce(ctx, block, findingRows)
  const placed = w.place(rows, { keepTogether: sum(rows) <= 40, minLines: FINDING_HEAD_ROWS })
  const start = w.page
  const pages = new Map<number, { top: number; bottom: number }>()
  for (const p of placed) {
    const span = pages.get(p.page)
    const bottom = p.y + p.row.height
    if (span) span.bottom = Math.max(span.bottom, bottom)
    else pages.set(p.page, { top: p.y, bottom })
  }
  w.doc.setFillColor(findingColour(ctx, block))
  for (const [page, span] of pages) {
    w.doc.setPage(page)
    w.doc.rect(w.mirrorX(w.left, FINDING_BAR), span.top, FINDING_BAR, span.bottom - span.top, 'F')
  }
  w.doc.setPage(start)
  w.draw(placed)
}

// sources -----------------------------------------------------------------------------------------

function sourceRows(ctx: RenderContext, block: SourcesBlock): LineRow[][] {
  const { w, styles } = ctx
  const widest = Math.max(0, ...block.items.map((i) => i.number))
  const indent = w.textWidth(`[${widest}]`, styles.body) + 2.5
  const x = w.left + indent
  const width = w.right - x
  return block.items.map((item) => {
    const rows = hangingRows(ctx, `[${item.number}]`, item.title, w.left, indent, styles.body)
    const link = safeLink(item.link)
    const url = w.textRows(item.url, x, width, link ? styles.link : styles.smallMuted)
    if (link) for (const row of url) for (const cell of row.cells) cell.link = link
    const accessed = w.textRows(item.accessed, x, width, styles.smallMuted)
    const rest = [...url, ...accessed]
    const first = rest[0]
    if (rows.length === 0 && first)
      first.cells.unshift({ x: w.left, text: `[${item.number}]`, style: styles.body })
    return [...rows, ...rest]
  })
}

function renderSources(ctx: RenderContext, block: SourcesBlock): void {
  sourceRows(ctx, block).forEach((rows, i) => {
    if (i > 0) ctx.w.space(ctx.theme.space.item * 1.5)
    ctx.w.flow(rows, { keepTogether: rows.length <= 10 })
  })
}

// dispatch ----------------------------------------------------------------------------------------

function assertNever(value: never): never {
  throw new Error(`Unknown report block: ${JSON.stringify(value)}`)
}

/** Draws one block at the cursor; `next` is the block that follows, for keep-with-next. */
export function renderBlock(ctx: RenderContext, block: Block, next?: Block): void {
  switch (block.kind) {
    case 'heading':
      return renderHeading(ctx, block.text, next)
    case 'paragraph':
      return renderParagraph(ctx, block)
    case 'facts':
      return renderFacts(ctx, block.items)
    case 'list':
      return renderList(ctx, block.items)
    case 'finding':
      return renderFinding(ctx, block)
    case 'verdict':
      return renderVerdict(ctx, block)
    case 'chart':
      return renderChart(ctx, block)
    case 'analysis':
      return renderAnalysis(ctx, block)
    case 'table':
      return renderTable(ctx, block)
    case 'sources':
      return renderSources(ctx, block)
    default:
      return assertNever(block)
  }
}

/**
 * The height of the part of a block that must fit below a heading for the two to stay together:
 * the first lines of text, the first row of a table, a whole verdict box or chart.
 */
export function leadHeight(ctx: RenderContext, block: Block): number {
  const { w, theme } = ctx
  const firstLines = (rows: LineRow[]) => sum(rows.slice(0, 2))
  const cap = (h: number) => Math.min(h, w.contentHeight * 0.6)
  switch (block.kind) {
    case 'heading':
      return sum(headingRows(ctx, block.text)) + theme.space.heading + theme.space.item
    case 'paragraph':
      return firstLines(paragraphRows(ctx, block))
    case 'facts':
      return cap(factsKeepHeight(ctx, factRows(ctx, block.items)))
    case 'list':
      return firstLines(listRows(ctx, block.items.slice(0, 1))[0] ?? [])
    case 'finding':
      return sum(rowsOnce(ctx, block, findingRows).slice(0, FINDING_HEAD_ROWS))
    case 'verdict':
      return cap(sum(rowsOnce(ctx, block, verdictRows)) + 2 * theme.space.boxPadding)
    case 'chart':
      return cap(chartHeight(ctx, block))
    case 'analysis':
      return cap(analysisLeadHeight(ctx, block))
    case 'table':
      return cap(tableLeadHeight(ctx, block))
    case 'sources':
      return cap(sum(sourceRows(ctx, { ...block, items: block.items.slice(0, 1) })[0] ?? []))
    default:
      return assertNever(block)
  }
}
