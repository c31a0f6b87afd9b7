import { test, expect } from './fixtures'
import { findViolations } from './axe'

const CAMBODIA = 'Cambodia: National Internet Gateway sub-decree'

test('the real cases load on demand, filter by country and kind, and start an assessment', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Start an assessment' })).toBeVisible()
  const toggle = page.getByRole('button', { name: 'Browse real cases' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('heading', { name: 'Real cases' })).toHaveCount(0)

  // Keyboard only: open the list, then choose a country.
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('heading', { name: 'Real cases' })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 16 of 16 cases.' }),
  ).toBeVisible()

  const violations = await findViolations(page, { include: '#start-cases' })
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await page.getByLabel('Country or region').selectOption('Cambodia')
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 16 cases.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4 })).toHaveText([CAMBODIA])
  await expect(
    page.getByText(
      'Rates 8 of 15 rows from the public record; the others are marked “Not discussed”.',
    ),
  ).toBeVisible()

  await page.getByLabel('Country or region').selectOption('all')
  await page.getByLabel('Kind of proposal').selectOption({ label: 'Corporate or industry action' })
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(1)
  await page.getByRole('button', { name: 'Show all' }).click()
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(16)

  await page.getByRole('button', { name: `Start from “${CAMBODIA}”` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
  await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue(CAMBODIA)
})

test('the list of real cases fits 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 })
  await page.goto('/')
  await page.getByRole('button', { name: 'Browse real cases' }).click()
  await expect(page.getByRole('heading', { level: 4 })).toHaveCount(16)
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(widths.scroll).toBeLessThanOrEqual(widths.client)
})
