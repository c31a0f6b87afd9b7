/**
 * The brief's publication facts and texts (issue 8, items 3 and 4): entered on the Report
 * screen, drafted from the findings and edited, saved with the document, and printed.
 */
import { test, expect } from './fixtures'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'

const squeeze = (text: string) => text.replace(/\s+/g, '')

test('authors, facts and a drafted summary are saved, come back after a reload, and print', async ({
  page,
}, info) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill('Gateway decree')
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()
  const routing = page.getByRole('article', {
    name: en.catalogue.items['decentralized-management-distributed-routing'].name,
    exact: true,
  })
  await routing.getByRole('radio', { name: 'Strongly negative', exact: true }).check()
  await routing
    .getByLabel('How could it be affected?')
    .fill('Every route abroad must pass one state gateway.')
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()

  await page.getByRole('button', { name: 'Add an author' }).click()
  const author = page.getByRole('group', { name: 'Author 1' })
  await author.getByLabel('Name').fill('Ana Pérez')
  await author.getByLabel(/^Affiliation/).fill('Examplia Chapter')
  await page.getByLabel(/^Version/).fill('1.1')
  await page.getByLabel(/^Publication date/).fill('2031-02-18')
  await page.getByLabel(/^Licence/).fill('CC BY 4.0')
  await page.getByRole('button', { name: 'Draft Executive summary from the findings' }).click()
  const summary = page.getByRole('textbox', { name: /^Executive summary/ })
  await expect(summary).toHaveValue(/^Undermines 1 of the 5 critical properties/)
  await summary.press('End')
  await summary.pressSequentially(' Our own closing line.')
  await expect(page.getByText('All changes saved on this device')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('group', { name: 'Author 1' }).getByLabel('Name')).toHaveValue(
    'Ana Pérez',
  )
  await expect(page.getByLabel(/^Publication date/)).toHaveValue('2031-02-18')
  await expect(page.getByRole('textbox', { name: /^Executive summary/ })).toHaveValue(
    /Our own closing line\.$/,
  )

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await download, info.outputPath('brief.pdf'))
  const text = squeeze(pdf.flat)
  for (const expected of ['Ana Pérez', 'Examplia Chapter', '18 February 2031', 'CC BY 4.0'])
    expect(text).toContain(squeeze(expected))
  expect(text).toContain(squeeze('Our own closing line.'))
})

test('a file with fields this version does not know: they are kept, named, and saved again', async ({
  page,
}, info) => {
  const { readFile } = await import('node:fs/promises')
  const doc = JSON.parse(await readFile('tests/fixtures/v2-brief.iia.json', 'utf8')) as Record<
    string,
    unknown
  > & { flag: Record<string, unknown> }
  doc.flag.committee = 'Committee on Industry'
  doc.reviewedBy = { name: 'Chapter board', on: '2031-01-05' }
  await page.goto('/')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'with-extras.iia.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  })
  const notice = page.getByRole('status').filter({ hasText: /was opened from the file/ })
  await expect(notice).toContainText('2 fields this version of the app does not know')
  await expect(notice).toContainText('flag.committee, reviewedBy')

  await page.reload()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Save “.*” as a file$/ }).click()
  const path = info.outputPath('saved.iia.json')
  await (await download).saveAs(path)
  const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> & {
    flag: Record<string, unknown>
  }
  expect(saved.flag.committee).toBe('Committee on Industry')
  expect(saved.reviewedBy).toEqual({ name: 'Chapter board', on: '2031-01-05' })
  expect(saved).not.toHaveProperty('kept')
})
