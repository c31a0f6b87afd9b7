/**
 * The cover page: the title, subtitle, and date and version on a band of the accent colour; below
 * it the headline finding, the abstract, and the authors, contributors and key facts; the small
 * print (licence, contact, generation date) at the foot of the page. Very long titles are
 * shortened here only; the full title is the document's metadata and the running footer.
 */
import type { ReportModel } from '@/domain'
import type { RenderContext } from './context'
import { renderFacts } from './blocks'
import type { LineRow, TextStyle } from './writer'

const TITLE_TOP = 40
const MAX_TITLE_LINES = 6
const MAX_SUBTITLE_LINES = 3

function limitLines(ctx: RenderContext, rows: LineRow[], max: number, width: number): LineRow[] {
  if (rows.length <= max) return rows
  const kept = rows.slice(0, max)
  const last = kept[max - 1]!
  const cell = last.cells[0]!
  cell.text = ctx.w.truncate(`${cell.text}…`, width, cell.style)
  return kept
}

export function renderCover(ctx: RenderContext, report: ReportModel): void {
  const { w, theme, styles } = ctx
  const { cover } = report
  const doc = w.doc
  const titleStyle: TextStyle = {
    size: theme.font.size.coverTitle,
    weight: 'bold',
    colour: theme.colour.onAccent,
  }
  const subtitleStyle: TextStyle = {
    size: theme.font.size.coverSubtitle,
    weight: 'normal',
    colour: theme.colour.onAccent,
  }
  const title = limitLines(
    ctx,
    w.textRows(cover.title, w.left, w.width, titleStyle),
    MAX_TITLE_LINES,
    w.width,
  )
  const subtitle = limitLines(
    ctx,
    w.textRows(cover.subtitle, w.left, w.width, subtitleStyle),
    MAX_SUBTITLE_LINES,
    w.width,
  )
  const dateStyle: TextStyle = { ...subtitleStyle, size: theme.font.size.body + 0.5 }
  const dateLine = w.textRows(cover.dateLine, w.left, w.width, dateStyle)
  const sum = (rows: LineRow[]) => rows.reduce((total, r) => total + r.height, 0)
  const bandHeight =
    TITLE_TOP +
    sum(title) +
    (subtitle.length ? 4 + sum(subtitle) : 0) +
    (dateLine.length ? 6 + sum(dateLine) : 0) +
    14

  doc.setFillColor(theme.colour.accent)
  doc.rect(0, 0, w.pageWidth, bandHeight, 'F')
  w.y = TITLE_TOP
  w.flow(title, { keepTogether: true })
  if (subtitle.length) {
    w.y += 4
    w.flow(subtitle, { keepTogether: true })
  }
  if (dateLine.length) {
    w.y += 6
    w.flow(dateLine, { keepTogether: true })
  }

  w.y = bandHeight + 12
  const headlineStyle: TextStyle = {
    size: theme.font.size.coverSubtitle + 1.5,
    weight: 'bold',
    colour: theme.colour.accent,
  }
  const headline = w.textRows(cover.headline, w.left, w.width, headlineStyle)
  if (headline.length) {
    w.flow(headline, { keepTogether: true })
    w.space(6)
  }
  const abstractStyle: TextStyle = { ...styles.body, size: theme.font.size.body + 1 }
  cover.abstract.forEach((text, i) => {
    if (i > 0) w.space(theme.space.block - 1)
    w.flow(w.textRows(text, w.left, w.width, abstractStyle), { minLines: 2 })
  })
  if (cover.abstract.length) w.space(8)
  renderFacts(ctx, cover.facts)

  const foot = cover.footnotes.flatMap((line) =>
    w.textRows(line, w.left, w.width, styles.smallMuted),
  )
  if (foot.length === 0) return
  const footHeight = sum(foot)
  const footTop = w.bottom - footHeight
  if (w.y + 8 <= footTop) {
    w.y = footTop
    doc.setDrawColor(theme.colour.rule)
    doc.setLineWidth(0.3)
    doc.line(w.left, footTop - 3, w.right, footTop - 3)
  } else {
    w.space(8)
  }
  w.flow(foot, { keepTogether: true })
}
