/**
 * Issue 11, comparing two assessments: the worked example and an amended copy side by side, row
 * by row with each side's reasons, named by the person; the PDF and the Markdown read back; the
 * address keeps the choice across a reload; a link naming an unknown assessment is said so.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { startWorkedExample } from './workedExample'
import { findViolations } from './axe'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'

const capacity = en.catalogue.items['available-capacity'].name

/** An option's text without the bidi isolate around its title. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '')

/** Chooses the option whose text starts with `start` in the select labelled `label`. */
async function choose(page: Page, label: string, start: string) {
  const select = page.getByLabel(label, { exact: true })
  const options = await select.locator('option').allInnerTexts()
  await select.selectOption({ label: options.find((o) => plain(o).startsWith(start))! })
}

test('two assessments compared, previewed, exported as PDF and Markdown', async ({ page }) => {
  test.setTimeout(120_000)
  await startWorkedExample(page)

  // With one assessment there is nothing to compare, and the page says what to do.
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await page.getByRole('link', { name: 'Compare two assessments' }).click()
  await expect(page.getByText('Comparing needs two assessments in your library.')).toBeVisible()

  // The amended copy: another title, and available capacity now slightly negative, with why.
  await page.getByRole('link', { name: 'Go to the library' }).click()
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill('Amended fee proposal')
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()
  await page.getByRole('button', { name: `Show details: ${capacity}` }).click()
  const card = page.getByRole('article', { name: capacity, exact: true })
  await card.getByRole('radio', { name: 'Slightly negative', exact: true }).check()
  await card.getByLabel('How could it be affected?').fill('The amendment caps the fee.')
  await expect(page.getByText('All changes saved on this device')).toBeVisible()

  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await page.getByRole('link', { name: 'Compare two assessments' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Compare two assessments' }),
  ).toBeVisible()
  await choose(page, 'First assessment', 'EU “fair share”')
  await choose(page, 'Second assessment', 'Amended fee proposal')
  await page.getByLabel('Name for the first (optional)').fill('Original')
  await page.getByLabel('Name for the second (optional)').fill('Amended')

  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByText('Rows rated differently: 1 of 15').first()).toBeVisible()
  await expect(
    preview.getByRole('row', {
      name: new RegExp(`${capacity} Negative Slightly negative better by 1`),
    }),
  ).toBeVisible()
  await expect(preview.getByText('Amended: The amendment caps the fee.')).toBeVisible()
  expect(await findViolations(page)).toEqual([])

  const pdfDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF' }).click()
  await expect(page.getByText(/^PDF ready: /)).toBeVisible()
  const pdf = await readDownloadedPdf(await pdfDownload, test.info().outputPath('compare.pdf'))
  expect(pdf.flat).toContain('Comparison: EU “fair share”')
  expect(pdf.flat).toContain('Rows rated differently: 1 of 15')
  expect(pdf.flat).toContain('better by 1')
  expect(pdf.flat).toContain('Amended: The amendment caps the fee.')

  const mdDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download Markdown (.md)' }).click()
  const md = await mdDownload
  expect(md.suggestedFilename()).toMatch(/-Comparison\.md$/)
  const mdPath = test.info().outputPath('compare.md')
  await md.saveAs(mdPath)
  const text = readFileSync(mdPath, 'utf8')
  expect(text).toContain('profile: "comparison"')
  expect(text).toContain('Amended: The amendment caps the fee.')

  // The address holds the choice: a reload (or a bookmark) opens the same comparison.
  await page.reload()
  await expect(page.getByLabel('Second assessment')).toHaveValue(
    new URL(page.url()).searchParams.get('second')!,
  )
  await expect(preview.getByText('Rows rated differently: 1 of 15').first()).toBeVisible()

  // Swapped, the change reads the other way.
  await page.getByRole('button', { name: 'Swap the two' }).click()
  await expect(preview.getByRole('row', { name: /worse by 1/ })).toBeVisible()

  // A link to an assessment this library does not hold says so, and offers the ones it has.
  await page.goto('/compare?first=no-such-assessment')
  await expect(page.getByRole('alert')).toContainText('is not in your library')
  await expect(preview.getByText('Rows rated differently: 1 of 15').first()).toBeVisible()
})

test('an assessment deleted in another tab leaves the comparison, and the page says so', async ({
  page,
}) => {
  test.setTimeout(120_000) // three assessments made, two tabs: 17 s idle, 37 s under load
  await page.goto('/')
  for (const title of ['Original', 'Amended', 'Third']) {
    await page.getByRole('button', { name: 'New blank assessment' }).click()
    await page.getByLabel('Title', { exact: true }).first().fill(title)
    await expect(page.getByText('All changes saved on this device')).toBeVisible()
    await page.getByRole('link', { name: 'My assessments' }).first().click()
  }
  await page.getByRole('link', { name: 'Compare two assessments' }).click()
  await choose(page, 'First assessment', 'Original')
  await choose(page, 'Second assessment', 'Amended')
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByText('Comparison: Original').first()).toBeVisible()

  // Another tab deletes the second side: the page picks the one left and says why.
  const other = await page.context().newPage()
  await other.goto('/')
  await other.getByRole('button', { name: 'Delete “Amended”' }).click()
  await expect(other.getByRole('link', { name: 'Amended' })).toHaveCount(0)
  await expect(page.getByRole('alert')).toContainText('was deleted, perhaps in another tab')
  await expect(page.getByLabel('Second assessment', { exact: true })).toHaveValue(
    new URL(page.url()).searchParams.get('second')!,
  )
  const chosen = page.getByLabel('Second assessment', { exact: true }).locator('option:checked')
  expect(plain(await chosen.innerText())).toMatch(/^Third/)
  await expect(preview.getByText('Comparison: Original').first()).toBeVisible()
  // Once the person chooses, the warning has done its work.
  await choose(page, 'First assessment', 'Third')
  await choose(page, 'Second assessment', 'Original')
  await expect(page.getByRole('alert')).toHaveCount(0)

  // Down to one assessment, there is nothing left to compare, and the page says what to do.
  await other.getByRole('button', { name: 'Delete “Third”' }).click()
  await expect(page.getByText('Comparing needs two assessments in your library.')).toBeVisible()
  await expect(preview).toHaveCount(0)
})
