import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { readRecords } from './idb'

const saved = 'All changes saved on this device'

/** A second tab in the same browser context, so the page fixture's guard watches it too. */
async function secondTab(page: Page, url: string, options: { noChannel?: boolean } = {}) {
  const other = await page.context().newPage()
  if (options.noChannel)
    await other.addInitScript(() => {
      // As in browsers without BroadcastChannel: only the check before each save remains.
      Reflect.deleteProperty(globalThis, 'BroadcastChannel')
    })
  await other.goto(url)
  return other
}

async function startAssessment(page: Page, title: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill(title)
  await expect(page.getByText(saved)).toBeVisible()
}

const titleField = (page: Page) => page.getByLabel('Title', { exact: true }).first()

test('a tab without edits of its own follows what another tab saves', async ({ page }) => {
  await startAssessment(page, 'Base')
  const other = await secondTab(page, page.url())
  await expect(titleField(other)).toHaveValue('Base')

  await titleField(other).fill('Written in the second tab')
  await expect(other.getByText(saved)).toBeVisible()
  await expect(titleField(page)).toHaveValue('Written in the second tab')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a save over another tab’s version asks first; loading it keeps ours in the history', async ({
  page,
}) => {
  await startAssessment(page, 'Base')
  // The second tab cannot hear the first: only the check before saving protects the work.
  const other = await secondTab(page, page.url(), { noChannel: true })
  await expect(titleField(other)).toHaveValue('Base')

  await titleField(page).fill('Saved by the first tab')
  await expect(page.getByText(saved)).toBeVisible()

  await other.getByLabel('Summary').fill('Typed in the second tab')
  const alert = other.getByRole('alert', { name: 'This assessment was changed in another tab' })
  await expect(alert).toBeVisible()
  await expect(
    other.getByText(/Not saved: this assessment was changed in another tab/),
  ).toBeVisible()
  await alert.getByRole('button', { name: 'Load the other version' }).click()
  await expect(titleField(other)).toHaveValue('Saved by the first tab')
  await expect(other.getByLabel('Summary')).toHaveValue('')
  await expect(other.getByText(/Yours was kept in the history/)).toBeVisible()
  await expect(other.getByRole('heading', { level: 1 })).toBeFocused()

  await other.getByRole('link', { name: /^History/ }).click()
  const mine = other
    .getByRole('listitem')
    .filter({ hasText: 'this tab’s version, before loading another tab’s' })
  await mine.getByRole('button', { name: /^View/ }).click()
  await expect(other.getByRole('region', { name: /^Version of / })).toContainText(
    'Typed in the second tab',
  )
})

test('keeping our version saves it, and the other tab’s is kept in the history', async ({
  page,
}) => {
  await startAssessment(page, 'Base')
  const other = await secondTab(page, page.url(), { noChannel: true })
  await expect(titleField(other)).toHaveValue('Base')
  await titleField(page).fill('From the first tab')
  await expect(page.getByText(saved)).toBeVisible()

  await titleField(other).fill('From the second tab')
  await other.getByRole('button', { name: 'Keep my version' }).click()
  await expect(other.getByText(/Your version is saved/)).toBeVisible()
  await expect(other.getByText(saved)).toBeVisible()

  await page.reload()
  await expect(titleField(page)).toHaveValue('From the second tab')
  await page.getByRole('link', { name: /^History/ }).click()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'another tab’s version, replaced' }),
  ).toContainText('“From the first tab”')
})

/** Waits until the title typed last is stored, not only shown as being saved. */
const stored = (page: Page, title: string) =>
  expect
    .poll(async () =>
      (await readRecords(page)).map((r) => (r.doc as { flag: { title: string } }).flag.title),
    )
    .toContain(title)

for (const noChannel of [false, true]) {
  test(`an assessment deleted in another tab is not saved back; keeping it is the person’s choice${noChannel ? ' (no channel)' : ''}`, async ({
    page,
  }) => {
    await startAssessment(page, 'Deleted elsewhere')
    await stored(page, 'Deleted elsewhere')
    const other = await secondTab(page, '/', { noChannel })
    await other.getByRole('button', { name: 'Delete “Deleted elsewhere”' }).click()
    await expect(other.getByRole('table')).toHaveCount(0)

    await page.getByLabel('Summary').fill('Typed after the deletion')
    const alert = page.getByRole('alert', { name: 'This assessment was deleted in another tab' })
    await expect(alert).toBeVisible()
    await expect(page.getByText(saved, { exact: true })).toHaveCount(0)
    await other.reload()
    await expect(other.getByText('No assessments yet')).toBeVisible()

    await alert.getByRole('button', { name: 'Keep it' }).click()
    await expect(page.getByText(saved, { exact: true })).toBeVisible()
    await other.reload()
    await other.getByRole('link', { name: 'Deleted elsewhere' }).click()
    await expect(other.getByLabel('Summary')).toHaveValue('Typed after the deletion')
  })
}

test('closing an assessment another tab deleted lets it go', async ({ page }) => {
  await startAssessment(page, 'Let go')
  await stored(page, 'Let go')
  const other = await secondTab(page, '/')
  await other.getByRole('button', { name: 'Delete “Let go”' }).click()
  const alert = page.getByRole('alert', { name: 'This assessment was deleted in another tab' })
  await alert.getByRole('button', { name: 'Close it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Let go' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('link', { name: 'Let go' })).toHaveCount(0)
})
