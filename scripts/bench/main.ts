/**
 * The bench's steps in order (build, bundle, PDF, stress document, scripts, sharing, workshop,
 * library, Lighthouse), the tables they print, the budget summary and the final
 * `BENCH_JSON {...}` line.
 */
import { cpSync, existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { closeBrowser, launchBrowser } from './browser'
import { measureBundle, sizeLimit, type BundleResult } from './bundle'
import {
  BASE,
  BUDGETS,
  CHROME,
  DIST,
  LH_RUNS,
  LIBRARY_SIZE,
  LIGHTHOUSE,
  OUT,
  ROOT,
  RUNS,
  STRICT,
  wanted,
} from './config'
import { benchLibrary } from './library'
import { benchLighthouse } from './lighthouse'
import { benchWorkedExamplePdf } from './pdf'
import { benchScripts } from './scripts'
import { benchSharing } from './sharing'
import { log, recordError, result, section } from './report'
import { serverPid, startServer, stopServer } from './server'
import { kb, ms, table, type Stats } from './stats'
import { benchStress } from './stress'
import { benchWorkshopConsole, benchWorkshopDomain, WORKSHOP_BALLOTS } from './workshop'

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
    `  - ${WORKSHOP_BALLOTS} ballot files taken in by the workshop console, result rendered, median ≤ ${BUDGETS.workshopIntakeMedianMs} ms`,
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
  // BENCH_SKIP_BUILD=1 reuses dist/; any other value names the folder of a build to reuse.
  const skip = process.env.BENCH_SKIP_BUILD
  const built = skip && skip !== '1' ? resolve(ROOT, skip) : join(ROOT, 'dist')
  if (skip && existsSync(join(built, 'index.html'))) {
    cpSync(built, DIST, { recursive: true })
    log(`  skipped (BENCH_SKIP_BUILD): copied ${built} to ${DIST}`)
  } else {
    const t0 = Date.now()
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        // Vite's runnerImport (which loaded this module) sets NODE_ENV=development; a build that
        // inherited it would ship Vue's development build and measure that instead.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    )
    log(`  vite build → ${DIST}: ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }

  section('Bundle (gzip level 9)')
  try {
    const b: BundleResult = measureBundle()
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
  log(`\n  preview server: ${BASE} (pid ${serverPid()})`)
  await launchBrowser()

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

  section('PDF export in other scripts: a title and an analysis row in each')
  if (!wanted('scripts')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const rows = await benchScripts()
      result.scripts = rows
      log(
        table(
          ['script', 'fetched at first export', 'cold export', 'warm export', 'PDF'],
          Object.entries(rows).map(([family, r]) => [
            family,
            kb(r.scriptBytes),
            ms(r.cold),
            ms(r.warm),
            kb(r.pdfBytes ?? 0),
          ]),
        ),
      )
      for (const [family, r] of Object.entries(rows))
        if (r.scriptFiles.length) log(`  ${family}: ${r.scriptFiles.join(', ')}`)
      const latin = rows.latin
      if (latin && latin.scriptBytes > 0)
        recordError('scripts', new Error('a Latin export fetched script assets'))
    } catch (error) {
      recordError('scripts', error)
    }

  section('Sharing: the worked example as a PDF that opens again, a link and a Word file')
  if (!wanted('sharing')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const s = await benchSharing()
      result.sharing = s
      log(
        `  PDF with its .iia.json attached: ${s.pdf.withAttachment} B, without: ${s.pdf.without} B (+${s.pdf.withAttachment - s.pdf.without} B for ${s.pdf.jsonBytes} B of JSON)`,
      )
      log(
        `  share link: ${s.link.linkChars} characters; encode ${ms(s.link.encode)}, decode (with parse and migrate) ${ms(s.link.decode)}`,
      )
      log(
        `  Word (.docx): cold ${ms(s.docx.cold)}, warm ${ms(s.docx.warm)}; first export fetched ${kb(s.docx.fetchedBytes)} (${s.docx.fetchedFiles.join(', ')}); file ${s.docx.docxBytes} B`,
      )
      if (s.link.pageProblems.length)
        log(`  page problems: ${s.link.pageProblems.slice(0, 5).join(' | ')}`)
    } catch (error) {
      recordError('sharing', error)
    }

  section("Workshop: 200 ballots taken in and the round's result")
  if (!wanted('workshop')) log('  skipped (BENCH_ONLY)')
  else
    try {
      const w = benchWorkshopDomain()
      result.workshop = w
      log(
        `  Node, ${w.ballots} ballots of 15 rows: merge (parse, check, de-duplicate) ${ms(w.merge)}; round result (15 rows and alpha) ${ms(w.result)}`,
      )
      const c = await benchWorkshopConsole()
      result.workshop = { ...w, console: c }
      const value = c.intake?.median ?? null
      const pass = (value ?? Infinity) <= BUDGETS.workshopIntakeMedianMs
      result.budgets.workshopIntake = { limit: BUDGETS.workshopIntakeMedianMs, value, pass }
      log(`  Chromium, ${c.ballots} ballot files chosen at once in the console of a new workshop:`)
      log(
        table(
          ['', 'time'],
          [
            ['iiat:workshop-intake (ballots read → result rendered)', ms(c.intake)],
            ['files chosen → result painted (2×rAF)', ms(c.chosenToPainted)],
          ],
        ),
      )
      if (c.pageProblems.length) log(`  page problems: ${c.pageProblems.slice(0, 5).join(' | ')}`)
      log(
        `\n  BUDGET workshop intake median ${Math.round(value ?? NaN)} ms ≤ ${BUDGETS.workshopIntakeMedianMs} ms: ${pass ? 'PASS' : 'FAIL'}`,
      )
    } catch (error) {
      recordError('workshop', error)
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

  await closeBrowser()

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
      const fmt = (s: Stats | null | undefined) =>
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
  const LABELS: Record<string, [string, (v: number) => string, string]> = {
    initialGzip: ['first load JS+CSS gzip (size-limit)', (v) => kb(v), '≤'],
    warmPdf: ['warm PDF median, worked example', (v) => `${Math.round(v)} ms`, '≤'],
    stressPdf: ['PDF median, stress document (cold)', (v) => `${Math.round(v)} ms`, '≤'],
    libraryRows: [
      `${LIBRARY_SIZE} library rows painted, median`,
      (v) => `${Math.round(v)} ms`,
      '≤',
    ],
    workshopIntake: [
      `${WORKSHOP_BALLOTS} ballots taken in by the console, median`,
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
          (v: number) => String(v),
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

/**
 * Runs the whole bench, prints `BENCH_JSON {...}` last and exits: 1 when the bench itself failed
 * or, with `--strict`, when a budget failed.
 */
export async function runBench() {
  let exitCode = 0
  try {
    await main()
  } catch (error) {
    recordError('bench', error)
    exitCode = 1
  } finally {
    await closeBrowser(true)
    stopServer()
  }
  const budgetsFailed = Object.values(result.budgets).some((b) => !b.pass)
  if (STRICT && budgetsFailed) exitCode = 1
  console.log('BENCH_JSON ' + JSON.stringify(result))
  process.exit(exitCode)
}
