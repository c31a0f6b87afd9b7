/**
 * The cover page: the title and subtitle on a band of the accent colour, the key facts below,
 * and the generation date at the foot of the page. Very long titles are shortened here only;
 * the full title is the document's metadata and the running footer.
 */
import type { ReportModel } from '@/domain'
import type { RenderContext } from './context'
import { renderFacts } from './blocks'
import type { LineRow, TextStyle } from './writer'

const TITLE_TOP = 52
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
  const sum = (rows: LineRow[]) => rows.reduce((total, r) => total + r.height, 0)
  const bandHeight = TITLE_TOP + sum(title) + (subtitle.length ? 4 + sum(subtitle) : 0) + 16

  doc.setFillColor(theme.colour.accent)
  doc.rect(0, 0, w.pageWidth, bandHeight, 'F')
  w.y = TITLE_TOP
  w.flow(title, { keepTogether: true })
  if (subtitle.length) {
    w.y += 4
    w.flow(subtitle, { keepTogether: true })
  }

  w.y = bandHeight + 14
  renderFacts(ctx, cover.facts)

  const generated = w.textRows(cover.generatedOn, w.left, w.width, styles.smallMuted)
  const generatedHeight = sum(generated)
  const foot = w.bottom - generatedHeight
  if (w.y + 8 <= foot) {
    w.y = foot
    doc.setDrawColor(theme.colour.rule)
    doc.setLineWidth(0.3)
    doc.line(w.left, foot - 3, w.right, foot - 3)
  } else {
    w.space(8)
  }
  w.flow(generated, { keepTogether: true })
}
