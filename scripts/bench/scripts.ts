/**
 * PDF export in other scripts (issue 9): for each script family, a blank assessment with its
 * title and one analysis row in that script, in a fresh page (nothing cached): the bytes fetched
 * from the click to the download (the shaper, bidi and the script's font; the PDF engine is
 * counted apart as every export fetches it), the cold and warm export times, and the PDF's size.
 * A Latin title is the baseline: it must fetch no script asset.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { explainFailure, exportOnce, newContext } from './browser'
import { OUT } from './config'
import { en } from '../../src/domain/texts/en'
import { stats } from './stats'

export const SCRIPT_SAMPLES = {
  latin: 'Network fees: the Digital Networks Act',
  arabic: 'رسوم «الحصة العادلة» على الشبكات (EU 2023)',
  hebrew: 'חוק הגנת הפרטיות (תיקון 13)',
  khmer: 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា',
  thai: 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์',
  devanagari: 'सूचना प्रौद्योगिकी नियम',
  bengali: 'ডিজিটাল নিরাপত্তা আইন',
  tamil: 'இணைய சுதந்திரம் சட்டம்',
  chinese: '网络安全法（草案）第二十一条',
  traditional: '個人資料保護法修正草案',
  japanese: '電気通信事業法の改正について',
  korean: '전기통신사업법 개정안',
} as const

const RUNS_PER_SCRIPT = 3

export type ScriptsResult = Awaited<ReturnType<typeof benchScripts>>

/** A new blank assessment with the sample as its title and in one analysis row, on Report. */
async function writeSample(page: Page, sample: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill(sample)
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()
  const row = page.getByRole('article', {
    name: en.catalogue.items['decentralized-management-distributed-routing'].name,
    exact: true,
  })
  await row.getByRole('radio', { name: 'Strongly negative', exact: true }).check()
  await row.getByLabel('How could it be affected?').fill(`${sample}: ${sample}, ${sample}.`)
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor()
}

export async function benchScripts() {
  const rows: Record<
    string,
    {
      scriptBytes: number
      scriptFiles: string[]
      cold: ReturnType<typeof stats>
      warm: ReturnType<typeof stats>
      pdfBytes: number | null
    }
  > = {}
  for (const [family, sample] of Object.entries(SCRIPT_SAMPLES)) {
    const cold: number[] = []
    const warm: number[] = []
    let scriptBytes = 0
    let scriptFiles: string[] = []
    let pdfBytes: number | null = null
    for (let run = 0; run < RUNS_PER_SCRIPT; run++) {
      const { context, problems } = await newContext()
      try {
        const page = await context.newPage()
        await writeSample(page, sample)
        const fetched: { url: string; bytes: number }[] = []
        let counting = true
        page.on('requestfinished', (request) => {
          if (!counting) return
          void request.sizes().then((s) => {
            fetched.push({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })
          })
        })
        const first = await exportOnce(page, run === 0 ? join(OUT, `script-${family}.pdf`) : null)
        counting = false
        cold.push(first.pdf!)
        if (first.info) pdfBytes = first.info.bytes
        // Everything the export fetched beyond the PDF engine every export loads.
        const assets = fetched.filter(
          (f) => /\.(gz|wasm)$/.test(f.url) || /\/(shaped|dist|hanCoverage)-/.test(f.url),
        )
        scriptBytes = assets.reduce((sum, f) => sum + f.bytes, 0)
        scriptFiles = assets.map((f) => f.url.replace(/^\/assets\//, ''))
        for (let k = 0; k < 2; k++) warm.push((await exportOnce(page)).pdf!)
      } catch (error) {
        throw await explainFailure(error, context, `script-${family}-run${run + 1}`, problems)
      } finally {
        await context.close()
      }
    }
    rows[family] = { scriptBytes, scriptFiles, cold: stats(cold), warm: stats(warm), pdfBytes }
  }
  return rows
}
