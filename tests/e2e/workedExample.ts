import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * From the library: "Start from the worked example", and wait until its Flag step is open. The
 * start navigates once the copy is saved; a click made before that would be overtaken by it.
 */
export async function startWorkedExample(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
}

/** From the library: "Start from the worked example", then its Report step. */
export async function openWorkedExampleReport(page: Page): Promise<void> {
  await startWorkedExample(page)
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
}
