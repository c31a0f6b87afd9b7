#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: performance measurements of the built app, outside `npm test`.
 *
 * Builds (vite build), serves dist with `vite preview` on port 4174, then measures:
 *   1. bundle: gzip (level 9) of the initial JS+CSS that index.html loads (following static
 *      imports), of every lazy chunk, and the raw size of the font assets;
 *   2. PDF export of the worked example in headless Chromium, cold and warm, read from the
 *      app's `iiat:pdf` / `iiat:pdf-render` performance measures (useReportExport.ts);
 *   3. a stress document (every text field at its maximum, 200 evidence notes, 100 tactics)
 *      imported through "Open a file…" and exported as PDF;
 *   4. the library with 200 stored assessments: navigation start → 200 rows in the table;
 *   5. Lighthouse (mobile preset, the pinned devDependency) on `/` and on the Analyze and Report
 *      steps of a stored assessment.
 * Checks the budgets (BUDGETS below; the first-load size through size-limit and .size-limit.js),
 * prints a table and, last, one line `BENCH_JSON {...}` for other tools.
 * The stress document is built from the schema (scripts/bench/stressFixture.ts) and IndexedDB is
 * read and written with the end-to-end tests' helpers (tests/e2e/idb.ts); both TypeScript
 * modules are loaded through Vite's module runner. Nothing waits a fixed time: every wait is
 * for a condition in the page.
 *
 * Env: BENCH_RUNS (default 5) timing runs per measure, BENCH_LH_RUNS (default 3) Lighthouse runs
 * per URL, BENCH_SKIP_LH=1 skips Lighthouse, BENCH_SKIP_BUILD=1 reuses dist/,
 * BENCH_ONLY=pdf,stress,library,lighthouse runs only those (the bundle is always measured).
 * `--strict` exits 1 when a budget fails (default: always 0 when the bench itself ran).
 */
import { spawn, execFile, execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('../src/domain').Assessment} Assessment */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {import('node:child_process').ExecFileException} ExecFileException */
/** @typedef {{ median: number, min: number, max: number, n: number, values: number[] }} Stats */
/** @typedef {{ limit: number, value: number | null, pass: boolean }} BudgetCheck */
/** @typedef {{ file: string, raw: number, gzip: number }} SizedFile */
/** @typedef {ReturnType<typeof measureBundle> & { budget?: { limitBytes: number, pass: boolean, sizeLimitBytes: number } }} BundleResult */
/** @typedef {Awaited<ReturnType<typeof benchWorkedExamplePdf>>} PdfResult */
/** @typedef {{ pdf: Stats | null, render: Stats | null }} PdfTimes */
/**
 * @typedef {object} StressResult
 * @property {number} fileBytes
 * @property {number} maxFileBytes
 * @property {Record<string, number>} counts
 * @property {{ ms: number } | null} import
 * @property {PdfTimes | null} cold
 * @property {PdfTimes | null} warm
 * @property {number | null} pdfBytes
 * @property {number | null} pages
 * @property {Stats | null} [reportOpen]
 * @property {string[]} [pageProblems]
 */
/** @typedef {Awaited<ReturnType<typeof benchLibrary>>} LibraryResult */
/** @typedef {Awaited<ReturnType<typeof lighthouseRuns>> & { seeded?: string }} LighthousePage */
/** @typedef {{ tool: string, preset: string, pages: Record<string, LighthousePage> }} LighthouseResult */
/**
 * @typedef {object} BenchResult
 * @property {number} version
 * @property {string} date
 * @property {{ node: string, cpus: number }} machine
 * @property {number} runs
 * @property {Record<string, BudgetCheck>} budgets
 * @property {{ where: string, message: string }[]} errors
 * @property {BundleResult} [bundle]
 * @property {PdfResult} [pdf]
 * @property {StressResult} [stress]
 * @property {LibraryResult} [library]
 * @property {LighthouseResult} [lighthouse]
 */
/** @typedef {{ selector?: string, nodeLabel?: string }} LhNode */
/** @typedef {LhNode & { type?: string, items?: { node?: LhNode }[] }} LhItem */
/**
 * The parts of a Lighthouse JSON report that the bench reads.
 * @typedef {object} LhReport
 * @property {{ message: string }} [runtimeError]
 * @property {Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>} categories
 * @property {Record<string, { score?: number | null, numericValue?: number, details?: { items?: LhItem[] } } | undefined>} audits
 * @property {string} [finalDisplayedUrl]
 * @property {string} [finalUrl]
 */
/** The page's window with the marks the library measure leaves on it. */
/** @typedef {Window & { __benchRowsDom?: number, __benchRowsFrame?: number }} BenchWindow */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/**
 * Loads one of the project's TypeScript modules (with the `@/` alias) in Node.
 * @template T
 * @param {string} path
 * @returns {Promise<T>}
 */
async function loadTs(path) {
  const { module } = await runnerImport(join(ROOT, path), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': join(ROOT, 'src') } },
  })
  return module
}
/** @type {typeof import('./bench/stressFixture')} */
const { stressFile, MAX_FILE_BYTES } = await loadTs('scripts/bench/stressFixture.ts')
/** @type {typeof import('../tests/e2e/idb')} */
const { putRecords, readRecords, waitForRecord } = await loadTs('tests/e2e/idb.ts')
const PORT = 4174
const BASE = `http://127.0.0.1:${PORT}`
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 5)
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS) || 3)
const STRESS_RUNS = Math.max(3, Math.min(RUNS, 3))
const LIBRARY_SIZE = 200
/** Lighthouse is the pinned devDependency, run with this Node, never a version fetched at run time. */
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
const LIGHTHOUSE = `lighthouse@${JSON.parse(readFileSync(join(dirname(LIGHTHOUSE_CLI), '..', 'package.json'), 'utf8')).version}`
const STRICT = process.argv.includes('--strict')
const ONLY = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim()))
  : null
const wanted = (/** @type {string} */ name) => !ONLY || ONLY.has(name)

/**
 * The budgets (issue 6), on medians. The first-load size limit itself lives in .size-limit.js;
 * initialGzipBytes only labels it here.
 */
const BUDGETS = {
  initialGzipBytes: 70 * 1024,
  warmPdfMedianMs: 150,
  stressPdfMedianMs: 1500,
  libraryRowsMedianMs: 200,
  lighthouse: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
}
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
]

const OUT = mkdtempSync(join(tmpdir(), 'iiat-bench-'))
/**
 * The bench builds into (and serves) its own folder, not the checkout's dist/: other processes
 * (e2e runs, builds) may replace dist/ while the bench is running.
 */
const DIST = join(OUT, 'dist')
/** @type {BenchResult} */
const result = {
  version: 1,
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  runs: RUNS,
  budgets: {},
  errors: [],
}
const log = (/** @type {unknown[]} */ ...a) => console.log(...a)

// ---------------------------------------------------------------------------------------------
// small helpers

/**
 * @param {(number | null | undefined)[]} values
 * @returns {Stats | null}
 */
function stats(values, digits = 1) {
  const v = values
    .filter(/** @returns {x is number} */ (x) => Number.isFinite(x))
    .sort((a, b) => a - b)
  if (!v.length) return null
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
  const r = (/** @type {number} */ x) => Math.round(x * 10 ** digits) / 10 ** digits
  return { median: r(median), min: r(v[0]), max: r(v[v.length - 1]), n: v.length, values: v.map(r) }
}
const ms = (/** @type {Stats | null | undefined} */ s) =>
  s ? `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})` : 'n/a'
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * @param {string[]} headers
 * @param {unknown[][]} rows
 */
function table(headers, rows) {
  const all = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')))
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (/** @type {string[]} */ r) =>
    '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [
    line(all[0]),
    '  ' + widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n')
}

/** @param {string} title */
function section(title) {
  log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`)
}

/**
 * @param {string} where
 * @param {unknown} error
 */
function recordError(where, error) {
  // The first line, plus Playwright's "waiting for <locator>" line that says which step failed.
  const lines = error instanceof Error ? error.message.split('\n') : [String(error)]
  const message = [lines[0], lines.find((l) => /waiting for/.test(l))?.trim()]
    .filter(Boolean)
    .join(' — ')
  result.errors.push({ where, message })
  log(`  ERROR in ${where}: ${message}`)
}

// ---------------------------------------------------------------------------------------------
// preview server (killed on exit, also on errors and Ctrl-C)

/** @type {ChildProcess | null} */
let server = null
function stopServer() {
  if (!server || server.exitCode !== null) return
  try {
    process.kill(-Number(server.pid), 'SIGTERM') // the whole group: npx and the vite node process
  } catch {
    try {
      server.kill('SIGTERM')
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer()
    process.exit(130)
  })
}

async function startServer() {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server = child
  // Ready when vite prints the address it listens on; it exits at once when the port is taken.
  let output = ''
  await new Promise((resolveReady, rejectReady) => {
    const timer = setTimeout(
      () => rejectReady(new Error(`vite preview did not start on ${BASE}: ${output.trim()}`)),
      30_000,
    )
    const onData = (/** @type {Buffer} */ d) => {
      output += d
      if (output.includes(BASE)) {
        clearTimeout(timer)
        resolveReady(undefined)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', () => {
      clearTimeout(timer)
      rejectReady(new Error(`vite preview exited: ${output.trim()}`))
    })
  })
  const response = await fetch(BASE + '/')
  if (!response.ok) throw new Error(`vite preview answered ${response.status} on ${BASE}/`)
}

// ---------------------------------------------------------------------------------------------
// 1. bundle sizes

/**
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/** @param {string} tag */
function attrsOf(tag) {
  /** @type {Record<string, string | undefined>} */
  const attrs = {}
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  return attrs
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in a built chunk; never `import("x")`. */
/** @param {string} code */
function staticImports(code) {
  const specs = []
  const re =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.(?:js|mjs|css))["']/g
  for (const m of code.matchAll(re)) specs.push(m[1])
  return specs
}

function measureBundle() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const toFile = (/** @type {string} */ url) => join(DIST, url.replace(/^\//, '').split(/[?#]/)[0])
  /** @type {Map<string, string>} */
  const initial = new Map() // file → how it is loaded
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attrsOf(m[0].slice(m[1].length + 1))
    const rel = (a.rel ?? '').toLowerCase()
    if (m[1].toLowerCase() === 'script' && a.src && /^module$/i.test(a.type ?? ''))
      initial.set(toFile(a.src), 'script')
    else if (rel === 'modulepreload' && a.href) initial.set(toFile(a.href), 'modulepreload')
    else if (rel === 'stylesheet' && a.href) initial.set(toFile(a.href), 'stylesheet')
  }
  const queue = [...initial.keys()].filter((f) => f.endsWith('.js'))
  while (queue.length) {
    const file = queue.shift()
    if (file === undefined || !existsSync(file)) continue
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue
      const target = spec.startsWith('/') ? toFile(spec) : resolve(dirname(file), spec)
      if (initial.has(target)) continue
      initial.set(target, `static import of ${relative(DIST, file)}`)
      if (target.endsWith('.js')) queue.push(target)
    }
  }
  const gz = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length
  const rel = (/** @type {string} */ f) => relative(DIST, f).split('\\').join(posix.sep)
  const files = walk(DIST)
  const initialRows = [...initial.entries()].map(([file, how]) => ({
    file: rel(file),
    how,
    raw: existsSync(file) ? statSync(file).size : 0,
    gzip: existsSync(file) ? gz(file) : 0,
    missing: !existsSync(file),
  }))
  const assets = files.filter((f) => rel(f).startsWith('assets/'))
  const lazy = assets
    .filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
    .map((f) => ({ file: rel(f), raw: statSync(f).size, gzip: gz(f) }))
    .sort((a, b) => b.gzip - a.gzip)
  const fonts = files
    .filter((f) => /\.(ttf|otf|woff2?)$/i.test(f))
    .map((f) => ({ file: rel(f), raw: statSync(f).size }))
  const other = files
    .filter((f) => /\.(js|css)$/.test(f) && !rel(f).startsWith('assets/'))
    .map((f) => ({ file: rel(f), raw: statSync(f).size, gzip: gz(f) }))
  const initialGzip = initialRows.reduce((n, r) => n + r.gzip, 0)
  const initialRaw = initialRows.reduce((n, r) => n + r.raw, 0)
  return {
    initial: { gzipBytes: initialGzip, rawBytes: initialRaw, files: initialRows },
    lazy: { gzipBytes: lazy.reduce((n, r) => n + r.gzip, 0), files: lazy },
    fonts: { rawBytes: fonts.reduce((n, r) => n + r.raw, 0), files: fonts },
    outsideAssets: other,
  }
}

/** The first-load budget as size-limit checks it (.size-limit.js), on the bench's own build. */
/** @returns {Promise<{ name: string, size: number, limit: number, pass: boolean }>} */
async function sizeLimit() {
  const { stdout, stderr } = await run('npx', ['size-limit', '--json'], {
    cwd: ROOT,
    env: { ...process.env, SIZE_LIMIT_DIST: DIST },
  })
  /** @type {{ name: string, size: number, sizeLimit: number, passed: boolean }[]} */
  let checks
  try {
    checks = JSON.parse(stdout)
  } catch {
    throw new Error(`size-limit printed no JSON: ${String(stderr).trim().split('\n').at(-1)}`)
  }
  const [first] = checks
  return { name: first.name, size: first.size, limit: first.sizeLimit, pass: first.passed }
}

// ---------------------------------------------------------------------------------------------
// browser helpers

/** @type {Browser | null} */
let browser = null

async function newContext() {
  if (!browser) throw new Error('the browser is not running')
  // Service workers are blocked so that every context starts cold and the precache download of
  // the PWA does not compete with what is measured.
  const context = await browser.newContext({
    baseURL: BASE,
    acceptDownloads: true,
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  })
  /** @type {string[]} */
  const problems = []
  context.on('page', (page) => watch(page, problems))
  return { context, problems }
}

/**
 * @param {Page} page
 * @param {string[]} problems
 */
function watch(page, problems) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
}

/** Library → "Start from the worked example"; returns the new assessment's id. */
/** @param {Page} page */
async function startWorkedExample(page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await page.waitForURL(/\/a\/[^/]+\//)
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2])
  await page.getByRole('heading', { level: 1, name: 'Flag the proposal' }).waitFor()
  return id
}

/** @param {string} path */
function pdfInfo(path) {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), bytes: statSync(path).size }
}

/**
 * Clicks "Download PDF report" once and returns the app's measures plus the wall time from the
 * click to the download event; saves the file when `savePath` is given.
 */
/**
 * @param {Page} page
 * @param {string | null} [savePath]
 */
async function exportOnce(page, savePath, timeout = 60_000) {
  const button = page.getByRole('button', { name: 'Download PDF report' })
  await button.waitFor()
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((x) =>
        x.textContent?.includes('Download PDF report'),
      )
      return b && b.getAttribute('aria-disabled') !== 'true'
    },
    null,
    { timeout },
  )
  await page.evaluate(() => performance.clearMeasures())
  const download = page.waitForEvent('download', { timeout })
  const t0 = Date.now()
  await button.click()
  const file = await download
  const wall = Date.now() - t0
  const measures = await page.evaluate(() => ({
    pdf: performance.getEntriesByName('iiat:pdf', 'measure').at(-1)?.duration ?? null,
    render: performance.getEntriesByName('iiat:pdf-render', 'measure').at(-1)?.duration ?? null,
  }))
  if (measures.pdf === null)
    throw new Error('no iiat:pdf performance measure: is the hook in useReportExport.ts missing?')
  let info = null
  if (savePath) {
    await file.saveAs(savePath)
    info = pdfInfo(savePath)
  }
  await file.delete().catch(() => {})
  return { ...measures, wall, info }
}

/** Screenshots the context's pages and adds where to find them (and page errors) to the error. */
/**
 * @param {unknown} error
 * @param {BrowserContext} context
 * @param {string} name
 * @param {string[]} problems
 */
async function explainFailure(error, context, name, problems) {
  const shots = []
  for (const [i, page] of context.pages().entries()) {
    const path = join(OUT, `failure-${name}-${i + 1}.png`)
    if (
      await page.screenshot({ path }).then(
        () => true,
        () => false,
      )
    )
      shots.push(path)
  }
  if (!(error instanceof Error)) return error
  const [head, ...rest] = error.message.split('\n')
  const facts = [
    shots.length ? `screenshot ${shots.join(', ')}` : '',
    problems.length ? `page: ${problems.slice(0, 3).join(' | ')}` : '',
  ].filter(Boolean)
  error.message = [head + (facts.length ? ` [${facts.join('; ')}]` : ''), ...rest].join('\n')
  return error
}

// ---------------------------------------------------------------------------------------------
// 2. worked example PDF

async function benchWorkedExamplePdf() {
  /** @typedef {Awaited<ReturnType<typeof exportOnce>>} Export */
  /** @type {Export[]} */
  const cold = []
  /** @type {Export[]} */
  const warm = []
  /** @type {ReturnType<typeof pdfInfo> | null} */
  let info = null
  /** @type {string[]} */
  const problems = []
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
  const pick = (/** @type {Export[]} */ list, /** @type {'pdf' | 'render' | 'wall'} */ key) =>
    stats(list.map((x) => x[key]))
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

// ---------------------------------------------------------------------------------------------
// 3. stress document

async function benchStress() {
  const file = stressFile()
  const path = join(OUT, 'stress.iia.json')
  writeFileSync(path, file.text)
  /** @type {StressResult} */
  const out = {
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
    await page.getByLabel('Open a file…', { exact: true }).setInputFiles({
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
      records.find(
        (r) => /** @type {Assessment | undefined} */ (r.doc)?.flag?.title === file.doc.flag.title,
      ) ?? records[0]
    if (!record) throw new Error('the imported stress document is not in IndexedDB')
    /** @type {Awaited<ReturnType<typeof exportOnce>>[]} */
    const cold = []
    /** @type {Awaited<ReturnType<typeof exportOnce>>[]} */
    const warm = []
    /** @type {number[]} */
    const reportOpen = []
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

// ---------------------------------------------------------------------------------------------
// 4. library with 200 assessments

async function benchLibrary() {
  const { context, problems } = await newContext()
  try {
    const page = await context.newPage()
    const id = await startWorkedExample(page)
    const record = await waitForRecord(page, id)
    const source = /** @type {Assessment} */ (record.doc)
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
      const w = /** @type {BenchWindow} */ (window)
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
    /** @type {(number | undefined)[]} */
    const dom = []
    /** @type {(number | undefined)[]} */
    const frame = []
    let rows = 0
    // One unmeasured load first (HTTP cache), then RUNS measured navigations.
    for (let run = 0; run <= RUNS; run++) {
      await measured.goto('/', { waitUntil: 'commit' })
      await measured.waitForFunction(
        () => /** @type {BenchWindow} */ (window).__benchRowsFrame,
        null,
        { timeout: 60_000 },
      )
      const t = await measured.evaluate(() => ({
        dom: /** @type {BenchWindow} */ (window).__benchRowsDom,
        frame: /** @type {BenchWindow} */ (window).__benchRowsFrame,
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

// ---------------------------------------------------------------------------------------------
// 5. Lighthouse

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileOptions} options
 * @returns {Promise<{ error: ExecFileException | null, stdout: string, stderr: string }>}
 */
function run(cmd, args, options) {
  return new Promise((resolvePromise) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) =>
      resolvePromise({ error, stdout: String(stdout), stderr: String(stderr) }),
    )
  })
}

/** A Chromium profile whose IndexedDB holds the worked example; returns its dir and the id. */
async function seededProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'iiat-bench-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME,
    args: CHROME_FLAGS,
    headless: true,
    baseURL: BASE,
    serviceWorkers: 'block',
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const id = await startWorkedExample(page)
    await waitForRecord(page, id)
    await page.goto('/method') // leave the step page so the last autosave has happened
    return { dir, id }
  } finally {
    await context.close()
    // Start Lighthouse with a cold HTTP cache: keep only the site's storage.
    for (const sub of ['Cache', 'Code Cache', 'GPUCache', 'Service Worker'])
      rmSync(join(dir, 'Default', sub), { recursive: true, force: true })
  }
}

/**
 * @param {string} url
 * @param {string} label
 * @param {string[]} [extraFlags]
 * @param {string[]} [extraArgs]
 */
async function lighthouse(url, label, extraFlags = [], extraArgs = []) {
  const outputPath = join(OUT, `lighthouse-${label}.json`)
  const { error, stderr } = await run(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${[...CHROME_FLAGS, ...extraFlags].join(' ')}`,
      ...extraArgs,
    ],
    { cwd: OUT, env: { ...process.env, CHROME_PATH: CHROME }, timeout: 240_000 },
  )
  if (error || !existsSync(outputPath)) {
    const tail = String(stderr)
      .trim()
      .split('\n')
      .filter((l) => !/EBADENGINE|npm warn/.test(l))
      .slice(-3)
      .join(' | ')
    throw new Error(`lighthouse failed for ${url}: ${error?.message?.split('\n')[0] ?? ''} ${tail}`)
  }
  /** @type {LhReport} */
  const report = JSON.parse(readFileSync(outputPath, 'utf8'))
  if (report.runtimeError)
    throw new Error(`lighthouse runtime error: ${report.runtimeError.message}`)
  /** @type {Record<string, number | null>} */
  const scores = {}
  for (const [k, c] of Object.entries(report.categories))
    scores[k] = c.score === null ? null : Math.round(c.score * 100)
  const audit = (/** @type {string} */ id) => report.audits[id]?.numericValue ?? null
  /** @type {Record<string, number | null>} */
  const metrics = {
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  }
  return {
    scores,
    metrics,
    lcpElement: lcpNodeLabel(report),
    finalUrl: report.finalDisplayedUrl ?? report.finalUrl,
    // Audits that cost points outside performance (e.g. a missing robots.txt for SEO).
    failing: Object.entries(report.categories)
      .filter(([k]) => k !== 'performance')
      .flatMap(([k, c]) =>
        c.auditRefs
          .filter((a) => a.weight > 0 && (report.audits[a.id]?.score ?? 1) < 1)
          .map((a) => `${k}: ${a.id}`),
      ),
  }
}

/** The LCP element's text (Lighthouse 13: a node item of lcp-breakdown-insight); shows what rendered. */
/** @param {LhReport} report */
function lcpNodeLabel(report) {
  const items = report.audits['lcp-breakdown-insight']?.details?.items ?? []
  const node =
    items.find((i) => i?.type === 'node') ??
    report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
  return node ? `${node.selector ?? ''} “${node.nodeLabel ?? ''}”` : null
}

/** `prepare()` gives each run its flags and arguments (and a clean-up), so no run sees another's cache. */
/**
 * @param {string} url
 * @param {string} label
 * @param {() => { flags?: string[], args?: string[], cleanup?: () => void }} [prepare]
 */
async function lighthouseRuns(url, label, prepare = () => ({})) {
  /** @type {Awaited<ReturnType<typeof lighthouse>>[]} */
  const runs = []
  for (let i = 0; i < LH_RUNS; i++) {
    const { flags = [], args = [], cleanup = () => {} } = prepare()
    try {
      runs.push(await lighthouse(url, `${label}-${i + 1}`, flags, args))
    } finally {
      cleanup()
    }
  }
  const categories = Object.keys(runs[0].scores)
  /** @type {Record<string, Stats | null>} */
  const scores = {}
  for (const k of categories) scores[k] = stats(runs.map((r) => r.scores[k]))
  /** @type {Record<string, Stats | null>} */
  const metrics = {}
  for (const k of Object.keys(runs[0].metrics))
    metrics[k] = stats(
      runs.map((r) => r.metrics[k]),
      k === 'cls' ? 3 : 1,
    )
  return {
    url,
    runs: runs.length,
    scores,
    metrics,
    lcpElement: runs[runs.length - 1].lcpElement,
    finalUrl: runs[runs.length - 1].finalUrl,
    failingAudits: [...new Set(runs.flatMap((r) => r.failing))],
  }
}

async function benchLighthouse() {
  /** @type {LighthouseResult} */
  const out = { tool: LIGHTHOUSE, preset: 'mobile (default), simulated throttling', pages: {} }
  // Lighthouse's own Chrome, with a new empty profile per run.
  out.pages.library = await lighthouseRuns(`${BASE}/`, 'library')
  // A fresh copy of the seeded profile per run: the app's service worker, installed during a
  // run, would otherwise serve the next run from its cache.
  const profile = await seededProfile()
  try {
    out.pages.analyze = await lighthouseRuns(
      `${BASE}/a/${encodeURIComponent(profile.id)}/analyze`,
      'analyze',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'iiat-bench-profile-run-'))
        cpSync(profile.dir, dir, { recursive: true })
        return {
          flags: [`--user-data-dir=${dir}`],
          args: ['--disable-storage-reset'],
          cleanup: () => rmSync(dir, { recursive: true, force: true }),
        }
      },
    )
    out.pages.report = await lighthouseRuns(
      `${BASE}/a/${encodeURIComponent(profile.id)}/report`,
      'report',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'iiat-bench-profile-run-'))
        cpSync(profile.dir, dir, { recursive: true })
        return {
          flags: [`--user-data-dir=${dir}`],
          args: ['--disable-storage-reset'],
          cleanup: () => rmSync(dir, { recursive: true, force: true }),
        }
      },
    )
    for (const name of ['analyze', 'report'])
      out.pages[name].seeded =
        'worked example in IndexedDB of a fresh copy of a seeded profile per run (no HTTP cache, no service worker)'
  } finally {
    rmSync(profile.dir, { recursive: true, force: true })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// main

async function main() {
  log('iiat bench: performance of the built app (not part of `npm test`)')
  log('Budgets:')
  log(
    `  - initial JS+CSS (what index.html loads, static imports followed) ≤ ${BUDGETS.initialGzipBytes / 1024} KB gzip (level 9, size-limit)`,
  )
  log(
    `  - PDF export of the worked example, warm (renderer already loaded), median ≤ ${BUDGETS.warmPdfMedianMs} ms`,
  )
  log(`  - PDF export of the stress document, cold, median ≤ ${BUDGETS.stressPdfMedianMs} ms`)
  log(
    `  - ${LIBRARY_SIZE} library rows painted after navigation, median ≤ ${BUDGETS.libraryRowsMedianMs} ms`,
  )
  log(
    `  - Lighthouse mobile on home, Analyze and Report, medians: ${Object.entries(
      BUDGETS.lighthouse,
    )
      .map(([k, v]) => `${k} ≥ ${v}`)
      .join(', ')}`,
  )
  log(
    `Machine: Node ${process.version}, ${result.machine.cpus} CPUs, Chromium ${CHROME}; ${RUNS} runs per timing, medians with (min–max).`,
  )
  log(`Artifacts: ${OUT}`)

  section('Build')
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(ROOT, 'dist', 'index.html'))) {
    cpSync(join(ROOT, 'dist'), DIST, { recursive: true })
    log(`  skipped (BENCH_SKIP_BUILD): copied dist/ to ${DIST}`)
  } else {
    const t0 = Date.now()
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    log(`  vite build → ${DIST}: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }

  section('Bundle (gzip level 9)')
  try {
    /** @type {BundleResult} */
    const b = measureBundle()
    result.bundle = b
    const checked = await sizeLimit()
    b.budget = { limitBytes: checked.limit, pass: checked.pass, sizeLimitBytes: checked.size }
    result.budgets.initialGzip = { limit: checked.limit, value: checked.size, pass: checked.pass }
    log('  Initial (loaded by index.html):')
    log(
      table(
        ['file', 'loaded as', 'raw', 'gzip'],
        b.initial.files.map((f) => [
          f.file + (f.missing ? ' (MISSING)' : ''),
          f.how,
          kb(f.raw),
          kb(f.gzip),
        ]),
      ),
    )
    log(
      `  initial total: ${kb(b.initial.rawBytes)} raw, ${kb(b.initial.gzipBytes)} gzip (${b.initial.gzipBytes} B)`,
    )
    log('\n  Lazy chunks (every other JS/CSS in dist/assets):')
    log(
      table(
        ['file', 'raw', 'gzip'],
        b.lazy.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
      ),
    )
    log(`  lazy total: ${kb(b.lazy.gzipBytes)} gzip`)
    log('\n  Fonts (raw):')
    log(
      table(
        ['file', 'raw'],
        b.fonts.files.map((f) => [f.file, kb(f.raw)]),
      ),
    )
    if (b.outsideAssets.length) {
      log('\n  Outside assets/ (service worker etc., not counted above):')
      log(
        table(
          ['file', 'raw', 'gzip'],
          b.outsideAssets.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
        ),
      )
    }
    log(
      `\n  BUDGET initial JS+CSS (size-limit) ${kb(checked.size)} ≤ ${kb(checked.limit)}: ${checked.pass ? 'PASS' : 'FAIL'}`,
    )
  } catch (error) {
    recordError('bundle', error)
  }

  await startServer()
  log(`\n  preview server: ${BASE} (pid ${server?.pid})`)
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true })

  section('PDF export: worked example')
  if (!wanted('pdf')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const p = await benchWorkedExamplePdf()
      result.pdf = p
      result.budgets.warmPdf = {
        limit: BUDGETS.warmPdfMedianMs,
        value: p.warm.pdf?.median ?? null,
        pass: p.budget.pass,
      }
      log(
        table(
          [
            '',
            'iiat:pdf (click → Blob)',
            'iiat:pdf-render (after chunk)',
            'click → download (wall)',
          ],
          [
            ['cold (fresh page)', ms(p.cold.pdf), ms(p.cold.render), ms(p.cold.clickToDownload)],
            ['warm (same page)', ms(p.warm.pdf), ms(p.warm.render), ms(p.warm.clickToDownload)],
          ],
        ),
      )
      log(`  PDF: ${p.pages} pages, ${kb(p.pdfBytes ?? 0)}`)
      if (p.pageProblems.length) log(`  page problems: ${p.pageProblems.slice(0, 5).join(' | ')}`)
      log(
        `\n  BUDGET warm PDF median ${Math.round(p.warm.pdf?.median ?? NaN)} ms ≤ ${BUDGETS.warmPdfMedianMs} ms: ${p.budget.pass ? 'PASS' : 'FAIL'}`,
      )
    } catch (error) {
      recordError('pdf', error)
    }

  section('Stress document: every field at its maximum')
  if (!wanted('stress')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const s = await benchStress()
      result.stress = s
      result.budgets.stressPdf = {
        limit: BUDGETS.stressPdfMedianMs,
        value: s.cold?.pdf?.median ?? null,
        pass: (s.cold?.pdf?.median ?? Infinity) <= BUDGETS.stressPdfMedianMs,
      }
      log(
        `  file: ${s.fileBytes} B (${kb(s.fileBytes)}), limit ${s.maxFileBytes} B (${kb(s.maxFileBytes)})`,
      )
      log(
        `  contents: ${Object.entries(s.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}; all texts at max length`,
      )
      log(`  import via "Open a file…": ${s.import?.ms} ms;  report page open: ${ms(s.reportOpen)}`)
      log(
        table(
          ['', 'iiat:pdf', 'iiat:pdf-render'],
          [
            ['cold (new page)', ms(s.cold?.pdf), ms(s.cold?.render)],
            ['warm (same page)', ms(s.warm?.pdf), ms(s.warm?.render)],
          ],
        ),
      )
      log(`  PDF: ${s.pages} pages, ${kb(s.pdfBytes ?? 0)}`)
      const stressProblems = s.pageProblems ?? []
      if (stressProblems.length) log(`  page problems: ${stressProblems.slice(0, 5).join(' | ')}`)
    } catch (error) {
      recordError('stress', error)
    }

  section(`Library with ${LIBRARY_SIZE} stored assessments`)
  if (!wanted('library')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const l = await benchLibrary()
      result.library = l
      result.budgets.libraryRows = {
        limit: BUDGETS.libraryRowsMedianMs,
        value: l.rowsPainted?.median ?? null,
        pass: (l.rowsPainted?.median ?? Infinity) <= BUDGETS.libraryRowsMedianMs,
      }
      log(`  rows shown: ${l.rowsShown}`)
      log(
        table(
          ['navigation start →', 'time'],
          [
            [`${LIBRARY_SIZE} rows in the DOM`, ms(l.rowsInDom)],
            ['after the next paint (2×rAF)', ms(l.rowsPainted)],
          ],
        ),
      )
      if (l.pageProblems.length) log(`  page problems: ${l.pageProblems.slice(0, 5).join(' | ')}`)
    } catch (error) {
      recordError('library', error)
    }

  await browser.close()
  browser = null

  section(`Lighthouse ${LIGHTHOUSE}, mobile preset (${LH_RUNS} runs per page)`)
  if (process.env.BENCH_SKIP_LH || !wanted('lighthouse'))
    log('  skipped (BENCH_SKIP_LH / BENCH_ONLY)')
  else {
    try {
      const lh = await benchLighthouse()
      result.lighthouse = lh
      for (const [name, p] of Object.entries(lh.pages))
        for (const [category, min] of Object.entries(BUDGETS.lighthouse)) {
          const value = p.scores[category]?.median ?? null
          result.budgets[`lighthouse.${name}.${category}`] = {
            limit: min,
            value,
            pass: value !== null && value >= min,
          }
        }
      const cats = ['performance', 'accessibility', 'best-practices', 'seo']
      const fmt = (/** @type {Stats | null | undefined} */ s) =>
        s ? (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`) : 'n/a'
      log(
        table(
          ['page', ...cats, 'FCP', 'LCP', 'TBT'],
          Object.entries(lh.pages).map(([name, p]) => [
            `${name} ${new URL(p.url).pathname}`,
            ...cats.map((c) => fmt(p.scores[c])),
            ms(p.metrics.fcpMs).split(' (')[0],
            ms(p.metrics.lcpMs).split(' (')[0],
            ms(p.metrics.tbtMs).split(' (')[0],
          ]),
        ),
      )
      for (const [name, p] of Object.entries(lh.pages)) {
        log(`  ${name}: final URL ${p.finalUrl}`)
        log(`    LCP element: ${p.lcpElement ?? 'n/a'}`)
        log(
          `    CLS: ${p.metrics.cls ? `${p.metrics.cls.median} (${p.metrics.cls.min}–${p.metrics.cls.max})` : 'n/a'}`,
        )
        if (p.failingAudits.length)
          log(`    audits below 100 (non-performance): ${p.failingAudits.join(', ')}`)
      }
    } catch (error) {
      recordError('lighthouse', error)
    }
  }

  section('Summary')
  /** @type {Record<string, [string, (v: number) => string, string]>} */
  const LABELS = {
    initialGzip: ['first load JS+CSS gzip (size-limit)', (v) => kb(v), '≤'],
    warmPdf: ['warm PDF median, worked example', (v) => `${Math.round(v)} ms`, '≤'],
    stressPdf: ['PDF median, stress document (cold)', (v) => `${Math.round(v)} ms`, '≤'],
    libraryRows: [
      `${LIBRARY_SIZE} library rows painted, median`,
      (v) => `${Math.round(v)} ms`,
      '≤',
    ],
  }
  log(
    table(
      ['budget', 'value', 'limit', 'result'],
      Object.entries(result.budgets).map(([key, b]) => {
        const [label, format, op] = LABELS[key] ?? [
          `Lighthouse ${key.split('.').slice(1).join(' ')} (median)`,
          (/** @type {number} */ v) => String(v),
          '≥',
        ]
        return [
          label,
          b.value === null ? 'n/a' : format(b.value),
          `${op} ${format(b.limit)}`,
          b.pass ? 'PASS' : 'FAIL',
        ]
      }),
    ),
  )
  if (result.errors.length)
    log(`  errors: ${result.errors.map((e) => `${e.where}: ${e.message}`).join(' | ')}`)
}

let exitCode = 0
try {
  await main()
} catch (error) {
  recordError('bench', error)
  exitCode = 1
} finally {
  // main() may have left the browser open; the cast undoes the narrowing to `null` from above.
  const openBrowser = /** @type {Browser | null} */ (browser)
  if (openBrowser) await openBrowser.close().catch(() => {})
  stopServer()
}
const budgetsFailed = Object.values(result.budgets).some((b) => !b.pass)
if (STRICT && budgetsFailed) exitCode = 1
console.log('BENCH_JSON ' + JSON.stringify(result))
process.exit(exitCode)
