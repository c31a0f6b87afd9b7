/**
 * Never a silent "�" (issue 9, item 4): text the PDF's font cannot print is named on the Report
 * step before export, the PDF can still be made, and the browser's print prints the report alone.
 */
import { test, expect } from './fixtures'
import { findViolations } from './axe'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'

// Scripts the PDF has no font for (the app prints Arabic, Hebrew, Indic, Thai, Khmer and CJK).
const ETHIOPIC = 'የሳይበር ወንጀል ሕግ'
const CHEROKEE = 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ'

test('the Report step names what the PDF cannot print, then exports anyway or prints', async ({
  page,
}, info) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill(`${ETHIOPIC} (Cybercrime law)`)
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()
  const routing = page.getByRole('article', {
    name: en.catalogue.items['decentralized-management-distributed-routing'].name,
    exact: true,
  })
  await routing.getByRole('radio', { name: 'Strongly negative', exact: true }).check()
  await routing.getByLabel('How could it be affected?').fill(CHEROKEE)
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()

  const warning = page.getByRole('group', { name: 'Some of this text cannot print in the PDF' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('no characters for Ethiopic and Cherokee')
  await expect(warning.getByRole('listitem').first()).toContainText(`Cover: “`)
  await expect(warning.getByRole('listitem').first()).toContainText(ETHIOPIC)
  await expect(warning.getByRole('listitem').filter({ hasText: CHEROKEE })).toContainText(
    '(Cherokee)',
  )

  // Accessible in both colour schemes (the callout has its own colours).
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    expect(
      (await findViolations(page, { include: '.report-unprintable' })).map((v) => v.id),
      colorScheme,
    ).toEqual([])
  }

  // The warning comes before the export buttons, in reading order.
  const box = await warning.boundingBox()
  const pdfButton = page.getByRole('button', { name: 'Download PDF report' })
  expect(box!.y).toBeLessThan((await pdfButton.boundingBox())!.y)

  // Export anyway: the PDF is made, with the replacement mark where the warning said.
  const download = page.waitForEvent('download')
  await pdfButton.click()
  const pdf = await readDownloadedPdf(await download, info.outputPath('unprintable.pdf'))
  expect(pdf.flat).toContain('(Cybercrime law)')
  expect(pdf.flat).toContain('\uFFFD')

  // Print or save as PDF: the browser's print, of the report alone.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => void w.printed++
  })
  await warning.getByRole('button', { name: 'Print or save as PDF' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview).toBeVisible()
  await expect(preview.getByText(ETHIOPIC).first()).toBeVisible()
  await expect(pdfButton).toBeHidden()
  await expect(warning).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeHidden()
  // Nor the assessment's bar (its title, save status and history link).
  await expect(page.getByText('All changes saved on this device')).toBeHidden()
  await expect(page.getByRole('link', { name: /history/i })).toBeHidden()
})
