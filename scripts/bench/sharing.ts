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
import { statSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { explainFailure, newContext, startWorkedExample } from './browser'
import { RUNS } from './config'
import { benchShareLink } from './share'
import { stats } from './stats'

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

/** One click on "Word document (.docx)": the app's `iiat:docx` measure and the file's size. */
async function exportDocx(page: Page) {
  await page.evaluate(() => performance.clearMeasures())
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Word document (.docx)' }).click()
  const file = await download
  const path = await file.path()
  const bytes = path ? statSync(path).size : null
  await file.delete().catch(() => {})
  const ms = await page.evaluate(
    () => performance.getEntriesByName('iiat:docx', 'measure').at(-1)?.duration ?? null,
  )
  return { ms, bytes }
}

/**
 * The worked example as a Word file: cold (the first export of a page, which fetches the Word
 * code) and warm, and the bytes that first export fetched.
 */
async function benchDocx() {
  const cold: (number | null)[] = []
  const warm: (number | null)[] = []
  let fetchedBytes = 0
  let fetchedFiles: string[] = []
  let docxBytes: number | null = null
  for (let run = 0; run < RUNS; run++) {
    const { context, problems } = await newContext()
    try {
      const page = await context.newPage()
      await startWorkedExample(page)
      await page
        .getByRole('link', { name: /^Report/ })
        .first()
        .click()
      await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor()
      const fetched: { url: string; bytes: number }[] = []
      const count = (request: Request) =>
        void request.sizes().then((s) => {
          fetched.push({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })
        })
      page.on('requestfinished', count)
      const first = await exportDocx(page)
      page.off('requestfinished', count)
      cold.push(first.ms)
      docxBytes = first.bytes
      fetchedBytes = fetched.reduce((sum, f) => sum + f.bytes, 0)
      fetchedFiles = fetched.map((f) => f.url.replace(/^\/assets\//, ''))
      for (let k = 0; k < 2; k++) warm.push((await exportDocx(page)).ms)
    } catch (error) {
      throw await explainFailure(error, context, `docx-run${run + 1}`, problems)
    } finally {
      await context.close()
    }
  }
  return { cold: stats(cold), warm: stats(warm), fetchedBytes, fetchedFiles, docxBytes }
}

export async function benchSharing() {
  return { pdf: await pdfSizes(), link: await benchShareLink(), docx: await benchDocx() }
}
