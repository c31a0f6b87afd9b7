import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { paragraphDirection } from '@/domain'
import { fontsNeeded, hanIn } from '@/report-pdf/shaped/fontChoice'
import { breakablePieces, breakShaped } from '@/report-pdf/shaped/lineBreak'
import { fontBytes } from '@/report-pdf/shaped/loadScriptFonts'
import { visualOrder } from '@/report-pdf/shaped/shaper'

describe('fontsNeeded', () => {
  it('needs nothing for Latin, Greek and Cyrillic', () => {
    expect([...fontsNeeded(['Fair share – Ωμέγα – Сеть'])]).toEqual([])
  })

  it('needs one font per script, and no more', () => {
    expect([...fontsNeeded(['ច្បាប់ (law)', 'قانون', 'قانون دوم'])].sort()).toEqual([
      'arabic',
      'khmer',
    ])
    expect([...fontsNeeded(['पक्ष', 'পক্ষ', 'தமிழ்', 'ไทย', 'עברית'])].sort()).toEqual([
      'bengali',
      'devanagari',
      'hebrew',
      'tamil',
      'thai',
    ])
  })

  it('reads ideographs as Japanese beside kana, as Korean hanja beside hangul, else Chinese', () => {
    expect([...fontsNeeded(['電気通信事業法の改正'])]).toEqual(['jp'])
    expect([...fontsNeeded(['网络安全法'])]).toEqual(['sc'])
    // 體 and 護 are traditional forms, missing from the simplified font.
    expect([...fontsNeeded(['個人資料保護法'])]).toEqual(['tc'])
    expect([...fontsNeeded(['전기통신사업법'])]).toEqual(['kr'])
    expect([...fontsNeeded(['大韓民國 헌법'])].sort()).toEqual(['kr', 'tc'])
  })

  it('fetches the Chinese font for CJK punctuation met alone', () => {
    expect([...fontsNeeded(['Draft「A」'])]).toEqual(['sc'])
  })

  it('knows which ideographs each font has', () => {
    expect(hanIn('sc', '网'.codePointAt(0)!)).toBe(true)
    expect(hanIn('sc', '體'.codePointAt(0)!)).toBe(false)
    expect(hanIn('tc', '體'.codePointAt(0)!)).toBe(true)
    expect(hanIn('kr', '網'.codePointAt(0)!)).toBe(false)
  })
})

describe('paragraphDirection', () => {
  it('follows the first strong letter, as dir="auto" does', () => {
    expect(paragraphDirection('قانون (EU 2023)')).toBe('rtl')
    expect(paragraphDirection('2023: חוק')).toBe('rtl')
    expect(paragraphDirection('EU law: قانون')).toBe('ltr')
    expect(paragraphDirection('2023')).toBe('ltr')
  })
})

describe('line breaking', () => {
  it('breaks after spaces, hyphens and slashes, giving the text back whole', () => {
    expect(breakablePieces('Fair share fees')).toEqual(['Fair ', 'share ', 'fees'])
    expect(breakablePieces('example.org/path')).toEqual(['example.org/', 'path'])
    for (const text of ['พระราชบัญญัติว่าด้วยการกระทำความผิด', 'ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា'])
      expect(breakablePieces(text).join('')).toBe(text)
  })

  it('finds words in Thai, Khmer and Chinese, written without spaces', () => {
    expect(breakablePieces('พระราชบัญญัติว่าด้วยการกระทำความผิด').length).toBeGreaterThan(3)
    expect(breakablePieces('ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា').length).toBeGreaterThan(3)
    expect(breakablePieces('网络安全法草案第二十一条').length).toBeGreaterThan(3)
  })

  it('never starts a line with closing punctuation nor ends one after opening punctuation', () => {
    const pieces = breakablePieces('网络安全法（草案）。第二十一条「规定」、其他')
    for (const piece of pieces) expect(piece).not.toMatch(/^[）。」、]/u)
    for (const piece of pieces.slice(0, -1)) expect(piece).not.toMatch(/[（「]$/u)
  })

  it('fills lines greedily and cuts a word longer than a line between graphemes', () => {
    const fits = (line: string) => [...line].length <= 10
    expect(breakShaped('one two three four', fits)).toEqual(['one two', 'three four'])
    const lines = breakShaped('ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា', (l) => l.length <= 6)
    expect(lines.join('')).toBe('ច្បាប់ស្តីពីបទល្មើសបច្ចេកវិទ្យា')
    // No line starts with a combining sign: clusters stay whole.
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u)
  })
})

describe('visualOrder (UAX #9, rule L2)', () => {
  const order = (levels: number[]) =>
    visualOrder(levels.map((level, i) => ({ level, i }))).map((r) => r.i)

  it('reverses right-to-left runs and keeps numbers inside them in reading order', () => {
    expect(order([0, 0])).toEqual([0, 1])
    expect(order([0, 1, 1, 0])).toEqual([0, 2, 1, 3])
    // An Arabic paragraph (1) with "EU 2023" (2) inside: the number stays left to right.
    expect(order([1, 2, 2, 1])).toEqual([3, 1, 2, 0])
  })
})

describe('fontBytes', () => {
  it('unzips a gzipped font, and takes one the host already unzipped as it is', async () => {
    const font = new Uint8Array([0, 1, 0, 0, 9, 9, 9])
    expect(await fontBytes(new Response(gzipSync(font)))).toEqual(font)
    expect(await fontBytes(new Response(font))).toEqual(font)
  })
})
