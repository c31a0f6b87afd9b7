import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test'
import { expect } from './fixtures'
import { openWorkedExampleReport } from './workedExample'

/** The `newContext` fixture: a further browser context under the same guards. */
export type NewContext = (options?: BrowserContextOptions) => Promise<BrowserContext>

/**
 * Starts a workshop on the worked example from its Report step and returns the join link; the
 * page stays on the console. `onStartPage` looks at the start page before the workshop starts.
 */
export async function startWorkshop(
  page: Page,
  onStartPage?: (page: Page) => Promise<void>,
): Promise<string> {
  await openWorkedExampleReport(page)
  await page.getByRole('link', { name: /Run a workshop on this proposal/ }).click()
  await onStartPage?.(page)
  await page.getByRole('button', { name: 'Start the workshop' }).click()
  await expect(page).toHaveURL(/\/workshop\/[a-z0-9]{16}$/)
  const join = await page.getByRole('textbox', { name: 'Join link' }).inputValue()
  expect(join).toMatch(/\/join#j1\./)
  return join
}

/** A participant's phone (390 px, touch) with the join link open on the rating page. */
export async function openOnPhone(newContext: NewContext, join: string): Promise<Page> {
  const context = await newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  const phone = await context.newPage()
  await phone.goto(join)
  await expect(phone.getByRole('heading', { name: 'Rate this proposal' })).toBeVisible()
  return phone
}
