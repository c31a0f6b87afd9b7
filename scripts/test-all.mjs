#!/usr/bin/env node
// @ts-check
// The whole test suite, as `npm test` runs it: type-check, lint, format check, unused code
// (knip), unit and component tests and the production build run side by side (they do not depend on each other, and each of
// the first three uses one core), then the end-to-end tests in Chromium against that build.
// Every stage runs even if another failed, so one run shows everything that is wrong. Each
// stage's output is printed in one piece when it ends. The last line is the plain summary CI
// reads: "N passed, N failed" (counting each test, plus typecheck, lint, format and build as one
// check each; knip too).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

/**
 * @typedef {{ name: string, cmd: string[], report?: string, needs?: string }} Stage
 * @typedef {{ status: number | null, seconds: string }} Outcome
 */

/** @type {Stage[]} */
const together = [
  { name: 'typecheck', cmd: ['npx', 'vue-tsc', '-b'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'knip', cmd: ['npx', 'knip'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run'], report: 'reports/vitest.json' },
  { name: 'build', cmd: ['npx', 'vite', 'build'] },
]
/** @type {Stage} */
const e2e = {
  name: 'e2e',
  cmd: ['npx', 'playwright', 'test'],
  report: 'reports/playwright.json',
  needs: 'build',
}

let passed = 0
let failed = 0
const lines = []
const ok = new Set()

/**
 * Runs one stage; with `quiet`, its output is collected and printed in one piece at its end.
 * @param {Stage} stage
 * @param {boolean} quiet
 * @returns {Promise<Outcome>}
 */
function run(stage, quiet) {
  if (stage.report) rmSync(stage.report, { force: true })
  const started = Date.now()
  const header = `\n▶ ${stage.name}: ${stage.cmd.join(' ')}`
  if (!quiet) console.log(header)
  return new Promise((resolve) => {
    const child = spawn(stage.cmd[0], stage.cmd.slice(1), {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    })
    /** @type {Buffer[]} */
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    /** @param {number | null} status */
    const finish = (status) => {
      if (quiet) {
        console.log(header)
        process.stdout.write(Buffer.concat(output))
      }
      resolve({ status, seconds: ((Date.now() - started) / 1000).toFixed(1) })
    }
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`))
      finish(null)
    })
    child.on('close', finish)
  })
}

/**
 * Adds a finished stage to the totals and the summary lines.
 * @param {Stage} stage
 * @param {Outcome} outcome
 */
function count(stage, { status, seconds }) {
  const exitOk = status === 0
  if (exitOk) ok.add(stage.name)

  if (stage.report && existsSync(stage.report)) {
    const report = JSON.parse(readFileSync(stage.report, 'utf8'))
    let p = 0
    let f = 0
    if (stage.name === 'unit') {
      p = report.numPassedTests ?? 0
      f = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
    } else {
      p = (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0)
      f = report.stats?.unexpected ?? 0
    }
    // A runner that exits non-zero without a failing test (e.g. a crash) still counts as a failure.
    if (!exitOk && f === 0) f = 1
    if (p + f === 0) f = 1
    passed += p
    failed += f
    lines.push(`${stage.name}: ${p} passed, ${f} failed (${seconds}s)`)
  } else if (stage.report) {
    failed += 1
    lines.push(`${stage.name}: no report written (exit ${status}) (${seconds}s)`)
  } else {
    if (exitOk) passed += 1
    else failed += 1
    lines.push(`${stage.name}: ${exitOk ? 'ok' : `failed (exit ${status})`} (${seconds}s)`)
  }
}

const started = Date.now()
const results = await Promise.all(together.map((stage) => run(stage, true)))
together.forEach((stage, i) => count(stage, results[i]))

if (ok.has(e2e.needs)) count(e2e, await run(e2e, false))
else {
  failed += 1
  lines.push(`${e2e.name}: not run (${e2e.needs} failed)`)
}

console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(1)}s in all)`)
for (const line of lines) console.log(`  ${line}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
