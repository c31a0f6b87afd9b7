import { test, expect } from './fixtures'
import { readDownloadedPdf } from './pdf'

test('after one visit the app loads and works offline, PDF export included', async ({
  page,
  context,
}, info) => {
  await page.goto('/')
  // The service worker installs (precaching everything) on the first visit; it controls pages
  // from the next load on.
  await expect(page.getByText('The app is now available offline on this device.')).toBeVisible({
    timeout: 30_000,
  })
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.reload()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()

  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill('Offline workshop draft')
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()
  await page
    .getByRole('article', { name: 'Privacy', exact: true })
    .getByRole('radio', { name: 'Negative', exact: true })
    .check()
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await downloadPromise, info.outputPath('offline.pdf'))
  expect(pdf.flat).toContain('Offline workshop draft')
  expect(pdf.flat).toContain('Privacy')

  // Still offline, a reload keeps the work.
  await page.reload()
  await expect(page.getByText('Offline workshop draft').first()).toBeVisible()

  // The licences are precached with the rest.
  await page.getByRole('link', { name: 'About and licences' }).click()
  await expect(page.getByText('jspdf', { exact: true })).toBeVisible()
  await context.setOffline(false)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the news that the app works offline covers nothing on the page', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'New blank assessment' }).click()
    await expect(page.getByLabel('Title', { exact: true }).first()).toBeVisible()
    const news = page.getByText('The app is now available offline on this device.')
    await expect(news).toBeVisible({ timeout: 30_000 })

    const covered = await news.evaluate((el) => {
      const box = el.getBoundingClientRect()
      // Whatever is on screen under it: a field, a button, a line of text.
      return [...document.querySelectorAll('main *')]
        .filter((element) => {
          const other = element.getBoundingClientRect()
          return (
            other.width > 0 &&
            other.height > 0 &&
            other.left < box.right &&
            box.left < other.right &&
            other.top < box.bottom &&
            box.top < other.bottom
          )
        })
        .map((element) => element.outerHTML.slice(0, 80))
    })
    expect(covered).toEqual([])
  })
})

test('scripts kept ahead of time export offline, and say so after a reload', async ({
  page,
  context,
}, info) => {
  const KHMER = 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា'
  await page.goto('/')
  await expect(page.getByText('The app is now available offline on this device.')).toBeVisible({
    timeout: 30_000,
  })
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.reload()
  await page.getByRole('link', { name: 'About and licences' }).click()
  const scripts = page.getByRole('group', { name: 'Keep on this device' })
  await scripts.getByRole('checkbox', { name: /^Khmer/ }).check()
  await page.getByRole('button', { name: 'Download the chosen scripts' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'On this device now' })).toHaveText(
    'On this device now, for offline export: Khmer.',
  )
  await page.reload()
  await expect(scripts.getByRole('checkbox', { name: 'Khmer (on this device)' })).toBeDisabled()
  await expect(scripts.getByRole('checkbox', { name: /^Thai/ })).toBeEnabled()

  await context.setOffline(true)
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill(KHMER)
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await downloadPromise, info.outputPath('khmer-offline.pdf'))
  expect(pdf.flat).toContain(KHMER)
  await context.setOffline(false)
})
