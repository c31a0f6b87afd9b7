/**
 * What the bench measures against: ports, paths, run counts from the environment, the budgets and
 * the Chromium flags. Read once when the bench starts (scripts/bench.mjs).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The preview server's port; BENCH_PORT moves it, so that two benches can run side by side. */
export const PORT = Number(process.env.BENCH_PORT) || 4174
export const BASE = `http://127.0.0.1:${PORT}`
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 5)
export const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS) || 3)
export const STRESS_RUNS = Math.max(3, Math.min(RUNS, 3))
export const LIBRARY_SIZE = 200
/** Lighthouse is the pinned devDependency, run with this Node, never a version fetched at run time. */
export const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
const lighthousePackage: { version: string } = JSON.parse(
  readFileSync(join(dirname(LIGHTHOUSE_CLI), '..', 'package.json'), 'utf8'),
)
export const LIGHTHOUSE = `lighthouse@${lighthousePackage.version}`
export const STRICT = process.argv.includes('--strict')
const ONLY = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim()))
  : null
/** Whether BENCH_ONLY (when set) names this part of the bench. */
export const wanted = (name: string) => !ONLY || ONLY.has(name)

/**
 * The budgets (issue 6), on medians. The first-load size limit itself lives in .size-limit.js;
 * initialGzipBytes only labels it here.
 */
export const BUDGETS = {
  initialGzipBytes: 71 * 1024,
  warmPdfMedianMs: 150,
  stressPdfMedianMs: 1500,
  libraryRowsMedianMs: 200,
  /** Issue 11: 200 ballots taken in and the console's result rendered (`iiat:workshop-intake`). */
  workshopIntakeMedianMs: 200,
  lighthouse: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
}
export { CHROME_FLAGS } from '../../tests/e2e/chrome'

export const OUT = mkdtempSync(join(tmpdir(), 'iiat-bench-'))
/**
 * The bench builds into (and serves) its own folder, not the checkout's dist/: other processes
 * (e2e runs, builds) may replace dist/ while the bench is running.
 */
export const DIST = join(OUT, 'dist')
