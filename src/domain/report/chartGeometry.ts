/**
 * Geometry of the summary chart: a horizontal diverging bar chart on the −3…+3 impact scale, one
 * row per group (the critical properties, then each goal's enablers, DESIGN.md §4). The screen
 * SVG and the PDF both draw exactly these shapes, so they cannot disagree. Units are abstract
 * points: the width is given, the height follows from the rows. Colours are semantic names that
 * each renderer maps to its palette. Text positions are baselines (SVG's and jsPDF's default).
 */
import type { GroupId } from '../scoring/verdict'
import type { ChartBlock } from './model'

/** Semantic colours; each renderer maps them to its own palette. */
export type ChartColor = 'negative' | 'positive' | 'neutral' | 'axis' | 'grid' | 'text' | 'muted'

/** A filled rectangle: a bar or a legend swatch. */
export interface ChartRect {
  x: number
  y: number
  width: number
  height: number
  color: ChartColor
}

/** A stroked line: grid, zero line, axis or tick mark. */
export interface ChartLine {
  x1: number
  y1: number
  x2: number
  y2: number
  color: ChartColor
  strokeWidth: number
}

/** A single line of text at an anchor point. */
export interface ChartText {
  text: string
  /** The anchor point; `y` is the baseline. */
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  fontSize: number
  color: ChartColor
  bold: boolean
}

/** Everything drawn for one group (one ChartRow). */
export interface ChartRowGeometry {
  group: GroupId
  /** The band of the row: top edge, height and vertical centre. */
  y: number
  height: number
  centerY: number
  /** The row label, wrapped to at most two lines. */
  label: ChartText[]
  /**
   * Bars from zero: the worst rating (to the left when harmed), the strongest benefit (to the
   * right), or a thin mark at zero when every rated row has no impact; none when nothing is rated.
   */
  bars: ChartRect[]
  /** "Not rated" in place of the bar, when nothing in the group is rated. */
  notRated: ChartText | null
}

/** One tick of the −3…+3 axis: its mark, number and, where room allows, its words. */
export interface ChartTickGeometry {
  value: number
  x: number
  /** The short mark under the axis. */
  mark: ChartLine
  /** The signed number, e.g. "−3" or "+1". */
  number: ChartText
  /** The words of the level, only where they fit without overlapping their neighbours. */
  word: ChartText | null
}

/** One legend entry: a swatch and its text. */
export interface ChartLegendEntry {
  kind: 'worst' | 'best'
  /** The swatch: a short bar in the colour of harm (worst) or of benefit (best). */
  rect: ChartRect
  text: ChartText
}

/** The complete layout of a chart block, for any renderer. */
export interface ChartGeometry {
  width: number
  height: number
  /** The plotting area beside the label column. */
  plot: { x: number; y: number; width: number; height: number }
  /** Horizontal position of the value 0. */
  zeroX: number
  /** Points per scale step (a mirrored chart's values grow to the left). */
  unit: number
  labelColumn: { x: number; width: number }
  /** Light vertical lines at every tick, behind the bars. */
  gridLines: ChartLine[]
  /** The line at 0, drawn over the grid. */
  zeroLine: ChartLine
  /** The horizontal axis under the rows. */
  axisLine: ChartLine
  ticks: ChartTickGeometry[]
  rows: ChartRowGeometry[]
  legend: ChartLegendEntry[]
}

/** The space the chart gets; everything else follows from it. */
export interface ChartGeometryOptions {
  width: number
  /** Base font size; the other sizes and spacings scale with it. Default 9. */
  fontSize?: number
  /**
   * The reading direction. Right to left mirrors the chart: labels on the right, harm drawn
   * towards them, the scale read from the right. Default left to right.
   */
  direction?: 'ltr' | 'rtl'
}

/** Average glyph width as a share of the font size; renderers' real fonts are close to it. */
const CHAR_WIDTH = 0.55

/** An estimate of a text's width, used to fit labels without font metrics. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_WIDTH
}

const round = (n: number) => Math.round(n * 100) / 100

function formatTick(value: number): string {
  if (value === 0) return '0'
  return value < 0 ? `\u2212${Math.abs(value)}` : `+${value}`
}

/** Breaks a label into at most `maxLines` lines of the given width, ending with "…" if cut. */
function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)))
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (Array.from(candidate).length <= maxChars || !line) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  if (lines.length === 0) return ['']
  const kept = lines.slice(0, maxLines)
  const cut = lines.length > maxLines
  return kept.map((l, i) => {
    const last = i === kept.length - 1
    const chars = Array.from(l)
    if (chars.length > maxChars || (last && cut))
      return `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`
    return l
  })
}

/**
 * Lays out the chart for a given width: label column, plot area with grid, zero line and ticks,
 * one band per row with the worst rating and the strongest benefit as bars from zero (a mixed
 * row's harm on the left and its benefit on the right), and a legend under the axis. The numbers in words are not drawn: the report puts them in a table
 * next to the chart, where they can be read and copied.
 */
export function chartGeometry(chart: ChartBlock, options: ChartGeometryOptions): ChartGeometry {
  const width = Math.max(120, options.width)
  const fontSize = options.fontSize ?? 9
  const smallSize = round(fontSize * 0.85)
  const lineHeight = fontSize * 1.25
  const gap = fontSize
  const rowHeight = round(Math.max(2 * lineHeight, fontSize * 2) + fontSize * 0.8)
  const rowGap = round(fontSize * 0.4)
  const barHeight = round(fontSize * 1.1)
  const min = Math.min(chart.min, 0)
  const max = Math.max(chart.max, 0)

  // The label column fits the longest label, up to 30 % of the width (longer labels wrap).
  const longestLabel = Math.max(0, ...chart.rows.map((r) => estimateTextWidth(r.label, fontSize)))
  const labelWidth = round(Math.min(width * 0.3, longestLabel + gap))
  // Keep the end ticks' numbers inside the plot.
  const inset = round(estimateTextWidth('\u22123', smallSize) / 2 + 1)
  const plotX = round(labelWidth + inset)
  const plotWidth = round(width - plotX - inset)
  const unit = round(plotWidth / (max - min))
  const xOf = (v: number) => round(plotX + (Math.max(min, Math.min(max, v)) - min) * unit)
  const zeroX = xOf(0)

  const top = 0
  const rows: ChartRowGeometry[] = chart.rows.map((row, i) => {
    const y = round(top + i * (rowHeight + rowGap))
    const centerY = round(y + rowHeight / 2)
    const lines = wrap(row.label, labelWidth - gap / 2, fontSize, 2)
    const firstBaseline = centerY - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35
    const label: ChartText[] = lines.map((text, l) => ({
      text,
      x: 0,
      y: round(firstBaseline + l * lineHeight),
      anchor: 'start',
      fontSize,
      color: 'text',
      bold: false,
    }))
    const bars: ChartRect[] = []
    let notRated: ChartText | null = null
    const barFrom = (value: number, color: ChartColor): ChartRect => {
      const end = xOf(value)
      return {
        x: Math.min(zeroX, end),
        y: round(centerY - barHeight / 2),
        width: round(Math.abs(end - zeroX)),
        height: barHeight,
        color,
      }
    }
    if (row.worst !== null && row.worst < 0) bars.push(barFrom(row.worst, 'negative'))
    if (row.best !== null) bars.push(barFrom(row.best, 'positive'))
    if (row.worst === 0 && row.best === null) {
      const zeroWidth = 2
      bars.push({
        x: round(zeroX - zeroWidth / 2),
        y: round(centerY - barHeight / 2),
        width: zeroWidth,
        height: barHeight,
        color: 'neutral',
      })
    }
    if (row.worst === null) {
      notRated = {
        text: row.worstText,
        x: round(zeroX + gap / 2),
        y: round(centerY + smallSize * 0.35),
        anchor: 'start',
        fontSize: smallSize,
        color: 'muted',
        bold: false,
      }
    }
    return {
      group: row.group,
      y,
      height: rowHeight,
      centerY,
      label,
      bars,
      notRated,
    }
  })

  const plotHeight = round(
    rows.length ? rows.length * rowHeight + (rows.length - 1) * rowGap : rowHeight,
  )
  const axisY = round(top + plotHeight + rowGap)
  const markLength = round(fontSize * 0.4)
  const numberY = round(axisY + markLength + smallSize)
  const wordY = round(numberY + lineHeight)

  // Tick words where they fit: the ends and zero first, then the rest, never overlapping.
  const placed: { left: number; right: number }[] = []
  const priority = [...chart.ticks].sort(
    (a, b) => tickPriority(a.value, min, max) - tickPriority(b.value, min, max),
  )
  const shown = new Set<number>()
  for (const tick of priority) {
    const w = estimateTextWidth(tick.label, smallSize)
    const x = xOf(tick.value)
    const anchorLeft =
      tick.value === min ? x - inset : tick.value === max ? x + inset - w : x - w / 2
    const span = { left: anchorLeft - gap / 2, right: anchorLeft + w + gap / 2 }
    // Half a point of tolerance absorbs the rounding of positions.
    const inside = span.left >= labelWidth - gap / 2 - 0.5 && span.right <= width + gap / 2 + 0.5
    if (inside && placed.every((p) => span.right <= p.left || span.left >= p.right)) {
      placed.push(span)
      shown.add(tick.value)
    }
  }
  const ticks: ChartTickGeometry[] = chart.ticks.map((tick) => {
    const x = xOf(tick.value)
    const anchor: ChartText['anchor'] =
      tick.value === min ? 'start' : tick.value === max ? 'end' : 'middle'
    const wordX = anchor === 'start' ? round(x - inset) : anchor === 'end' ? round(x + inset) : x
    return {
      value: tick.value,
      x,
      mark: {
        x1: x,
        y1: axisY,
        x2: x,
        y2: round(axisY + markLength),
        color: 'axis',
        strokeWidth: 0.75,
      },
      number: {
        text: formatTick(tick.value),
        x,
        y: numberY,
        anchor: 'middle',
        fontSize: smallSize,
        color: 'text',
        bold: false,
      },
      word: shown.has(tick.value)
        ? {
            text: tick.label,
            x: wordX,
            y: wordY,
            anchor,
            fontSize: smallSize,
            color: 'muted',
            bold: false,
          }
        : null,
    }
  })

  const gridLines: ChartLine[] = chart.ticks
    .filter((t) => t.value !== 0)
    .map((t) => ({
      x1: xOf(t.value),
      y1: top,
      x2: xOf(t.value),
      y2: axisY,
      color: 'grid',
      strokeWidth: 0.5,
    }))
  const zeroLine: ChartLine = {
    x1: zeroX,
    y1: top,
    x2: zeroX,
    y2: axisY,
    color: 'axis',
    strokeWidth: 1,
  }
  const axisLine: ChartLine = {
    x1: plotX,
    y1: axisY,
    x2: round(plotX + plotWidth),
    y2: axisY,
    color: 'axis',
    strokeWidth: 0.75,
  }

  // Legend under the tick words, entries side by side, wrapping to a new line when full.
  const legendTop = round((shown.size > 0 ? wordY : numberY) + lineHeight)
  const swatch = round(fontSize * 1.6)
  const legend: ChartLegendEntry[] = []
  let cursorX = 0
  let cursorY = legendTop
  const legendItems: { kind: ChartLegendEntry['kind']; text: string }[] = [
    { kind: 'worst', text: chart.worstLabel },
    { kind: 'best', text: chart.bestLabel },
  ]
  for (const item of legendItems) {
    const entryWidth = swatch + gap / 2 + estimateTextWidth(item.text, smallSize)
    if (cursorX > 0 && cursorX + entryWidth > width) {
      cursorX = 0
      cursorY = round(cursorY + lineHeight * 1.4)
    }
    const cy = round(cursorY + lineHeight / 2)
    const text: ChartText = {
      text: item.text,
      x: round(cursorX + swatch + gap / 2),
      y: round(cy + smallSize * 0.35),
      anchor: 'start',
      fontSize: smallSize,
      color: 'text',
      bold: false,
    }
    legend.push({
      kind: item.kind,
      rect: {
        x: round(cursorX),
        y: round(cy - barHeight / 2),
        width: swatch,
        height: barHeight,
        color: item.kind === 'worst' ? 'negative' : 'positive',
      },
      text,
    })
    cursorX = round(cursorX + entryWidth + gap * 2)
  }
  const height = round(cursorY + lineHeight * 1.4)

  const geometry: ChartGeometry = {
    width,
    height,
    plot: { x: plotX, y: top, width: plotWidth, height: plotHeight },
    zeroX,
    unit,
    labelColumn: { x: 0, width: labelWidth },
    gridLines,
    zeroLine,
    axisLine,
    ticks,
    rows,
    legend,
  }
  return options.direction === 'rtl' ? mirrored(geometry) : geometry
}

/** The same chart seen in a mirror: every x from the other side, text anchored the other way. */
function mirrored(g: ChartGeometry): ChartGeometry {
  const x = (value: number) => g.width - value
  const rect = (r: ChartRect): ChartRect => ({ ...r, x: g.width - r.x - r.width })
  const line = (l: ChartLine): ChartLine => ({ ...l, x1: x(l.x1), x2: x(l.x2) })
  const flip = { start: 'end', middle: 'middle', end: 'start' } as const
  const text = (t: ChartText): ChartText => ({ ...t, x: x(t.x), anchor: flip[t.anchor] })
  return {
    ...g,
    plot: { ...g.plot, x: g.width - g.plot.x - g.plot.width },
    zeroX: x(g.zeroX),
    labelColumn: { ...g.labelColumn, x: g.width - g.labelColumn.x - g.labelColumn.width },
    gridLines: g.gridLines.map(line),
    zeroLine: line(g.zeroLine),
    axisLine: line(g.axisLine),
    ticks: g.ticks.map((tick) => ({
      ...tick,
      x: x(tick.x),
      mark: line(tick.mark),
      number: text(tick.number),
      word: tick.word ? text(tick.word) : null,
    })),
    rows: g.rows.map((row) => ({
      ...row,
      label: row.label.map(text),
      bars: row.bars.map(rect),
      notRated: row.notRated ? text(row.notRated) : null,
    })),
    legend: g.legend.map((entry) => ({ ...entry, rect: rect(entry.rect), text: text(entry.text) })),
  }
}

/** Ends first, then zero, then the others from the outside in. */
function tickPriority(value: number, min: number, max: number): number {
  if (value === min || value === max) return 0
  if (value === 0) return 1
  return 2 + (Math.max(max, -min) - Math.abs(value))
}
