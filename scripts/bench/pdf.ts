/**
 * PDF export of the worked example in headless Chromium, cold and warm, read from the app's
 * `iiat:pdf` / `iiat:pdf-render` performance measures (useReportExport.ts).
 */
import { join } from 'node:path'
import { explainFailure, exportOnce, newContext, startWorkedExample, type Export } from './browser'
import { BUDGETS, OUT, RUNS } from './config'
import { stats } from './stats'

export type PdfResult = Awaited<ReturnType<typeof benchWorkedExamplePdf>>

export async function benchWorkedExamplePdf() {
  const cold: Export[] = []
  const warm: Export[] = []
  let info: Export['info'] = null
  const problems: string[] = []
  for (let run = 0; run < RUNS; run++) {
    const { context, problems: p } = await newContext()
    try {
      const page = await context.newPage()
      await startWorkedExample(page)
      await page
        .getByRole('link', { name: /^Report/ })
        .first()
        .click()
      await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor()
      const first = await exportOnce(page, run === 0 ? join(OUT, 'worked-example.pdf') : null)
      if (first.info) info = first.info
      cold.push(first)
      for (let k = 0; k < 2; k++) {
        warm.push(await exportOnce(page))
      }
    } catch (error) {
      throw await explainFailure(error, context, `pdf-run${run + 1}`, p)
    } finally {
      problems.push(...p)
      await context.close()
    }
  }
  const pick = (list: Export[], key: 'pdf' | 'render' | 'wall') => stats(list.map((x) => x[key]))
  const out = {
    cold: {
      pdf: pick(cold, 'pdf'),
      render: pick(cold, 'render'),
      clickToDownload: pick(cold, 'wall'),
    },
    warm: {
      pdf: pick(warm, 'pdf'),
      render: pick(warm, 'render'),
      clickToDownload: pick(warm, 'wall'),
    },
    pdfBytes: info?.bytes ?? null,
    pages: info?.pages ?? null,
    pageProblems: [...new Set(problems)],
  }
  const warmPdf = out.warm.pdf
  return {
    ...out,
    budget: {
      limitMs: BUDGETS.warmPdfMedianMs,
      pass: warmPdf !== null && warmPdf.median <= BUDGETS.warmPdfMedianMs,
    },
  }
}
