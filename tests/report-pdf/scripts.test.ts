import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  domainTexts,
  findUnprintable,
  type Assessment,
  type ReportModel,
} from '@/domain'
import { createFairShareAssessment } from '@/domain/templates/fairShare'
import { stringsOf } from '@/report-pdf'
import { printableInPdf } from '@/report-pdf/printable'
import { renderReportPdf } from '@/report-pdf/renderReportPdf'
import { testFonts, testShaper } from './fonts'
import { normaliseText, readPdf } from './readPdf'

const NOW = new Date('2025-03-05T10:00:00.000Z')

/** A sample of each script family the PDF prints, as a chapter would type it. */
export const SAMPLES = {
  arabic: 'رسوم «الحصة العادلة» على الشبكات (EU 2023)',
  persian: 'پژوهش درباره‌ی آزادی اینترنت ۱۴۰۲',
  urdu: 'انٹرنیٹ کی آزادی کا قانون',
  hebrew: 'חוק הגנת הפרטיות (תיקון 13) 2024',
  khmer: 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា',
  thai: 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์',
  devanagari: 'सूचना प्रौद्योगिकी नियम और क्षेत्र',
  bengali: 'ডিজিটাল নিরাপত্তা আইন',
  tamil: 'இணைய சுதந்திரம் சட்டம்',
  chinese: '网络安全法（草案）第二十一条',
  traditional: '個人資料保護法修正草案',
  japanese: '電気通信事業法の改正について',
  korean: '전기통신사업법 개정안',
} as const

function report(edit: (doc: Assessment) => void): ReportModel {
  const doc = createFairShareAssessment({ id: 'fs', now: NOW, locale: 'en' })
  doc.report.profile = 'complete'
  edit(doc)
  return buildReport(doc, { texts: domainTexts('en'), now: NOW })
}

async function render(model: ReportModel): Promise<Uint8Array> {
  const shaper = await testShaper(stringsOf(model))
  return renderReportPdf(model, { fonts: testFonts(), shaper })
}

/**
 * Text as an extractor gives it back, compared without the invisible characters: pdf.js drops
 * joiners (ZWNJ) and poppler adds embedding marks around right-to-left words.
 */
const visible = (text: string) => normaliseText(text.normalize('NFC').replace(/\p{Cf}/gu, ''))

const OUT = '/tmp/iiat-scripts'
const REFERENCES = fileURLToPath(new URL('./references/', import.meta.url))

/** pdftoppm's options for the cover's title block: page 1 at 100 dpi, cropped. */
const TITLE_BLOCK = [
  '-r',
  '100',
  '-f',
  '1',
  '-l',
  '1',
  '-x',
  '60',
  '-y',
  '150',
  '-W',
  '740',
  '-H',
  '130',
]

/** The cover's title block, rendered by poppler in shades of grey (a binary PGM's pixels). */
function renderTitle(pdf: string): { width: number; height: number; pixels: Uint8Array } {
  const base = pdf.replace(/\.pdf$/, '-title')
  execFileSync('pdftoppm', [...TITLE_BLOCK, '-gray', '-singlefile', pdf, base])
  return parsePgm(readFileSync(`${base}.pgm`))
}

function parsePgm(file: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(
    new TextDecoder('latin1').decode(file.subarray(0, 40)),
  )
  if (!header) throw new Error('not a binary PGM')
  const [, width, height] = header.map(Number) as [number, number, number]
  return { width, height, pixels: file.subarray(header[0].length) }
}

/**
 * Compares a family's title block with its reviewed reference: at most 0.2% of the pixels may
 * differ by more than a fifth of the grey scale (anti-aliasing). UPDATE_REFERENCES=1 writes new
 * references, and a PNG of each in /tmp/iiat-scripts to look at before committing them.
 */
function compareWithReference(family: string, pdf: string): void {
  const image = renderTitle(pdf)
  const file = `${REFERENCES}${family}.pgm.gz`
  const header = `P5\n${image.width} ${image.height}\n255\n`
  if (process.env.UPDATE_REFERENCES === '1' || !existsSync(file)) {
    if (process.env.UPDATE_REFERENCES !== '1') throw new Error(`No reference image for ${family}.`)
    mkdirSync(REFERENCES, { recursive: true })
    writeFileSync(file, gzipSync(Buffer.concat([Buffer.from(header), image.pixels]), { level: 9 }))
    execFileSync('pdftoppm', [
      ...TITLE_BLOCK,
      '-png',
      '-singlefile',
      pdf,
      `${OUT}/${family}-reference`,
    ])
    return
  }
  const reference = parsePgm(gunzipSync(readFileSync(file)))
  expect([reference.width, reference.height]).toEqual([image.width, image.height])
  let differing = 0
  for (let i = 0; i < image.pixels.length; i++) {
    if (Math.abs(image.pixels[i]! - reference.pixels[i]!) > 51) differing++
  }
  expect(
    differing / image.pixels.length,
    `${family}: share of pixels that differ`,
  ).toBeLessThanOrEqual(0.002)
}

/** Samples that mix directions: poppler reorders their neutral characters by its own rules. */
const MIXED = new Set(['arabic', 'persian', 'hebrew'])

describe('text in other scripts', () => {
  for (const [family, sample] of Object.entries(SAMPLES)) {
    it(`prints ${family} text that reads back as typed, in the title and in a table`, async () => {
      const model = report((d) => {
        d.flag.title = sample
        d.analysis['open-architecture-building-blocks'].howAffected = `${sample} 42`
      })
      const bytes = await render(model)
      mkdirSync(OUT, { recursive: true })
      writeFileSync(`${OUT}/${family}.pdf`, bytes)
      const pdf = visible((await readPdf(bytes)).text)
      const typed = visible(sample)
      const excerpt = (t: string) =>
        t.slice(t.indexOf('Assessment:'), t.indexOf('Assessment:') + 90)
      expect(pdf.includes(typed), excerpt(pdf)).toBe(true)
      expect(pdf.includes(`${typed} 42`), excerpt(pdf)).toBe(true)
      const poppler = visible(
        execFileSync('pdftotext', ['-enc', 'UTF-8', `${OUT}/${family}.pdf`, '-'], {
          encoding: 'utf8',
        }),
      )
      if (!MIXED.has(family)) expect(poppler.includes(typed), excerpt(poppler)).toBe(true)
      // Every word comes back whole, in the order it was typed within its run.
      for (const word of typed.split(/[\s()«»]+/u).filter(Boolean))
        expect(poppler.includes(word), `${word} in ${excerpt(poppler)}`).toBe(true)
      compareWithReference(family, `${OUT}/${family}.pdf`)
      // Shaping a whole report and reading it back twice: seconds on a busy machine.
    }, 30_000)
  }
})

describe('a right-to-left report (Arabic)', () => {
  it('is laid out mirrored: the lines of its cover end at the right margin', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const model = report((d) => (d.flag.title = 'رسوم الحصة العادلة على الشبكات'))
    ;(model.meta as { locale: string }).locale = 'ar'
    const bytes = await render(model)
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
    const page = await pdf.getPage(1)
    const width = page.getViewport({ scale: 1 }).width
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim())
    // The cover's first lines (title, proposal type) end at the right margin (18 mm).
    const ends = items.map((i) => ('transform' in i ? i.transform[4] + i.width : 0))
    const margin = 18 * (72 / 25.4)
    expect(Math.max(...ends)).toBeGreaterThan(width - margin - 2)
    for (const end of ends.slice(0, 3)) expect(end).toBeGreaterThan(width - margin - 2)
  }, 30_000)
})

describe('a report written in Arabic', () => {
  it('prints every text, interface words included, and reads back in Arabic', async () => {
    const doc = createFairShareAssessment({ id: 'fs', now: NOW, locale: 'ar' })
    doc.report.profile = 'complete'
    const model = buildReport(doc, { texts: domainTexts('ar'), now: NOW })
    expect(findUnprintable(model, printableInPdf)).toEqual([])
    const bytes = await render(model)
    mkdirSync(OUT, { recursive: true })
    writeFileSync(`${OUT}/arabic-report.pdf`, bytes)
    const pdf = await readPdf(bytes)
    const text = visible(pdf.text)
    for (const title of model.sections.map((s) => s.title)) expect(text).toContain(visible(title))
    expect(text).not.toContain('\uFFFD')
  }, 60_000)
})
