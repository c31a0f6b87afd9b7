/**
 * The running footer, drawn once all content is placed so the page count is known: the title
 * on the left, "Page N of M" (the model's template) on the right, on every page but the cover.
 */
import type { ReportModel } from '@/domain'
import type { RenderContext } from './context'

export function fillPageTemplate(template: string, page: number, pages: number): string {
  return template.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages))
}

export function renderFooters(ctx: RenderContext, report: ReportModel): void {
  const { w, theme, styles } = ctx
  const doc = w.doc
  const pages = doc.getNumberOfPages()
  const baseline = w.pageHeight - theme.page.footerOffset
  // The title is shortened once per width the page number leaves, not once per page.
  const titles = new Map<number, string>()
  for (let page = 2; page <= pages; page++) {
    doc.setPage(page)
    const number = w.clean(fillPageTemplate(report.meta.pageTemplate, page, pages), 'normal')
    const room = w.width - w.textWidth(number, styles.footer) - 10
    let title = titles.get(room)
    if (title === undefined) {
      title = w.truncate(report.meta.title, room, styles.footer)
      titles.set(room, title)
    }
    doc.setDrawColor(theme.colour.rule)
    doc.setLineWidth(0.25)
    doc.line(w.left, baseline - 4.2, w.right, baseline - 4.2)
    // The title at the start of the line, the page number at its end.
    w.text(title, w.mirrorX(w.left), baseline, styles.footer, w.rtl ? 'right' : 'left')
    w.text(number, w.mirrorX(w.right), baseline, styles.footer, w.rtl ? 'left' : 'right')
  }
}
