/**
 * The one-page summary card (issue 10): the proposal, the verdict and its headline, the chart of
 * the groups and the top key messages, with the share link and its QR code when there is one, as
 * an SVG of 1200 × 675 (16:9, for slides and social media), plus its alt text. Built from the
 * ReportModel like every other output; the words come from the report, in its language, and the
 * few labels of the card itself are given by the caller. Pure: text is measured by a function the
 * caller passes (a canvas in the browser), else estimated.
 */
import { chartGeometry, estimateTextWidth, type ChartColor } from './chartGeometry'
import { paragraphDirection } from './direction'
import { CHART_COLOURS, VERDICT_COLOURS } from './palette'
import { qrPath, qrSize, type QrMatrix } from './qrCode'
import { escapeXml } from './xml'
import type { ChartBlock, ReportModel, VerdictBlock } from './model'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 675

/** Width of `text` at `size` px, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number

export interface SummaryCardInput {
  report: ReportModel
  /** The key messages, most important first; the card shows up to three. */
  messages: readonly string[]
  /** The card's own words, in the report's language. */
  labels: { messages: string; madeWith: string; chart: string; link: string }
  /** The report's direction: a right-to-left card is mirrored. */
  direction: 'ltr' | 'rtl'
  link?: string
  /** The QR code of `link`, as its module matrix (true = dark). */
  qr?: QrMatrix
  measure?: MeasureText
}

export interface SummaryCard {
  svg: string
  /** What the card shows, in words, for the `alt` of an image or a post. */
  alt: string
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
const MARGIN = 56
const COLOUR = {
  text: '#1f2933',
  muted: '#52606d',
  accent: '#1e3a5f',
  rule: '#cbd2d9',
  background: '#ffffff',
}
const graphemes = (text: string) =>
  Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (s) => s.segment,
  )

/** `text` cut at a grapheme boundary with "…" so that it fits `width`. */
function clamp(text: string, width: number, size: number, bold: boolean, measure: MeasureText) {
  if (measure(text, size, bold) <= width) return text
  const parts = graphemes(text)
  let lo = 0
  let hi = parts.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(`${parts.slice(0, mid).join('').trimEnd()}…`, size, bold) <= width) lo = mid
    else hi = mid - 1
  }
  return `${parts.slice(0, lo).join('').trimEnd()}…`
}

/** `text` in at most `maxLines` lines of `width`, broken at spaces, what is left clamped. */
function wrap(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (!line || measure(candidate, size, bold) <= width) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const kept = lines.slice(0, maxLines)
  if (lines.length > maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`
  // A word longer than the line, or the text that did not fit, ends with "…".
  return kept.map((l) => clamp(l, width, size, bold, measure))
}

interface Writer {
  out: string[]
  dir: 'ltr' | 'rtl'
}

/** A horizontal position from the card's start edge (left, or right when mirrored). */
const at = (w: Writer, x: number) => (w.dir === 'rtl' ? CARD_WIDTH - x : x)

/**
 * A line of text aligned to the card's start edge. Its own direction is its first strong
 * letter's, so Arabic in an English card reads right to left and stays at the same edge.
 */
function line(
  w: Writer,
  text: string,
  x: number,
  y: number,
  size: number,
  options: { bold?: boolean; colour?: string; align?: 'start' | 'end' } = {},
) {
  const own = paragraphDirection(text)
  const edge = (options.align ?? 'start') === 'start' ? w.dir : w.dir === 'ltr' ? 'rtl' : 'ltr'
  // text-anchor counts in the text's own direction: "start" is the right end of Arabic.
  const anchor = (edge === 'ltr') === (own === 'ltr') ? 'start' : 'end'
  const left = options.align === 'end' ? CARD_WIDTH - x : x
  w.out.push(
    `<text x="${at(w, left)}" y="${y}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''} fill="${options.colour ?? COLOUR.text}" direction="${own}" unicode-bidi="plaintext" text-anchor="${anchor}">${escapeXml(text)}</text>`,
  )
}

function chart(
  w: Writer,
  block: ChartBlock,
  x: number,
  y: number,
  width: number,
  maxHeight: number,
) {
  const g = chartGeometry(block, { width, fontSize: 13, direction: w.dir })
  const scale = Math.min(1, maxHeight / g.height)
  const left = w.dir === 'rtl' ? CARD_WIDTH - x - width * scale : x
  w.out.push(`<g transform="translate(${left} ${y}) scale(${scale.toFixed(3)})">`)
  const rect = (r: { x: number; y: number; width: number; height: number; color: ChartColor }) =>
    w.out.push(
      `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${CHART_COLOURS[r.color]}"/>`,
    )
  const stroke = (l: {
    x1: number
    y1: number
    x2: number
    y2: number
    color: ChartColor
    strokeWidth: number
  }) =>
    w.out.push(
      `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${CHART_COLOURS[l.color]}" stroke-width="${l.strokeWidth}"/>`,
    )
  const text = (t: {
    text: string
    x: number
    y: number
    anchor: string
    fontSize: number
    color: ChartColor
    bold: boolean
  }) =>
    w.out.push(
      `<text x="${t.x}" y="${t.y}" font-size="${t.fontSize}"${t.bold ? ' font-weight="700"' : ''} fill="${CHART_COLOURS[t.color]}" text-anchor="${t.anchor}" direction="ltr" unicode-bidi="plaintext">${escapeXml(t.text)}</text>`,
    )
  g.gridLines.forEach(stroke)
  for (const row of g.rows) {
    row.bars.forEach(rect)
    row.label.forEach(text)
    if (row.notRated) text(row.notRated)
  }
  stroke(g.zeroLine)
  stroke(g.axisLine)
  for (const tick of g.ticks) {
    stroke(tick.mark)
    text(tick.number)
  }
  for (const entry of g.legend) {
    rect(entry.rect)
    text(entry.text)
  }
  w.out.push('</g>')
}

function qrCode(w: Writer, modules: QrMatrix, x: number, y: number, size: number) {
  const side = qrSize(modules)
  const left = w.dir === 'rtl' ? CARD_WIDTH - x - size : x
  w.out.push(
    `<g transform="translate(${left} ${y}) scale(${(size / side).toFixed(4)})"><rect width="${side}" height="${side}" fill="#ffffff"/><path d="${qrPath(modules)}" fill="#000000"/></g>`,
  )
}

/** Builds the card's SVG and alt text. */
export function buildSummaryCard(input: SummaryCardInput): SummaryCard {
  const measure: MeasureText =
    input.measure ?? ((t, size, bold) => estimateTextWidth(t, size) * (bold ? 1.08 : 1))
  const { report, labels } = input
  const blocks = report.sections.flatMap((s) => s.blocks)
  const verdict = blocks.find((b): b is VerdictBlock => b.kind === 'verdict')
  const chartBlock = blocks.find((b): b is ChartBlock => b.kind === 'chart')
  const messages = input.messages
    .map((m) => m.trim())
    .filter(Boolean)
    .slice(0, 3)
  const w: Writer = { out: [], dir: input.direction }
  const inner = CARD_WIDTH - 2 * MARGIN
  const colours = VERDICT_COLOURS[verdict?.verdict ?? 'not-assessed']

  w.out.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOUR.background}"/>`)
  w.out.push(`<rect width="${CARD_WIDTH}" height="12" fill="${COLOUR.accent}"/>`)
  let y = 62
  if (report.cover.subtitle) {
    line(w, clamp(report.cover.subtitle, inner, 20, false, measure), MARGIN, y, 20, {
      colour: COLOUR.muted,
    })
    y += 46
  } else y += 20
  for (const text of wrap(report.cover.title, inner, 34, true, 2, measure)) {
    line(w, text, MARGIN, y, 34, { bold: true, colour: COLOUR.accent })
    y += 42
  }

  // The left column: the verdict and its headline, then the key messages.
  const top = y + 8
  const column = 560
  const headline = wrap(
    verdict?.headline ?? report.cover.headline,
    column - 40,
    20,
    false,
    4,
    measure,
  )
  const verdictLines = wrap(verdict?.label ?? '', column - 40, 22, true, 2, measure)
  const boxHeight = 28 + verdictLines.length * 28 + headline.length * 26 + 12
  const boxStart = w.dir === 'rtl' ? CARD_WIDTH - MARGIN - column : MARGIN
  w.out.push(
    `<rect x="${boxStart}" y="${top}" width="${column}" height="${boxHeight}" rx="8" fill="${colours.tint}"/>`,
  )
  w.out.push(
    `<rect x="${w.dir === 'rtl' ? CARD_WIDTH - MARGIN - 8 : MARGIN}" y="${top}" width="8" height="${boxHeight}" fill="${colours.accent}"/>`,
  )
  y = top + 36
  for (const text of verdictLines) {
    line(w, text, MARGIN + 28, y, 22, { bold: true, colour: colours.accent })
    y += 28
  }
  for (const text of headline) {
    line(w, text, MARGIN + 28, y, 20)
    y += 26
  }
  y = top + boxHeight + 40
  if (messages.length) {
    line(w, labels.messages, MARGIN, y, 20, { bold: true, colour: COLOUR.accent })
    y += 30
    for (const message of messages) {
      if (y > CARD_HEIGHT - 90) break
      const lines = wrap(message, column - 24, 18, false, 2, measure)
      w.out.push(`<circle cx="${at(w, MARGIN + 6)}" cy="${y - 6}" r="4" fill="${COLOUR.accent}"/>`)
      for (const text of lines) {
        line(w, text, MARGIN + 22, y, 18)
        y += 24
      }
      y += 8
    }
  }

  // The right column: the chart, and the QR code under it when there is one.
  const chartX = MARGIN + column + 48
  const chartWidth = CARD_WIDTH - MARGIN - chartX
  const qrSize = input.qr ? 132 : 0
  if (chartBlock) {
    line(w, labels.chart, chartX, top + 18, 18, { bold: true, colour: COLOUR.accent })
    chart(
      w,
      chartBlock,
      chartX,
      top + 32,
      chartWidth,
      CARD_HEIGHT - top - 32 - 70 - (qrSize ? qrSize + 8 : 0),
    )
  }
  if (input.qr) qrCode(w, input.qr, CARD_WIDTH - MARGIN - qrSize, CARD_HEIGHT - 64 - qrSize, qrSize)

  // The foot: who made it, when, and the link.
  w.out.push(
    `<line x1="${MARGIN}" y1="${CARD_HEIGHT - 52}" x2="${CARD_WIDTH - MARGIN}" y2="${CARD_HEIGHT - 52}" stroke="${COLOUR.rule}" stroke-width="1"/>`,
  )
  const foot = `${labels.madeWith} · ${report.meta.generatedOn}`
  const footWidth = input.link ? inner * 0.6 - 16 : inner
  line(w, clamp(foot, footWidth, 15, false, measure), MARGIN, CARD_HEIGHT - 24, 15, {
    colour: COLOUR.muted,
  })
  if (input.link) {
    const shown = input.link.replace(/^https?:\/\//, '')
    line(w, clamp(shown, inner * 0.4 - 16, 15, false, measure), MARGIN, CARD_HEIGHT - 24, 15, {
      colour: COLOUR.muted,
      align: 'end',
    })
  }

  const alt = [
    report.cover.title,
    report.cover.subtitle,
    verdict ? `${verdict.label}. ${verdict.headline}` : report.cover.headline,
    ...(chartBlock?.rows.map((row) =>
      [row.label, row.worstText, row.bestText].filter(Boolean).join(': '),
    ) ?? []),
    ...(messages.length ? [`${labels.messages}: ${messages.join(' ')}`] : []),
    ...(input.link ? [`${labels.link}: ${input.link}`] : []),
  ]
    .map((part) => part.trim().replace(/[.:]$/, ''))
    .filter(Boolean)
    .join('. ')

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" lang="${escapeXml(report.meta.locale)}" direction="${input.direction}" font-family="${FONT}" role="img" aria-labelledby="card-title card-desc">`,
    `<title id="card-title">${escapeXml(report.cover.title)}</title>`,
    `<desc id="card-desc">${escapeXml(alt)}</desc>`,
    ...w.out,
    '</svg>',
  ].join('\n')
  return { svg, alt: `${alt}.` }
}
