/**
 * README's "Hosting": the sample headers (public/_headers, docs/hosting/nginx.conf) carry the
 * page's own policy plus what only a header can, and the build works on a host that sends them
 * and answers deep links with index.html.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { readHeadersFile, readNginxConf, startStaticHost } from './staticHost'

const DIST = process.env.E2E_DIST ?? 'dist'
const HEADER_ONLY = "frame-ancestors 'none'"

/** The Content-Security-Policy of the built index.html's <meta> tag. */
function metaPolicy() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]
  expect(content, 'the meta policy').toBeDefined()
  return content!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')
}

/** The headers `_headers` gives every path of the build. */
function shippedHeaders() {
  const rules = readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'))
  expect(rules.map((r) => r.path)).toEqual(['/*'])
  return rules[0].headers
}

test('the sample headers are the page policy plus what only a header can carry', () => {
  const headers = shippedHeaders()
  expect(headers['Content-Security-Policy']).toBe(`${metaPolicy()}; ${HEADER_ONLY}`)
  expect(Object.keys(headers).sort()).toEqual([
    'Content-Security-Policy',
    'Permissions-Policy',
    'Referrer-Policy',
    'X-Content-Type-Options',
  ])
  const nginx = readNginxConf(readFileSync('docs/hosting/nginx.conf', 'utf8'))
  expect(nginx.headers).toEqual(headers)
  expect(nginx.tryFiles).toEqual(['$uri', '/index.html'])
})

test.describe('with scripting off', () => {
  test.use({ javaScriptEnabled: false })

  test('the page shows its shell before any of its code has run', async ({ page }) => {
    // Nothing in the built page holds back its first paint: every script is a module, async or
    // deferred (a blocking one delayed the first paint by its own round trip).
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(1)
    for (const tag of scripts) expect(tag).toMatch(/\btype="module"|\basync\b|\bdefer\b/)

    // The shell is what a page whose code never runs shows: the header and the app's logo.
    await page.goto('/')
    await expect(page.locator('#app header img[src="/favicon.svg"]')).toBeAttached()
    await expect(page.locator('#app header')).toBeVisible()
  })
})

const hosted = test.extend<object, { host: string }>({
  host: [
    async ({}, use) => {
      const host = await startStaticHost(DIST)
      await use(host.origin)
      await host.close()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ host }, use) => use(host),
})

// Without the service worker, every navigation below is answered by the host itself.
hosted.use({ serviceWorkers: 'block' })

hosted('a deep link loads the app under the header policy, with no violation', async ({ page }) => {
  const method = await page.goto('/method')
  expect(method?.status()).toBe(200)
  expect(await method?.headerValue('Content-Security-Policy')).toContain(HEADER_ONLY)
  expect(await method?.headerValue('X-Content-Type-Options')).toBe('nosniff')
  await expect(page.getByRole('heading', { level: 1, name: 'The method' })).toBeVisible()

  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
  const deep = page.url().replace(/\/flag$/, '/analyze')
  const analyze = await page.goto(deep)
  expect(analyze?.status()).toBe(200)
  expect(await analyze?.headerValue('Content-Type')).toMatch(/^text\/html/)
  await expect(page.getByRole('heading', { level: 1, name: 'Analyze the impact' })).toBeVisible()
})
