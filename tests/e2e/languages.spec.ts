import { test, expect } from './fixtures'
import { readDownloadedPdf } from './pdf'
import { fr as frUi } from '../../src/i18n/fr'
import { es as esUi } from '../../src/i18n/es'
import { ar as arUi } from '../../src/i18n/ar'
import { arSteps } from '../../src/i18n/ar/steps'
import { es } from '../../src/domain/texts/es'
import { openWorkedExampleReport } from './workedExample'

test('the interface switches to French, remembers it, and formats dates the French way', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Language').selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: frUi.library.title })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: frUi.library.title })).toBeVisible()

  await page.getByRole('button', { name: frUi.library.start.template }).click()
  await page.getByRole('link', { name: frUi.common.nav.library }).first().click()
  // A French date: the month is written in French.
  await expect(page.locator('time').first()).toHaveText(
    /janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc/,
  )
})

test('the interface switches to Arabic, right to left, and back to English left to right', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await page.getByLabel('Language').selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const heading = page.getByRole('heading', { level: 1, name: arUi.library.title })
  await expect(heading).toBeVisible()
  expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(heading).toBeVisible()

  // The step screens speak Arabic too.
  await page.getByRole('button', { name: arUi.library.start.template }).click()
  await expect(page.getByRole('heading', { level: 1, name: arSteps.flag.heading })).toBeVisible()
  await page.getByRole('link', { name: arUi.common.nav.library }).first().click()
  // An Arabic date and time, as Intl writes them in Arabic: the Arabic comma, and ص or م
  // (morning, evening) after the time.
  await expect(page.locator('time').first()).toHaveText(/،.*\d.*[صم]$/)

  await page.getByLabel(arUi.common.language).selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()
})

test.describe('with a browser set to Arabic', () => {
  test.use({ locale: 'ar-EG' })

  test('the app starts in Arabic, right to left', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1, name: arUi.library.title })).toBeVisible()
  })
})

test.describe('with a browser set to Spanish', () => {
  test.use({ locale: 'es-ES' })

  test('the app starts in Spanish', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: esUi.library.title })).toBeVisible()
  })
})

test('a report is exported in Spanish from an English interface', async ({ page }, info) => {
  await openWorkedExampleReport(page)
  await page.getByLabel('Report language').selectOption('es')
  await expect(page.getByRole('heading', { name: es.report.sections.summary })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await downloadPromise, info.outputPath('es.pdf'))
  expect(pdf.flat).toContain(es.report.sections.summary)
  expect(pdf.flat).toContain(es.verdict.label['seriously-undermines'])
  expect(pdf.flat).toContain(es.report.sections.sources)
})
