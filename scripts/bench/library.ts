/** The library with 200 stored assessments: navigation start → 200 rows in the table. */
import type { Assessment } from '@/domain'
import { putRecords, waitForRecord } from '../../tests/e2e/idb'
import { explainFailure, newContext, startWorkedExample } from './browser'
import { LIBRARY_SIZE, RUNS } from './config'
import { stats } from './stats'

/** The page's window with the marks the measure leaves on it. */
type BenchWindow = Window & { __benchRowsDom?: number; __benchRowsFrame?: number }

export type LibraryResult = Awaited<ReturnType<typeof benchLibrary>>

export async function benchLibrary() {
  const { context, problems } = await newContext()
  try {
    const page = await context.newPage()
    const id = await startWorkedExample(page)
    const record = await waitForRecord(page, id)
    const source = record.doc as Assessment
    const base = Date.parse('2031-01-01T00:00:00.000Z')
    const copies = Array.from({ length: LIBRARY_SIZE }, (_, i) => {
      const doc = structuredClone(source)
      const n = String(i + 1).padStart(3, '0')
      doc.id = `bench-lib-${n}`
      doc.flag.title = `${source.flag.title.slice(0, 250)} #${n}`
      const at = new Date(base + i * 60_000).toISOString()
      doc.createdAt = at
      doc.updatedAt = at
      return { id: doc.id, savedAt: at, rev: 1, doc }
    })
    await putRecords(page, copies, { clear: true })
    await page.close()

    const measured = await context.newPage()
    await measured.addInitScript((count) => {
      const w = window as BenchWindow
      const observer = new MutationObserver(() => {
        if (w.__benchRowsDom) return
        if (document.querySelectorAll('table tbody tr').length >= count) {
          w.__benchRowsDom = performance.now()
          observer.disconnect()
          // The second frame callback runs after the frame holding the rows was painted.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => (w.__benchRowsFrame = performance.now())),
          )
        }
      })
      observer.observe(document, { childList: true, subtree: true })
    }, LIBRARY_SIZE)
    const dom: (number | undefined)[] = []
    const frame: (number | undefined)[] = []
    let rows = 0
    // One unmeasured load first (HTTP cache), then RUNS measured navigations.
    for (let run = 0; run <= RUNS; run++) {
      await measured.goto('/', { waitUntil: 'commit' })
      await measured.waitForFunction(() => (window as BenchWindow).__benchRowsFrame, null, {
        timeout: 60_000,
      })
      const t = await measured.evaluate(() => ({
        dom: (window as BenchWindow).__benchRowsDom,
        frame: (window as BenchWindow).__benchRowsFrame,
      }))
      rows = await measured.locator('table tbody tr').count()
      if (run > 0) {
        dom.push(t.dom)
        frame.push(t.frame)
      }
    }
    return {
      assessments: LIBRARY_SIZE,
      rowsShown: rows,
      rowsInDom: stats(dom),
      rowsPainted: stats(frame),
      pageProblems: [...new Set(problems)],
    }
  } catch (error) {
    throw await explainFailure(error, context, 'library', problems)
  } finally {
    await context.close()
  }
}
