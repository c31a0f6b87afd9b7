import { fastCheckRuns } from './fastCheckRuns'

const printed = Symbol.for('iiat.fastCheckRunsPrinted')

/** Vitest global setup: says once per run (not once per project) how many cases each property tries. */
export default function printFastCheckRuns() {
  const seen = globalThis as { [printed]?: boolean }
  if (seen[printed]) return
  seen[printed] = true
  console.log(`fast-check: ${fastCheckRuns().toLocaleString('en')} runs per property`)
}
