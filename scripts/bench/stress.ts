/**
 * The stress document (every text field at its maximum, 200 evidence notes, 100 tactics)
 * imported through "Open a file…" and exported as PDF.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Assessment } from '@/domain'
import { readRecords } from '../../tests/e2e/idb'
import { openFile } from '../../tests/e2e/openFile'
import { explainFailure, exportOnce, newContext, type Export } from './browser'
import { OUT, STRESS_RUNS } from './config'
import { stats, type Stats } from './stats'
import { MAX_FILE_BYTES, stressFile } from './stressFixture'

interface PdfTimes {
  pdf: Stats | null
  render: Stats | null
}

export interface StressResult {
  fileBytes: number
  maxFileBytes: number
  counts: Record<string, number>
  import: { ms: number } | null
  cold: PdfTimes | null
  warm: PdfTimes | null
  pdfBytes: number | null
  pages: number | null
  reportOpen?: Stats | null
  pageProblems?: string[]
}

export async function benchStress() {
  const file = stressFile()
  const path = join(OUT, 'stress.iia.json')
  writeFileSync(path, file.text)
  const out: StressResult = {
    fileBytes: file.bytes,
    maxFileBytes: MAX_FILE_BYTES,
    counts: file.counts,
    import: null,
    cold: null,
    warm: null,
    pdfBytes: null,
    pages: null,
  }
  if (file.bytes >= MAX_FILE_BYTES)
    throw new Error(`stress file is ${file.bytes} bytes, over the limit`)
  const { context, problems } = await newContext()
  try {
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('button', { name: 'Start from the worked example' }).waitFor()
    const t0 = Date.now()
    await openFile(page, {
      name: 'stress.iia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    })
    const ok = page.getByText(/was opened from the file/)
    const failed = page.getByText(/could not be opened/)
    await ok.or(failed).first().waitFor({ timeout: 60_000 })
    out.import = { ms: Date.now() - t0 }
    if (await failed.count()) {
      const details = (await page.locator('body').innerText())
        .split('\n')
        .filter((l) => /›|too|invalid/i.test(l))
      throw new Error(`the app refused the stress file: ${details.slice(0, 5).join(' | ')}`)
    }
    const records = await readRecords(page)
    const record =
      records.find((r) => (r.doc as Assessment | undefined)?.flag?.title === file.doc.flag.title) ??
      records[0]
    if (!record) throw new Error('the imported stress document is not in IndexedDB')
    const cold: Export[] = []
    const warm: Export[] = []
    const reportOpen: number[] = []
    for (let run = 0; run < STRESS_RUNS; run++) {
      const p = run === 0 ? page : await context.newPage()
      const t1 = Date.now()
      await p.goto(`/a/${encodeURIComponent(record.id)}/report`)
      await p.getByRole('button', { name: 'Download PDF report' }).waitFor({ timeout: 60_000 })
      reportOpen.push(Date.now() - t1)
      const first = await exportOnce(p, run === 0 ? join(OUT, 'stress.pdf') : null, 180_000)
      if (first.info) {
        out.pdfBytes = first.info.bytes
        out.pages = first.info.pages
      }
      cold.push(first)
      warm.push(await exportOnce(p, null, 180_000))
      if (p !== page) await p.close()
    }
    out.reportOpen = stats(reportOpen)
    out.cold = { pdf: stats(cold.map((x) => x.pdf)), render: stats(cold.map((x) => x.render)) }
    out.warm = { pdf: stats(warm.map((x) => x.pdf)), render: stats(warm.map((x) => x.render)) }
  } catch (error) {
    throw await explainFailure(error, context, 'stress', problems)
  } finally {
    out.pageProblems = [...new Set(problems)]
    await context.close()
  }
  return out
}
