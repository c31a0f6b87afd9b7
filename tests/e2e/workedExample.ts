import type { Page } from '@playwright/test'

/** From the library: "Start from the worked example", then its Report step. */
export async function openWorkedExampleReport(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
}
