import { test, expect } from './fixtures'

const saved = 'All changes saved on this device'

test('earlier versions are kept, viewable, restorable, and a restore can be undone', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  const title = page.getByLabel('Title', { exact: true }).first()
  await title.fill('First title')
  await expect(page.getByText(saved)).toBeVisible()

  // Leaving the assessment keeps its state; then it is changed.
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await page.getByRole('link', { name: 'First title' }).click()
  await title.fill('Second title')
  await page.getByLabel('Summary').fill('Changed my mind.')
  await expect(page.getByText(saved)).toBeVisible()

  await page.getByRole('link', { name: /^History/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  const versions = page.getByRole('list', { name: 'Earlier versions, newest first' })
  const first = versions.getByRole('listitem').filter({ hasText: '“First title”' }).first()
  await expect(first).toContainText('0 of 15 rows rated')

  await first.getByRole('button', { name: /^View the version of / }).click()
  const version = page.getByRole('region', { name: /^Version of / })
  await expect(version.getByRole('heading', { name: /^Version of / })).toBeFocused()
  await expect(version).toContainText('First title')
  await expect(version.getByRole('row')).toHaveCount(16)

  await first.getByRole('button', { name: /^Restore the version of / }).click()
  await expect(page.getByRole('status').getByText(/was restored/)).toBeVisible()
  const undo = page.getByRole('button', { name: 'Undo restore' })
  await expect(undo).toBeFocused()
  await expect(versions.getByRole('listitem').first().getByText('(before a restore)')).toBeVisible()

  await page.getByRole('link', { name: 'Back to the assessment' }).click()
  await expect(title).toHaveValue('First title')
  await expect(page.getByLabel('Summary')).toHaveValue('')

  await page.getByRole('link', { name: /^History/ }).click()
  // The undo is offered right after the restore only; the previous state stays restorable.
  const before = versions.getByRole('listitem').filter({ hasText: '(before a restore)' })
  await before.getByRole('button', { name: /^Restore the version of / }).click()
  await expect(page.getByRole('button', { name: 'Undo restore' })).toBeFocused()
  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByText('The restore was undone.')).toBeVisible()
  await page.reload()
  await page.getByRole('link', { name: 'Back to the assessment' }).click()
  await expect(title).toHaveValue('First title')
})

test('undo restore brings back the state before the restore', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  const title = page.getByLabel('Title', { exact: true }).first()
  await title.fill('Kept')
  await expect(page.getByText(saved)).toBeVisible()
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await page.getByRole('link', { name: 'Kept' }).click()
  await title.fill('Current')
  await expect(page.getByText(saved)).toBeVisible()

  await page.getByRole('link', { name: /^History/ }).click()
  await page
    .getByRole('listitem')
    .filter({ hasText: '“Kept”' })
    .first()
    .getByRole('button', { name: /^Restore/ })
    .click()
  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByText('The restore was undone.')).toBeVisible()
  await page.getByRole('link', { name: 'Back to the assessment' }).click()
  await expect(title).toHaveValue('Current')
  await page.reload()
  await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue('Current')
})
