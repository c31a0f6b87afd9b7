/**
 * Renders a ReportModel as an A4 PDF (DESIGN.md §2, report-pdf): a cover page, then every
 * section with its blocks, then the running footers. The model is the only input besides the
 * font bytes and the theme; nothing is fetched and nothing is computed that the screen preview
 * would not also show.
 */
import { jsPDF } from 'jspdf'
import type { Block, ReportModel, ReportSection } from '@/domain'
import { attachAssessment, type PdfAttachment } from './attachment'
import { leadHeight, renderBlock } from './blocks'
import type { RenderContext } from './context'
import { renderCover } from './cover'
import { registerFonts, type PdfFonts } from './fonts'
import type { Shaper } from './shaped'
import { renderFooters } from './footer'
import { useFastTextMetrics } from './metrics'
import { outputDeflated, useFastStreamCompression } from './streams'
import { textStyles } from './styles'
import { defaultTheme, type PdfTheme } from './theme'
import { PdfWriter } from './writer'

export interface RenderReportPdfOptions {
  fonts: PdfFonts
  theme?: PdfTheme
  /** The shaped-text engine, for a report with text in other scripts (`prepareShaper`). */
  shaper?: Shaper
  /** The assessment file to carry inside the PDF, so the app can open the PDF again. */
  attachment?: PdfAttachment
}

export const PDF_CREATOR = 'Internet Impact Assessment Toolkit app'

/** Report languages written right to left: their PDF is laid out mirrored. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur'])

/** Space under a section title's rule. */
const RULE_GAP = 3

/** How much must fit below a section title: the first block, and the one after a heading. */
function keepWithTitle(ctx: RenderContext, blocks: Block[]): number {
  const [first, second] = blocks
  if (!first) return 0
  const lead = leadHeight(ctx, first)
  return first.kind === 'heading' && second ? lead + leadHeight(ctx, second) : lead
}

function renderSection(ctx: RenderContext, section: ReportSection): void {
  const { w, theme, styles } = ctx
  const rows = w.textRows(section.title, w.left, w.width, styles.sectionTitle)
  const titleHeight = rows.reduce((sum, r) => sum + r.height, 0) + RULE_GAP + 1
  w.space(theme.space.section)
  w.ensure(titleHeight + keepWithTitle(ctx, section.blocks))
  w.flow(rows, { keepTogether: true })
  w.doc.setDrawColor(theme.colour.accent)
  w.doc.setLineWidth(0.4)
  w.doc.line(w.left, w.y + 0.8, w.right, w.y + 0.8)
  w.y += RULE_GAP + 1
  section.blocks.forEach((block, i) => {
    if (i > 0) w.space(theme.space.block)
    renderBlock(ctx, block, section.blocks[i + 1])
  })
}

/** Metadata must be plain text: no line breaks or invisible controls. */
function plain(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function setMetadata(doc: jsPDF, report: ReportModel): void {
  const { meta } = report
  doc.setProperties({
    title: plain(meta.title),
    subject: plain(meta.subject),
    author: plain(meta.authors.join(', ')),
    keywords: plain(meta.keywords.join(', ')),
    creator: PDF_CREATOR,
  })
  doc.setLanguage(meta.locale)
  const generated = new Date(meta.generatedAt)
  if (!isNaN(generated.getTime())) doc.setCreationDate(generated)
}

/** Renders the report; the bytes are a complete PDF file. */
export async function renderReportPdf(
  report: ReportModel,
  options: RenderReportPdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const theme = options.theme ?? defaultTheme
  useFastStreamCompression()
  const doc = new jsPDF({
    unit: 'mm',
    format: theme.page.format,
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  })
  registerFonts(doc, options.fonts)
  useFastTextMetrics(doc)
  setMetadata(doc, report)
  doc.setLineHeightFactor(theme.font.tableLineHeight)

  const shaped = options.shaper ? options.shaper.painter(doc) : null
  const ctx: RenderContext = {
    w: new PdfWriter(doc, theme, shaped, RTL_LANGUAGES.has(report.meta.locale)),
    theme,
    styles: textStyles(theme),
  }
  renderCover(ctx, report)
  ctx.w.newPage()
  for (const section of report.sections) renderSection(ctx, section)
  renderFooters(ctx, report)
  if (options.attachment) await attachAssessment(doc, options.attachment)

  return new Uint8Array(await outputDeflated(doc))
}
