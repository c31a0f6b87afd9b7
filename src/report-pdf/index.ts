/**
 * The PDF export, loaded with a dynamic `import()` only when a person exports, so jsPDF and the
 * fonts stay out of the main bundle.
 */
import type { ReportModel } from '@/domain'
import { loadFonts } from './loadFonts'
import { renderReportPdf } from './renderReportPdf'
import type { PdfTheme } from './theme'

export { renderReportPdf, type RenderReportPdfOptions } from './renderReportPdf'
export { defaultTheme, type PdfTheme } from './theme'
export type { PdfFonts } from './fonts'

/** Renders the report with the embedded fonts, as a file ready to download. */
export async function exportReportPdf(report: ReportModel, theme?: PdfTheme): Promise<Blob> {
  const fonts = await loadFonts()
  const bytes = await renderReportPdf(report, { fonts, theme })
  return new Blob([bytes], { type: 'application/pdf' })
}
