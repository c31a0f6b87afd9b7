/**
 * Sharing (issue 10): what the worked example costs as a shared thing.
 * - the PDF with and without the assessment file attached (rendered in Node, same fonts);
 * - the share link: its length, and encode/decode times in Chromium;
 * - the DOCX export: time from the click to the download, cold and warm, and the bytes it fetches.
 */
import { buildReport } from '@/domain'
import { en } from '@/domain/texts/en'
import { TEMPLATES } from '@/domain/templates/templates'
import { toFile } from '@/persistence/fileTransfer'
import { renderReportPdf } from '@/report-pdf/renderReportPdf'
import { testFonts } from '../../tests/report-pdf/fonts'
import { benchShareLink } from './share'

export type SharingResult = Awaited<ReturnType<typeof benchSharing>>

/** The worked example's PDF, with and without its attachment, and the JSON it carries. */
async function pdfSizes() {
  const now = new Date('2025-03-03T09:30:00.000Z')
  const doc = TEMPLATES[0].create({ id: 'bench', now, locale: 'en' })
  const report = buildReport(doc, { texts: en, now })
  const file = toFile(doc)
  const fonts = testFonts()
  const withFile = await renderReportPdf(report, {
    fonts,
    attachment: {
      ...file,
      documentId: doc.id,
      schemaVersion: doc.schemaVersion,
      format: doc.format,
      modified: now,
    },
  })
  const without = await renderReportPdf(report, { fonts })
  return {
    jsonBytes: new TextEncoder().encode(file.text).length,
    withAttachment: withFile.length,
    without: without.length,
  }
}

export async function benchSharing() {
  return { pdf: await pdfSizes(), link: await benchShareLink() }
}
