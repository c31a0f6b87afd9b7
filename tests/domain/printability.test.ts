import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  domainTexts,
  findUnprintable,
  type Assessment,
  type ReportModel,
} from '@/domain'
import { reportTexts, scriptOf } from '@/domain/report/printability'
import { createFairShareAssessment } from '@/domain/templates/fairShare'

const en = domainTexts('en')
const NOW = new Date('2025-03-05T10:00:00.000Z')

/** What a font for Latin, Greek, Cyrillic, punctuation and symbols (as the PDF's) cannot print. */
const LGC = /[^\u0000-\u058f\u1e00-\u2bff\ufffd]/u
/** A renderer that prints every character `unprintable` does not match. */
const printableBy = (unprintable: RegExp) => (codePoint: number) =>
  !unprintable.test(String.fromCodePoint(codePoint))

function fairShare(edit: (doc: Assessment) => void = () => {}): ReportModel {
  const doc = createFairShareAssessment({ id: 'fs', now: NOW, locale: 'en' })
  doc.report.profile = 'complete'
  edit(doc)
  return buildReport(doc, { texts: en, now: NOW })
}

describe('findUnprintable', () => {
  it('finds nothing in a report the font can print', () => {
    expect(findUnprintable(fairShare(), printableBy(LGC))).toEqual([])
    const greek = fairShare((d) => (d.flag.title = 'Ψηφιακή αγορά — Цифровой рынок'))
    expect(findUnprintable(greek, printableBy(LGC))).toEqual([])
  })

  it('names the place, the characters and the script of a Khmer title', () => {
    const title = 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា (Cybercrime law)'
    const found = findUnprintable(
      fairShare((d) => (d.flag.title = title)),
      printableBy(LGC),
    )
    // The title is on the cover first (in the cover's title); its quotes elsewhere are not listed again.
    expect(found).toHaveLength(1)
    const first = found[0]!
    expect(first.place).toEqual({ part: 'cover' })
    expect(first.text).toContain(title)
    expect(first.scripts).toEqual(['Khmr'])
    expect(first.characters).toContain('ច')
    expect(first.characters).not.toContain('C')
    expect(new Set(first.characters).size).toBe(first.characters.length)
  })

  it('says which section a text is in, and tells scripts, emoji and private use apart', () => {
    const report = fairShare((d) => {
      d.analysis['open-architecture-building-blocks'].howAffected =
        'يفرض رسومًا على حركة البيانات 🙂 and \uE000'
    })
    const found = findUnprintable(report, printableBy(LGC))
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(f.place.part).toBe('section')
    const titles = report.sections.map((s) => s.title)
    for (const f of found) if (f.place.part === 'section') expect(titles).toContain(f.place.title)
    expect(found[0]?.scripts).toEqual(['Arab', 'emoji', 'private'])
  })

  it('leaves out what no renderer prints: controls, bidi marks, joiners, variation selectors', () => {
    const report = fairShare((d) => {
      d.flag.title = 'Fair\u200b share\u200f law\u2066 text\u2069\tend\ufe0f'
      d.flag.summary = 'Line one\nline two\r\nline three'
    })
    expect(findUnprintable(report, printableBy(LGC))).toEqual([])
  })

  it('checks text as it is printed, composed (NFC)', () => {
    // "é" typed as e + combining acute: composed, it is one character the font has.
    const report = fairShare((d) => (d.flag.title = 'Re\u0301seaux'))
    expect(
      findUnprintable(report, printableBy(/[^\u0000-\u0300\u0302-\u058f\u1e00-\u2bff]/u)),
    ).toEqual([])
  })

  it('checks each text once with a cache, and finds the same', () => {
    const report = fairShare((d) => (d.flag.title = 'ក្រសួង'))
    const cache = new Map<string, string[]>()
    const first = findUnprintable(report, printableBy(LGC), cache)
    expect(cache.size).toBeGreaterThan(10)
    expect(findUnprintable(report, printableBy(LGC), cache)).toEqual(first)
    // What the cache says is what is reported: the texts are not scanned again.
    for (const key of cache.keys()) cache.set(key, [])
    expect(findUnprintable(report, printableBy(LGC), cache)).toEqual([])
  })

  it('walks every block kind, so any text the report prints is checked', () => {
    const doc = createAssessment({ id: 'blank', now: NOW, locale: 'en' })
    doc.report.profile = 'complete'
    const report = buildReport(doc, { texts: en, now: NOW })
    const texts = reportTexts(report).map((t) => t.text)
    expect(texts).toContain(report.cover.title)
    for (const section of report.sections) expect(texts).toContain(section.title)
    expect(texts.every((t) => t !== '')).toBe(true)
    // Each block kind the complete report holds gives texts of its own.
    const kinds = new Set(report.sections.flatMap((s) => s.blocks.map((b) => b.kind)))
    expect(kinds.size).toBeGreaterThan(4)
  })
})

describe('scriptOf', () => {
  it.each([
    ['a', 'Latn'],
    ['ж', 'Cyrl'],
    ['ب', 'Arab'],
    ['ש', 'Hebr'],
    ['क', 'Deva'],
    ['ক', 'Beng'],
    ['த', 'Taml'],
    ['ก', 'Thai'],
    ['ក', 'Khmr'],
    ['中', 'Hani'],
    ['か', 'Hira'],
    ['カ', 'Kana'],
    ['한', 'Hang'],
    ['😀', 'emoji'],
    ['🇰', 'emoji'],
    ['\uE000', 'private'],
    ['∰', 'other'],
  ])('%s is %s', (character, tag) => {
    expect(scriptOf(character)).toBe(tag)
  })
})
