/** The bench's headless Chromium and what every browser measure shares: contexts, the worked example, one PDF export. */
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { BASE, CHROME, CHROME_FLAGS, OUT } from './config'

let browser: Browser | null = null

export async function launchBrowser() {
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true })
}

/** Closes the browser if it is open; `quiet` ignores a failure to close. */
export async function closeBrowser(quiet = false) {
  const open = browser
  if (!open) return
  if (quiet) await open.close().catch(() => {})
  else await open.close()
  browser = null
}

export async function newContext() {
  if (!browser) throw new Error('the browser is not running')
  // Service workers are blocked so that every context starts cold and the precache download of
  // the PWA does not compete with what is measured.
  const context = await browser.newContext({
    baseURL: BASE,
    acceptDownloads: true,
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  })
  const problems: string[] = []
  context.on('page', (page) => watch(page, problems))
  return { context, problems }
}

function watch(page: Page, problems: string[]) {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
}

/** Library → "Start from the worked example"; returns the new assessment's id. */
export async function startWorkedExample(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await page.waitForURL(/\/a\/[^/]+\//)
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2])
  await page.getByRole('heading', { level: 1, name: 'Flag the proposal' }).waitFor()
  return id
}

function pdfInfo(path: string) {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), bytes: statSync(path).size }
}

export type Export = Awaited<ReturnType<typeof exportOnce>>

/**
 * Clicks "Download PDF report" once and returns the app's measures plus the wall time from the
 * click to the download event; saves the file when `savePath` is given.
 */
export async function exportOnce(page: Page, savePath?: string | null, timeout = 60_000) {
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
  let info: ReturnType<typeof pdfInfo> | null = null
  if (savePath) {
    await file.saveAs(savePath)
    info = pdfInfo(savePath)
  }
  await file.delete().catch(() => {})
  return { ...measures, wall, info }
}

/** Screenshots the context's pages and adds where to find them (and page errors) to the error. */
export async function explainFailure(
  error: unknown,
  context: BrowserContext,
  name: string,
  problems: string[],
) {
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
