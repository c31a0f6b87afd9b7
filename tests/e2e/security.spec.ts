import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { startWorkedExample } from './workedExample'
import { openFile } from './openFile'
import { readDownloadedPdf } from './pdf'

/** Each field gets all three payloads, behind a tag that tells the fields apart. */
const HOSTILE =
  '<img src=x onerror="window.__xss=1"> <script>window.__xss=1</script> "><svg onload=window.__xss=1>'
const payload = (field: string) => `${field}: ${HOSTILE}`
const FIELDS = {
  title: payload('Title'),
  summary: payload('Summary'),
  source: payload('Source'),
  howAffected: payload('Affected'),
  message: payload('Message'),
  ally: payload('Ally'),
}
const SCRIPT_URL = 'javascript:alert(1)'
const SCRIPT_SOURCE = 'Script source'

/** Nothing the payloads could have produced exists, and none of them ran. */
async function expectInert(page: Page, where: string) {
  expect(await page.evaluate(() => 'xss' in window || '__xss' in window), where).toBe(false)
  await expect(
    page.locator('img[src="x"], svg[onload], [onerror], [onload], main script'),
    where,
  ).toHaveCount(0)
  // No link anywhere leads anywhere but to a web address.
  const schemes = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).protocol))
  expect(
    schemes.filter((s) => s !== 'http:' && s !== 'https:'),
    where,
  ).toEqual([])
  await expect(page.getByRole('link', { name: new RegExp(SCRIPT_SOURCE) }), where).toHaveCount(0)
}

/** Every link to another site opens in a new tab without opener or referrer; returns how many. */
async function expectExternalLinksSafe(page: Page, where: string) {
  const links = await page.locator('a[href]').evaluateAll((anchors) =>
    anchors
      .map((a) => a as HTMLAnchorElement)
      .filter((a) => new URL(a.href).origin !== location.origin)
      .map((a) => ({ href: a.href, target: a.target, rel: a.rel.split(/\s+/) })),
  )
  for (const link of links) {
    expect(link.target, `${where}: ${link.href}`).toBe('_blank')
    expect(link.rel, `${where}: ${link.href}`).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    )
  }
  return links.length
}

async function visit(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('main h1')).toBeVisible()
}

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/')
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(meta).toHaveCount(1)
  const policy = (await meta.getAttribute('content')) ?? ''
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src')
  expect(scriptSrc, 'script-src').toBeDefined()
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'unsafe-eval'")
  expect(scriptSrc).not.toContain('*')
  expect(scriptSrc).not.toContain('data:')
  expect(directives.get('default-src')).toEqual(["'self'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(directives.get('style-src')).not.toContain("'unsafe-inline'")
  // The policy has to come before any script for the browser to apply it to them.
  const firstScript = await page.evaluate(() => {
    const head = [...document.head.children]
    const csp = head.findIndex((el) => el.getAttribute('http-equiv') === 'Content-Security-Policy')
    return { csp, script: head.findIndex((el) => el.tagName === 'SCRIPT') }
  })
  expect(firstScript.csp).toBeLessThan(firstScript.script)
})

test('the PDF engine the app ships names no other host', () => {
  const assets = join(process.env.E2E_DIST ?? 'dist', 'assets')
  const chunks = readdirSync(assets).filter((f) => /^pdf-.*\.js$/.test(f))
  expect(chunks.length, 'PDF chunks').toBeGreaterThan(0)
  // XML namespace names in jsPDF's metadata writer: identifiers, never fetched.
  const namespaces = [
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    'http://jspdf.default.namespaceuri/',
  ]
  for (const chunk of chunks) {
    const urls = readFileSync(join(assets, chunk), 'utf8').match(/https?:\/\/[^\s"'`)\\]+/g) ?? []
    expect(
      urls.filter((url) => !namespaces.includes(url)),
      chunk,
    ).toEqual([])
  }
})

test('hostile text stays text on every step, in the report, the PDF and the saved file', async ({
  page,
}, info) => {
  // One flow through five steps, a reload of each, the report, the PDF and a file round trip:
  // about 45 s on an idle machine, over a minute on a loaded CI runner.
  test.setTimeout(180_000)
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
  const id = /\/a\/([^/]+)\//.exec(page.url())![1]

  // Flag: the title, the summary, a source's title; a second source whose address is a script.
  await page.getByLabel('Title', { exact: true }).first().fill(FIELDS.title)
  await page.getByLabel('Summary').fill(FIELDS.summary)
  await page.getByRole('button', { name: 'Add a source' }).click()
  const first = page.getByRole('group', { name: 'Source 1' })
  await first.getByLabel('Title').fill(FIELDS.source)
  await first.getByLabel('Web address').fill('https://example.org/decree')
  await page.getByRole('button', { name: 'Add a source' }).click()
  const second = page.getByRole('group', { name: 'Source 2' })
  await second.getByLabel('Title').fill(SCRIPT_SOURCE)
  await second.getByLabel('Web address').fill(SCRIPT_URL)
  await expect(second.getByText('not a web address', { exact: false })).toBeVisible()
  // The safe source's preview shows the hostile title as text, inside a link.
  await expect(first.getByRole('link', { name: FIELDS.source })).toBeVisible()
  await expect(second.getByRole('link')).toHaveCount(0)
  await expectInert(page, 'flag')

  // Analyze: a text area, and evidence pointing at each source.
  await visit(page, `/a/${id}/analyze`)
  const card = page.getByRole('article', { name: 'Privacy', exact: true })
  await card.getByRole('radio', { name: 'Negative', exact: true }).check()
  await card.getByLabel('How could it be affected?').fill(FIELDS.howAffected)
  await card.getByRole('button', { name: 'Add evidence' }).click()
  await card.getByRole('group', { name: 'Evidence 1' }).getByLabel('Source').selectOption({
    label: SCRIPT_SOURCE,
  })
  await card.getByRole('button', { name: 'Add evidence' }).click()
  await card.getByRole('group', { name: 'Evidence 2' }).getByLabel('Source').selectOption({
    label: FIELDS.source,
  })
  // Only the https source gets an "Open the source" link.
  await expect(card.getByRole('link', { name: /Open the source/ })).toHaveCount(1)
  await expect(
    card.getByRole('group', { name: 'Evidence 1' }).getByRole('link', { name: /Open the source/ }),
  ).toHaveCount(0)
  await expectInert(page, 'analyze')

  // Strategize: a message. Together: an ally.
  await visit(page, `/a/${id}/strategize`)
  await page.getByRole('button', { name: 'Add a message' }).click()
  await page.getByRole('group', { name: 'Message 1' }).getByLabel('Message').fill(FIELDS.message)
  await expectInert(page, 'strategize')
  await visit(page, `/a/${id}/together`)
  await page.getByRole('button', { name: 'Add an ally' }).click()
  await page
    .getByRole('group', { name: 'Ally 1' })
    .getByLabel('Organisation or person')
    .fill(FIELDS.ally)
  await expectInert(page, 'together')

  // Every step again, after a reload from storage: values and the title bar stay literal.
  for (const step of ['flag', 'analyze', 'analyze/privacy', 'strategize', 'together']) {
    await visit(page, `/a/${id}/${step}`)
    await expect(page.getByText(FIELDS.title, { exact: true }).first()).toBeVisible()
    await expectInert(page, step)
  }
  await expect(page.getByLabel('Organisation or person')).toHaveValue(FIELDS.ally)

  // The report shows every payload as text, and the script source without a link.
  await visit(page, `/a/${id}/report`)
  // The message and the ally belong to the plan: print the brief and the plan.
  await page.getByRole('radio', { name: 'Complete' }).check()
  for (const text of Object.values(FIELDS))
    await expect(page.getByText(text).first(), text).toBeVisible()
  await expect(page.getByText(SCRIPT_SOURCE).first()).toBeVisible()
  await expect(page.getByText(SCRIPT_URL).first()).toBeVisible()
  await expectInert(page, 'report')

  // The PDF holds the same literal text.
  const pdfPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await pdfPromise, info.outputPath('hostile.pdf'))
  for (const text of [FIELDS.title, FIELDS.summary, FIELDS.message, FIELDS.source])
    expect(pdf.flat, text).toContain(text)
  // Table cells wrap, so the analysis's words come back interleaved; their start is enough.
  expect(pdf.flat).toContain('Affected: <img src=x')
  expect(pdf.flat).toContain(SCRIPT_URL)
  await expectInert(page, 'report after the PDF')

  // The assessment file keeps the text as typed and comes back as text.
  const filePromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save assessment file' }).click()
  const file = await filePromise
  const path = info.outputPath(file.suggestedFilename())
  await file.saveAs(path)
  const saved = JSON.parse(readFileSync(path, 'utf8'))
  expect(saved.flag.title).toBe(FIELDS.title)
  expect(saved.flag.sources[1].url).toBe(SCRIPT_URL)

  await visit(page, '/')
  await page.getByRole('button', { name: /^Delete “/ }).click()
  await expect(page.getByRole('table')).toHaveCount(0)
  await openFile(page, path)
  await expect(page.getByText(/was opened from the file/)).toBeVisible()
  await expect(page.getByText(FIELDS.title).first()).toBeVisible()
  await expectInert(page, 'library after the import')
  await page.getByRole('link', { name: FIELDS.title }).click()
  await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue(FIELDS.title)
  await expect(page.getByLabel('Summary')).toHaveValue(FIELDS.summary)
  await expectInert(page, 'flag of the imported copy')
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
  for (const text of Object.values(FIELDS))
    await expect(page.getByText(text).first(), text).toBeVisible()
  await expectInert(page, 'report of the imported copy')
})

test('every link to another site opens safely, on every page', async ({ page }) => {
  await startWorkedExample(page)
  const id = /\/a\/([^/]+)\//.exec(page.url())![1]
  let external = 0
  for (const path of [
    '/',
    '/method',
    '/about',
    ...['flag', 'analyze', 'strategize', 'together', 'report'].map((s) => `/a/${id}/${s}`),
  ]) {
    await visit(page, path)
    // Folded panels (v-show, <details>) keep their links in the document, so these count too.
    external += await expectExternalLinksSafe(page, path)
    await expectInert(page, path)
  }
  expect(external, 'external links checked').toBeGreaterThan(0)
})

test('every end-to-end spec runs under the guarded page', () => {
  const folder = fileURLToPath(new URL('.', import.meta.url))
  const specs = readdirSync(folder).filter((f) => f.endsWith('.spec.ts'))
  expect(specs.length).toBeGreaterThan(3)
  for (const spec of specs) {
    const source = readFileSync(`${folder}/${spec}`, 'utf8')
    expect(source, spec).toMatch(/import \{ test, expect \} from '\.\/fixtures'/)
    expect(source, spec).not.toMatch(/import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/)
    // The guard watches the test's browser context: a page from any other context escapes it.
    expect(source, spec).not.toMatch(/\bbrowser\.(newPage|newContext)\(/)
  }
})
