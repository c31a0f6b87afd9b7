import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { putRecords } from './idb'

test('an unreadable saved record is set aside, downloadable, and the rest still lists', async ({
  page,
}, info) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill('A good assessment')
  await expect(page.getByText('All changes saved on this device')).toBeVisible()

  await putRecords(page, [
    { id: 'broken', savedAt: '2026-01-01T00:00:00Z', doc: { format: 'garbage', n: 42 } },
  ])
  await page.goto('/')

  const notice = page.getByRole('region', { name: 'Some saved data could not be read' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Record “broken”')
  const downloadPromise = page.waitForEvent('download')
  await notice.getByRole('button', { name: 'Download raw data' }).click()
  const download = await downloadPromise
  const path = info.outputPath(download.suggestedFilename())
  await download.saveAs(path)
  expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ format: 'garbage', n: 42 })

  await expect(page.getByRole('link', { name: 'A good assessment' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: 'A good assessment' })).toBeVisible()
  await expect(notice).toBeVisible()
})

test('the home screen says whether the browser keeps the data, and how much is used', async ({
  page,
}) => {
  // With something saved: an empty library has nothing the browser could clear.
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await expect(
    page.getByText(
      /Your assessments are kept until you delete them|The browser may clear them when space runs low/,
    ),
  ).toBeVisible()
  await expect(page.getByText(/^Storage used by this app: .+ of .+ available\.$/)).toBeVisible()
})
