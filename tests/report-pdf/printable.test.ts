import { Blob as HbBlob, Face } from 'harfbuzzjs'
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { bytesToBinaryString } from '@/report-pdf/fonts'
import { inBase } from '@/report-pdf/fonts/base'
import { BASE_RANGES } from '@/report-pdf/fonts/baseRanges'
import { printableInPdf } from '@/report-pdf/printable'
import { SCRIPT_FONT_IDS } from '@/report-pdf/shaped'
import { testFonts, testScriptFont } from './fonts'

type CodeMap = Record<number, number | undefined>

/** A cut's character map, read the way the renderer's text cleaner reads it. */
function codeMapOf(bytes: Uint8Array, style: 'normal' | 'bold'): CodeMap {
  const doc = new jsPDF()
  doc.addFileToVFS('f.ttf', bytesToBinaryString(bytes))
  doc.addFont('f.ttf', 'F', style)
  doc.setFont('F', style)
  return (doc.getFont().metadata as { cmap: { unicode: { codeMap: CodeMap } } }).cmap.unicode
    .codeMap
}

describe('what the PDF prints (run `npm run fonts` after changing a font)', () => {
  it('prints as plain text exactly what both cuts of the base font have', () => {
    const fonts = testFonts()
    const normal = codeMapOf(fonts.regular, 'normal')
    const bold = codeMapOf(fonts.bold, 'bold')
    const wrong: string[] = []
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (inBase(cp) !== Boolean(normal[cp] && bold[cp])) wrong.push(cp.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('prints exactly what the base font and the script fonts have', () => {
    const scripts = SCRIPT_FONT_IDS.map(
      (id) => new Set(new Face(new HbBlob(testScriptFont(id))).collectUnicodes()),
    )
    const wrong: string[] = []
    for (let cp = 0; cp <= 0xffff; cp++) {
      const expected = inBase(cp) || scripts.some((s) => s.has(cp))
      if (printableInPdf(cp) !== expected) wrong.push(cp.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('prints the scripts of the issue and refuses emoji and private use', () => {
    for (const ch of ['ក', 'ب', 'پ', 'ے', 'ש', 'क', 'ক', 'த', 'ไ', '中', '體', 'か', '한', '。'])
      expect(printableInPdf(ch.codePointAt(0)!), ch).toBe(true)
    for (const ch of ['😀', '\uE000', 'ሀ', '𠀀'])
      expect(printableInPdf(ch.codePointAt(0)!), ch).toBe(false)
    for (const ch of ['A', 'é', 'ß', 'Ω', 'ж', '—', '€', '✓'])
      expect(inBase(ch.codePointAt(0)!), ch).toBe(true)
  })

  it('has sorted base ranges that do not touch', () => {
    for (let i = 0; i < BASE_RANGES.length; i++) {
      const [from, to] = BASE_RANGES[i]!
      expect(from).toBeLessThanOrEqual(to)
      if (i > 0) expect(from).toBeGreaterThan(BASE_RANGES[i - 1]![1] + 1)
    }
  })
})
