// A PDF report opens again in the app (issue 10): it carries the assessment file, and opening
// or dropping the PDF adds that assessment as an exact copy; a PDF without it is refused.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { readRecords } from './idb'
import { openFile } from './openFile'
import { openWorkedExampleReport, startWorkedExample } from './workedExample'

/** A stored document without what a copy changes: its id and times. */
function content(doc: unknown): unknown {
  return { ...(doc as object), id: null, createdAt: null, updatedAt: null }
}

async function workedExamplePdf(page: Page, path: string): Promise<void> {
  await openWorkedExampleReport(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  await (await download).saveAs(path)
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
}

test('the worked example → PDF → open that PDF → the very same document', async ({
  page,
}, info) => {
  const path = info.outputPath('fair-share.pdf')
  await workedExamplePdf(page, path)
  expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toMatch(/\.iia\.json/)

  await openFile(page, path)
  await expect(page.getByText(/was opened from the file/)).toBeVisible()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  await page.reload()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  const records = await readRecords(page)
  expect(records).toHaveLength(2)
  const [first, second] = records
  expect(first?.id).not.toBe(second?.id)
  expect(JSON.stringify(first?.doc)).toContain('fair share')
  expect(content(second?.doc)).toEqual(content(first?.doc))
})

test('a PDF dropped on "Open a file…" opens too', async ({ page }, info) => {
  const path = info.outputPath('dropped.pdf')
  await workedExamplePdf(page, path)
  const bytes = readFileSync(path).toString('base64')
  const target = page.locator('.start__option', {
    has: page.getByRole('button', { name: 'Open a file…' }),
  })
  const transfer = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    const dt = new DataTransfer()
    dt.items.add(new File([data], 'report.pdf', { type: 'application/pdf' }))
    return dt
  }, bytes)
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await target.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByText(/was opened from the file/)).toBeVisible()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
})

test('a PDF without the assessment is refused in plain words; the library is unchanged', async ({
  page,
}) => {
  await startWorkedExample(page)
  await page.getByRole('link', { name: 'My assessments' }).first().click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)
  await openFile(page, {
    name: 'minutes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'),
  })
  await expect(page.getByText('The file “minutes.pdf” could not be opened.')).toBeVisible()
  await expect(page.getByText(/does not carry an assessment file/)).toBeVisible()
  await page.reload()
  await expect(rows).toHaveCount(2)
})
