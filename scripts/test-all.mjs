#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: type-check, lint, unit and component tests,
// production build, end-to-end tests in Chromium. Every stage runs even if an earlier one failed,
// so one run shows everything that is wrong. The last line is the plain summary CI reads:
// "N passed, N failed" (counting each test, plus typecheck, lint and build as one check each).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const stages = [
  { name: 'typecheck', cmd: ['npx', 'vue-tsc', '-b'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run'], report: 'reports/vitest.json' },
  { name: 'build', cmd: ['npx', 'vite', 'build'] },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test'],
    report: 'reports/playwright.json',
    needs: 'build',
  },
]

let passed = 0
let failed = 0
const lines = []
const ok = new Set()

for (const stage of stages) {
  if (stage.report) rmSync(stage.report, { force: true })
  if (stage.needs && !ok.has(stage.needs)) {
    failed += 1
    lines.push(`${stage.name}: not run (${stage.needs} failed)`)
    continue
  }
  const started = Date.now()
  console.log(`\n▶ ${stage.name}: ${stage.cmd.join(' ')}`)
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env: process.env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const exitOk = run.status === 0
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
    lines.push(`${stage.name}: no report written (exit ${run.status}) (${seconds}s)`)
  } else {
    if (exitOk) passed += 1
    else failed += 1
    lines.push(`${stage.name}: ${exitOk ? 'ok' : `failed (exit ${run.status})`} (${seconds}s)`)
  }
}

console.log('\nSummary')
for (const line of lines) console.log(`  ${line}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
