/**
 * The summary chart as vector graphics. The shapes come from the domain's `chartGeometry`, the
 * same geometry the screen draws as SVG, laid out in points for the content width and scaled to
 * millimetres here; semantic colour names are mapped through the theme.
 */
import { chartGeometry, type ChartBlock, type ChartGeometry, type ChartText } from '@/domain'
import type { RenderContext } from './context'
import { MM_PER_PT, type LineRow } from './writer'

/** Base type size of the chart, in points. */
const CHART_FONT_SIZE = 8
/** Space between the title, the drawing and the caption. */
const GAP = 2.5

function geometryOf(ctx: RenderContext, block: ChartBlock): ChartGeometry {
  return chartGeometry(block, {
    width: ctx.w.width / MM_PER_PT,
    fontSize: CHART_FONT_SIZE,
    // A right-to-left report reads the chart from the right: labels there, harm towards them.
    direction: ctx.w.rtl ? 'rtl' : 'ltr',
  })
}

function titleRows(ctx: RenderContext, block: ChartBlock): LineRow[] {
  const { w, theme, styles } = ctx
  return w.textRows(block.title, w.left, w.width, {
    ...styles.heading,
    size: theme.font.size.heading - 1,
  })
}

function captionRows(ctx: RenderContext, block: ChartBlock): LineRow[] {
  const { w, styles } = ctx
  return w.textRows(block.caption, w.left, w.width, styles.smallMuted)
}

const sum = (rows: LineRow[]) => rows.reduce((total, r) => total + r.height, 0)

/** Title, drawing and caption together, in millimetres. */
export function chartHeight(ctx: RenderContext, block: ChartBlock): number {
  const title = sum(titleRows(ctx, block))
  const caption = sum(captionRows(ctx, block))
  return title + GAP + geometryOf(ctx, block).height * MM_PER_PT + (caption ? GAP + caption : 0)
}

export function renderChart(ctx: RenderContext, block: ChartBlock): void {
  const { w, theme } = ctx
  const geometry = geometryOf(ctx, block)
  const title = titleRows(ctx, block)
  const caption = captionRows(ctx, block)
  w.ensure(chartHeight(ctx, block))
  w.flow(title, { keepTogether: true })
  w.space(GAP)

  const doc = w.doc
  const x0 = w.left
  const y0 = w.y
  const colour = theme.chart
  const X = (x: number) => x0 + x * MM_PER_PT
  const Y = (y: number) => y0 + y * MM_PER_PT

  const line = (l: ChartGeometry['axisLine']) => {
    doc.setDrawColor(colour[l.color])
    doc.setLineWidth(l.strokeWidth * MM_PER_PT)
    doc.line(X(l.x1), Y(l.y1), X(l.x2), Y(l.y2))
  }
  const rect = (r: {
    x: number
    y: number
    width: number
    height: number
    color: keyof typeof colour
  }) => {
    doc.setFillColor(colour[r.color])
    doc.rect(X(r.x), Y(r.y), r.width * MM_PER_PT, r.height * MM_PER_PT, 'F')
  }
  /** Draws a text, shrinking then shortening it when it would overflow `maxWidth` (mm). */
  const text = (t: ChartText, maxWidth = Infinity) => {
    const style = {
      size: t.fontSize,
      weight: t.bold ? ('bold' as const) : ('normal' as const),
      colour: colour[t.color],
    }
    let value = w.clean(t.text, style.weight)
    const natural = w.textWidth(value, style)
    if (natural > maxWidth) {
      style.size = Math.max(t.fontSize * 0.85, (t.fontSize * maxWidth) / natural)
      value = w.truncate(value, maxWidth, style)
    }
    const align = t.anchor === 'start' ? 'left' : t.anchor === 'end' ? 'right' : 'center'
    w.text(value, X(t.x), Y(t.y), style, align)
  }

  for (const l of geometry.gridLines) line(l)
  for (const row of geometry.rows) {
    for (const bar of row.bars) rect(bar)
  }
  line(geometry.zeroLine)
  line(geometry.axisLine)
  const labelWidth = geometry.labelColumn.width * MM_PER_PT - 1
  const { plot } = geometry
  for (const row of geometry.rows) {
    for (const t of row.label) text(t, labelWidth)
    // "Not rated" runs from its anchor to the far end of the plot.
    const n = row.notRated
    if (n) text(n, w.rtl ? X(n.x) - X(plot.x) : X(plot.x + plot.width) - X(n.x))
  }
  for (const tick of geometry.ticks) {
    line(tick.mark)
    text(tick.number)
    if (tick.word) text(tick.word)
  }
  for (const entry of geometry.legend) {
    rect(entry.rect)
    text(entry.text)
  }

  w.y = Y(geometry.height)
  if (caption.length) {
    w.space(GAP)
    w.flow(caption, { keepTogether: true })
  }
}
