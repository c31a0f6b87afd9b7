/** The bench's result object (printed last as `BENCH_JSON {...}`), its log and its error list. */
import { cpus } from 'node:os'
import type { BundleResult } from './bundle'
import { RUNS } from './config'
import type { LibraryResult } from './library'
import type { LighthouseResult } from './lighthouse'
import type { PdfResult } from './pdf'
import type { ScriptsResult } from './scripts'
import type { SharingResult } from './sharing'
import type { StressResult } from './stress'
import type { WorkshopResult } from './workshop'

export interface BudgetCheck {
  limit: number
  value: number | null
  pass: boolean
}

export interface BenchResult {
  version: number
  date: string
  machine: { node: string; cpus: number }
  runs: number
  budgets: Record<string, BudgetCheck>
  errors: { where: string; message: string }[]
  bundle?: BundleResult
  pdf?: PdfResult
  stress?: StressResult
  scripts?: ScriptsResult
  sharing?: SharingResult
  library?: LibraryResult
  workshop?: WorkshopResult
  lighthouse?: LighthouseResult
}

export const result: BenchResult = {
  version: 1,
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length },
  runs: RUNS,
  budgets: {},
  errors: [],
}

export const log = (...a: unknown[]) => console.log(...a)

export function section(title: string) {
  log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`)
}

/** Adds an error to the result and prints it. */
export function recordError(where: string, error: unknown) {
  // The first line, plus Playwright's "waiting for <locator>" line that says which step failed.
  const lines = error instanceof Error ? error.message.split('\n') : [String(error)]
  const message = [lines[0], lines.find((l) => /waiting for/.test(l))?.trim()]
    .filter(Boolean)
    .join(' — ')
  result.errors.push({ where, message })
  log(`  ERROR in ${where}: ${message}`)
}
