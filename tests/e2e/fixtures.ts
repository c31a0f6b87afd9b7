import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every end-to-end test runs under these guards: it fails if the page requests anything from
 * another origin, violates the Content-Security-Policy, or logs an uncaught error.
 */
export const test = base.extend<{ guardedPage: Page }>({
  guardedPage: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin
    const foreign: string[] = []
    const problems: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (/^(data|blob):/.test(url)) return
      if (new URL(url).origin !== origin) foreign.push(url)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    await use(page)
    expect(foreign, 'requests to other hosts').toEqual([])
    expect(problems, 'errors in the page').toEqual([])
  },
})

export { expect }
