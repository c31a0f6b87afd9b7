/**
 * Every script the Internet community writes in (issue 9): per script family, a sample typed
 * into Flag (the title) and into an Analyze row comes out of the downloaded PDF as typed, with no
 * warning before export, its font and the shaper fetched only then.
 */
import { execFileSync } from 'node:child_process'
import { test, expect } from './fixtures'
import { en } from '../../src/domain/texts/en'

const FAMILIES = {
  arabic: 'قانون حماية البيانات الشخصية',
  persian: 'پژوهش درباره‌ی آزادی اینترنت',
  hebrew: 'חוק הגנת הפרטיות',
  khmer: 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា',
  thai: 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์',
  devanagari: 'सूचना प्रौद्योगिकी नियम',
  bengali: 'ডিজিটাল নিরাপত্তা আইন',
  tamil: 'இணைய சுதந்திரம் சட்டம்',
  chinese: '网络安全法草案',
  traditional: '個人資料保護法修正草案',
  japanese: '電気通信事業法の改正について',
  korean: '전기통신사업법 개정안',
} as const

/** Text as an extractor gives it back, without invisible characters and extra spaces. */
const visible = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()

for (const [family, sample] of Object.entries(FAMILIES)) {
  test(`a ${family} title and analysis print in the PDF as typed`, async ({ page }, info) => {
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await page.goto('/')
    await page.getByRole('button', { name: 'New blank assessment' }).click()
    await page.getByLabel('Title', { exact: true }).first().fill(sample)
    await page.getByRole('link', { name: /^Next: Analyze/ }).click()
    const routing = page.getByRole('article', {
      name: en.catalogue.items['decentralized-management-distributed-routing'].name,
      exact: true,
    })
    await routing.getByRole('radio', { name: 'Strongly negative', exact: true }).check()
    await routing.getByLabel('How could it be affected?').fill(`${sample} 42`)
    await page
      .getByRole('link', { name: /^Report/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
    await expect(
      page.getByRole('group', { name: 'Some of this text cannot print in the PDF' }),
    ).toHaveCount(0)
    expect(fetched.filter((p) => /\.(gz|wasm)$/.test(p))).toEqual([])

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download PDF report' }).click()
    const path = info.outputPath(`${family}.pdf`)
    await (await download).saveAs(path)
    const text = visible(
      execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
    )
    expect(text).toContain(visible(sample))
    // poppler orders digits beside right-to-left words by its own rules (pdf.js gets them right:
    // tests/report-pdf/scripts.test.ts); every word still comes back whole.
    if (/[\u0590-\u08ff]/u.test(sample))
      for (const word of sample.split(' ')) expect(text).toContain(visible(`${word}`))
    else expect(text).toContain(visible(`${sample} 42`))
    // The shaper and this script's font only, fetched at export.
    const assets = fetched.filter((p) => /\.(gz|wasm)$/.test(p))
    expect(assets.some((p) => p.endsWith('.wasm'))).toBe(true)
    expect(assets.filter((p) => p.endsWith('.gz'))).toHaveLength(1)
  })
}
