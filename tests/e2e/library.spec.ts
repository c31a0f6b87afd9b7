import type { Download } from '@playwright/test'
import { test, expect } from './fixtures'
import { openFile } from './openFile'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'
import { openWorkedExampleReport, startWorkedExample } from './workedExample'

test('work survives a reload, right after typing', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  const title = page.getByLabel('Title', { exact: true }).first()
  await title.fill('Data localisation bill')
  await page.getByLabel('Summary').fill('Typed just before the reload.')
  await page.reload()
  await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue(
    'Data localisation bill',
  )
  await expect(page.getByLabel('Summary')).toHaveValue('Typed just before the reload.')
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await expect(page.getByRole('link', { name: 'Data localisation bill' })).toBeVisible()
})

test('a bad file is refused with readable reasons and the library stays intact', async ({
  page,
}) => {
  await startWorkedExample(page)
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)

  await openFile(page, {
    name: 'broken.iia.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'iiat-assessment', schemaVersion: 1, id: 'x', flag: {} }),
    ),
  })
  await expect(page.getByText('The file “broken.iia.json” could not be opened.')).toBeVisible()
  await expect(page.getByText(/Flag › title/i).first()).toBeVisible()
  await expect(rows).toHaveCount(2)

  await openFile(page, {
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('<script>alert(1)</script>'),
  })
  await expect(page.getByText('The file “notes.txt” could not be opened.')).toBeVisible()
  await expect(rows).toHaveCount(2)
})

test('export a file, import it back as a copy, delete it and undo', async ({ page }, info) => {
  await startWorkedExample(page)
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)

  // The list may still be redrawn as the new document's save lands (a click on a row being
  // replaced is lost); the file must come from a click on the settled list.
  let download: Download | undefined
  await expect(async () => {
    const downloadPromise = page.waitForEvent('download', { timeout: 3_000 })
    await page.getByRole('button', { name: /^Save “.*” as a file$/ }).click()
    download = await downloadPromise
  }).toPass({ timeout: 20_000 })
  if (!download) throw new Error('no download')
  expect(download.suggestedFilename()).toMatch(/\.iia\.json$/)
  const path = info.outputPath(download.suggestedFilename())
  await download.saveAs(path)

  await openFile(page, path)
  await expect(page.getByText(/was opened from the file/)).toBeVisible()
  await expect(rows).toHaveCount(3)

  await page
    .getByRole('button', { name: /^Delete “/ })
    .first()
    .click()
  await expect(rows).toHaveCount(2)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(3)
  await page.reload()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
})

test('the worked example opens complete and exports its PDF', async ({ page }, info) => {
  await openWorkedExampleReport(page)
  await expect(page.getByText(en.verdict.label['seriously-undermines']).first()).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await downloadPromise, info.outputPath('fair-share.pdf'))
  for (const item of Object.values(en.catalogue.items)) {
    expect(pdf.flat).toContain(item.name.split(' ')[0])
  }
  expect(pdf.flat).toContain('fair share')
})
