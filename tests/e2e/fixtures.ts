import { test as base, expect } from '@playwright/test'

/**
 * Every end-to-end test runs under these guards, on Playwright's own `page` fixture: the test
 * fails if any page of its browser context (a second tab included) requests anything from
 * another origin, violates the Content-Security-Policy, or logs an uncaught error.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const context = page.context()
    const origin = new URL(baseURL!).origin
    const foreign: string[] = []
    const problems: string[] = []
    context.on('request', (request) => {
      const url = request.url()
      if (/^(data|blob):/.test(url)) return
      if (new URL(url).origin !== origin) foreign.push(url)
    })
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
    context.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await context.addInitScript(() => {
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
