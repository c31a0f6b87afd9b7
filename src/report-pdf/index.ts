/**
 * The PDF export, loaded with a dynamic `import()` only when a person exports, so jsPDF and the
 * fonts stay out of the main bundle. A report with text in scripts the base font lacks loads the
 * shaped-text engine and those scripts' fonts too, and only then.
 */
import type { ReportModel } from '@/domain'
import { needsShaping } from './fonts/base'
import { loadFonts } from './loadFonts'
import { renderReportPdf } from './renderReportPdf'
import type { PdfAttachment } from './attachment'
import type { Shaper } from './shaped'
import type { PdfTheme } from './theme'

export type { PdfAttachment } from './attachment'
export { renderReportPdf, type RenderReportPdfOptions } from './renderReportPdf'
export { defaultTheme, type PdfTheme } from './theme'
export type { PdfFonts } from './fonts'

/** Every string the report holds: the texts its pages may print. */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) stringsOf(item, into)
  return into
}

/** The shaped-text engine with the script fonts `texts` need, or null when none needs one. */
async function shaperFor(
  texts: string[],
  fonts: Awaited<ReturnType<typeof loadFonts>>,
): Promise<Shaper | null> {
  if (!texts.some(needsShaping)) return null
  const shaped = await import('./shaped')
  const needed = [...shaped.fontsNeeded(texts)]
  const bytes = await Promise.all(needed.map((id) => shaped.loadScriptFont(id)))
  return shaped.createShaper(fonts, Object.fromEntries(needed.map((id, i) => [id, bytes[i]!])))
}

/**
 * Renders the report with the embedded fonts, as a file ready to download; with `attachment`,
 * the assessment file travels inside it.
 */
export async function exportReportPdf(
  report: ReportModel,
  options: { theme?: PdfTheme; attachment?: PdfAttachment } = {},
): Promise<Blob> {
  const fonts = await loadFonts()
  const shaper = await shaperFor(stringsOf(report), fonts)
  const bytes = await renderReportPdf(report, { ...options, fonts, shaper: shaper ?? undefined })
  return new Blob([bytes], { type: 'application/pdf' })
}
