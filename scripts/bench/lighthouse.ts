/**
 * Lighthouse (mobile preset, the pinned devDependency) on `/` and on the Analyze and Report
 * steps of a stored assessment.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { waitForRecord } from '../../tests/e2e/idb'
import { startWorkedExample } from './browser'
import { BASE, CHROME, CHROME_FLAGS, LH_RUNS, LIGHTHOUSE, LIGHTHOUSE_CLI, OUT } from './config'
import { run } from './server'
import { stats, type Stats } from './stats'

interface LhNode {
  selector?: string
  nodeLabel?: string
}
type LhItem = LhNode & { type?: string; items?: { node?: LhNode }[] }

/** The parts of a Lighthouse JSON report that the bench reads. */
interface LhReport {
  runtimeError?: { message: string }
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    { score?: number | null; numericValue?: number; details?: { items?: LhItem[] } } | undefined
  >
  finalDisplayedUrl?: string
  finalUrl?: string
}

type LighthousePage = Awaited<ReturnType<typeof lighthouseRuns>> & { seeded?: string }

export interface LighthouseResult {
  tool: string
  preset: string
  pages: Record<string, LighthousePage>
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

async function lighthouse(
  url: string,
  label: string,
  extraFlags: string[] = [],
  extraArgs: string[] = [],
) {
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
  const report: LhReport = JSON.parse(readFileSync(outputPath, 'utf8'))
  if (report.runtimeError)
    throw new Error(`lighthouse runtime error: ${report.runtimeError.message}`)
  const scores: Record<string, number | null> = {}
  for (const [k, c] of Object.entries(report.categories))
    scores[k] = c.score === null ? null : Math.round(c.score * 100)
  const audit = (id: string) => report.audits[id]?.numericValue ?? null
  const metrics: Record<string, number | null> = {
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
function lcpNodeLabel(report: LhReport) {
  const items = report.audits['lcp-breakdown-insight']?.details?.items ?? []
  const node =
    items.find((i) => i?.type === 'node') ??
    report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
  return node ? `${node.selector ?? ''} “${node.nodeLabel ?? ''}”` : null
}

/** `prepare()` gives each run its flags and arguments (and a clean-up), so no run sees another's cache. */
async function lighthouseRuns(
  url: string,
  label: string,
  prepare: () => { flags?: string[]; args?: string[]; cleanup?: () => void } = () => ({}),
) {
  const runs: Awaited<ReturnType<typeof lighthouse>>[] = []
  for (let i = 0; i < LH_RUNS; i++) {
    const { flags = [], args = [], cleanup = () => {} } = prepare()
    try {
      runs.push(await lighthouse(url, `${label}-${i + 1}`, flags, args))
    } finally {
      cleanup()
    }
  }
  const categories = Object.keys(runs[0].scores)
  const scores: Record<string, Stats | null> = {}
  for (const k of categories) scores[k] = stats(runs.map((r) => r.scores[k]))
  const metrics: Record<string, Stats | null> = {}
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

export async function benchLighthouse() {
  const out: LighthouseResult = {
    tool: LIGHTHOUSE,
    preset: 'mobile (default), simulated throttling',
    pages: {},
  }
  // Lighthouse's own Chrome, with a new empty profile per run.
  out.pages.library = await lighthouseRuns(`${BASE}/`, 'library')
  // A fresh copy of the seeded profile per run: the app's service worker, installed during a
  // run, would otherwise serve the next run from its cache.
  const profile = await seededProfile()
  try {
    for (const page of ['analyze', 'report'] as const) {
      out.pages[page] = await lighthouseRuns(
        `${BASE}/a/${encodeURIComponent(profile.id)}/${page}`,
        page,
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
      out.pages[page].seeded =
        'worked example in IndexedDB of a fresh copy of a seeded profile per run (no HTTP cache, no service worker)'
    }
  } finally {
    rmSync(profile.dir, { recursive: true, force: true })
  }
  return out
}
