import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test'

/** What the guards found in one browser context. */
interface Findings {
  foreign: string[]
  problems: string[]
}

/**
 * Watches every page of a browser context (a second tab included): requests to another origin,
 * Content-Security-Policy violations and uncaught errors are written down for the test's end.
 */
async function guard(context: BrowserContext, origin: string): Promise<Findings> {
  const found: Findings = { foreign: [], problems: [] }
  context.on('request', (request) => {
    const url = request.url()
    if (/^(data|blob):/.test(url)) return
    if (new URL(url).origin !== origin) found.foreign.push(url)
  })
  context.on('weberror', (error) => found.problems.push(`page error: ${error.error().message}`))
  context.on('console', (message) => {
    if (message.type() === 'error') found.problems.push(`console error: ${message.text()}`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return found
}

function expectClean(found: Findings, where: string) {
  expect(found.foreign, `requests to other hosts (${where})`).toEqual([])
  expect(found.problems, `errors in the page (${where})`).toEqual([])
}

/**
 * Every end-to-end test runs under these guards: on Playwright's own `page` fixture, and on any
 * further browser context a test opens (a participant's phone, say) through `newContext`, never
 * through `browser.newContext`, which would escape them. The test fails if any page requests
 * anything from another origin, violates the Content-Security-Policy, or logs an uncaught error.
 */
export const test = base.extend<{
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>
}>({
  page: async ({ page, baseURL }, use) => {
    const found = await guard(page.context(), new URL(baseURL!).origin)
    await use(page)
    expectClean(found, 'the test page')
  },
  newContext: async ({ browser, baseURL }, use) => {
    const opened: { context: BrowserContext; found: Findings }[] = []
    await use(async (options) => {
      const context = await browser.newContext({ baseURL, ...options })
      opened.push({ context, found: await guard(context, new URL(baseURL!).origin) })
      return context
    })
    for (const [i, { context, found }] of opened.entries()) {
      await context.close()
      expectClean(found, `browser context ${i + 2}`)
    }
  },
})

export { expect }
