// The summary card (issue 10): downloaded as SVG and PNG from the worked example, read back.
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { en } from '../../src/domain/texts/en'
import { openWorkedExampleReport } from './workedExample'

test('the worked example as a summary card: SVG and PNG, with the summary link and its QR code', async ({
  page,
}, info) => {
  await openWorkedExampleReport(page)
  const card = page.getByRole('region', { name: 'Summary card' })
  const preview = card.getByRole('img')
  await expect(preview).toHaveAttribute('alt', /Seriously undermines what the Internet/)

  // A summary link made on the page goes on the card, with its QR code.
  const summary = page.getByRole('region', { name: /Summary link/ })
  await summary.getByRole('button', { name: 'Make a summary link' }).click()
  await expect(preview).toHaveAttribute('alt', /Link: http:\/\/127\.0\.0\.1:\d+\/open#s1\./)

  const svgDownload = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Download SVG' }).click()
  const svgPath = info.outputPath('card.svg')
  await (await svgDownload).saveAs(svgPath)
  const svg = readFileSync(svgPath, 'utf8')
  const read = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      errors: xml.getElementsByTagName('parsererror').length,
      title: xml.querySelector('title')?.textContent,
      texts: [...xml.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      qr: xml.querySelectorAll('path').length,
    }
  }, svg)
  expect(read.errors).toBe(0)
  expect(read.title).toContain('fair share')
  expect(read.texts).toContain(en.verdict.label['seriously-undermines'].split(' ')[0])
  expect(read.texts).toContain('Undermines 3 of the 5 critical properties')
  expect(read.qr).toBe(1)

  const pngDownload = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Download PNG' }).click()
  const pngPath = info.outputPath('card.png')
  await (await pngDownload).saveAs(pngPath)
  const png = readFileSync(pngPath)
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.readUInt32BE(16)).toBe(2400)
  expect(png.readUInt32BE(20)).toBe(1350)

  // The alt text is on the page to read and copy.
  await expect(card.getByText(/^Internet Impact Brief: EU “fair share”/)).toBeVisible()
})
