#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: performance measurements of the built app, outside `npm test`.
 *
 * Builds (vite build), serves dist with `vite preview` on port 4174 (BENCH_PORT), then measures:
 *   1. bundle: gzip (level 9) of the initial JS+CSS that index.html loads (following static
 *      imports), of every lazy chunk, and the raw size of the font assets;
 *   2. PDF export of the worked example in headless Chromium, cold and warm, read from the
 *      app's `iiat:pdf` / `iiat:pdf-render` performance measures (useReportExport.ts);
 *   3. a stress document (every text field at its maximum, 200 evidence notes, 100 tactics)
 *      imported through "Open a file…" and exported as PDF;
 *   4. PDF export in other scripts: per script family, the bytes fetched at the first export
 *      (shaper and font), cold and warm export times and the PDF's size, against a Latin title;
 *   5. a workshop: 200 ballots merged in Node, then 200 ballot files taken in by the console in
 *      Chromium (the app's `iiat:workshop-intake` measure);
 *   6. the library with 200 stored assessments: navigation start → 200 rows in the table;
 *   7. Lighthouse (mobile preset, the pinned devDependency) on `/` and on the Analyze and Report
 *      steps of a stored assessment.
 * Checks the budgets (BUDGETS in scripts/bench/config.ts; the first-load size through size-limit
 * and .size-limit.js), prints a table and, last, one line `BENCH_JSON {...}` for other tools.
 * This file is only the entry: the bench is the typed modules in scripts/bench/ (config, server,
 * bundle, browser, pdf, stress, scripts, sharing, workshop, library, lighthouse, stats, report;
 * main runs them in order), loaded through Vite's module runner with the app's `@/` alias. The stress document is built
 * from the schema (scripts/bench/stressFixture.ts) and IndexedDB is read and written with the
 * end-to-end tests' helpers (tests/e2e/idb.ts). Nothing waits a fixed time: every wait is for a
 * condition in the page.
 *
 * Env: BENCH_RUNS (default 5) timing runs per measure, BENCH_LH_RUNS (default 3) Lighthouse runs
 * per URL, BENCH_SKIP_LH=1 skips Lighthouse, BENCH_SKIP_BUILD=1 reuses dist/ (or the build in
 * the folder it names: BENCH_SKIP_BUILD=/tmp/bench-dist), BENCH_PORT (default 4174) is the
 * preview server's port, BENCH_ONLY=pdf,stress,scripts,sharing,workshop,library,lighthouse runs
 * only those (the bundle is always measured).
 * `--strict` exits 1 when a budget fails (default: always 0 when the bench itself ran).
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** @type {{ module: typeof import('./bench/main') }} */
const { module } = await runnerImport(join(ROOT, 'scripts/bench/main.ts'), {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': join(ROOT, 'src') } },
})
await module.runBench()
