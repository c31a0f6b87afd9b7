/**
 * About and licences (issue 9, item 3): every component the built app ships is named with its
 * licence text, the service worker's included, and the page works offline like the rest.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { SERVICE_WORKER_PACKAGES } from '../../scripts/build/thirdPartyNotices'

const DIST = process.env.E2E_DIST ?? 'dist'

test('the footer leads to every licence of what the app ships', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'About and licences' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'About and licences' })).toBeVisible()
  for (const name of [
    'vue',
    'pinia',
    'vue-router',
    'zod',
    'jspdf',
    'workbox-precaching',
    'harfbuzzjs',
    'bidi-js',
  ])
    await expect(page.getByText(name, { exact: true })).toBeVisible()
  const noto = page.locator('details').filter({ hasText: 'Noto Sans CJK' })
  await noto.locator('summary').click()
  await expect(noto.locator('pre')).toContainText('SIL Open Font License')
  const font = page.locator('details').filter({ hasText: 'DejaVu Sans' })
  await font.locator('summary').click()
  await expect(font.locator('pre')).toContainText('Bitstream Vera')

  const jspdf = page.locator('details').filter({ has: page.getByText('jspdf', { exact: true }) })
  await jspdf.locator('summary').click()
  await expect(jspdf.locator('pre')).toContainText('Permission is hereby granted')
})

test('the service worker packages named are the ones its code says it holds', () => {
  const file = readdirSync(DIST).find((f) => /^workbox-.*\.js$/.test(f))
  expect(file).toBeDefined()
  const marks = new Set(
    [...readFileSync(join(DIST, file!), 'utf8').matchAll(/workbox:([a-z-]+):\d/g)].map(
      (m) => `workbox-${m[1]}`,
    ),
  )
  expect([...marks].sort()).toEqual([...SERVICE_WORKER_PACKAGES].sort())
})
