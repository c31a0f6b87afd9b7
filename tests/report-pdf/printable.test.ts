import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { bytesToBinaryString } from '@/report-pdf/fonts'
import { PRINTABLE_RANGES } from '@/report-pdf/fonts/coverage'
import { UNPRINTABLE_IN_PDF } from '@/report-pdf/printable'
import { testFonts } from './fonts'

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

const canPrintInPdf = (codePoint: number) =>
  !UNPRINTABLE_IN_PDF.test(String.fromCodePoint(codePoint))

describe('UNPRINTABLE_IN_PDF', () => {
  it('is exactly what both embedded cuts have (run `npm run fonts` after changing them)', () => {
    const fonts = testFonts()
    const normal = codeMapOf(fonts.regular, 'normal')
    const bold = codeMapOf(fonts.bold, 'bold')
    const wrong: string[] = []
    for (let cp = 0; cp <= 0xffff; cp++) {
      const expected = Boolean(normal[cp] && bold[cp])
      if (canPrintInPdf(cp) !== expected) wrong.push(cp.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('matches what lies beyond: other scripts, emoji, private use', () => {
    for (const ch of ['ក', 'ب', 'ש', 'क', '中', '😀', '\uE000'])
      expect(canPrintInPdf(ch.codePointAt(0)!), ch).toBe(false)
    for (const ch of ['A', 'é', 'ß', 'Ω', 'ж', '—', '€', '✓'])
      expect(canPrintInPdf(ch.codePointAt(0)!), ch).toBe(true)
  })

  it('has sorted ranges that do not touch', () => {
    for (let i = 0; i < PRINTABLE_RANGES.length; i++) {
      const [from, to] = PRINTABLE_RANGES[i]!
      expect(from).toBeLessThanOrEqual(to)
      if (i > 0) expect(from).toBeGreaterThan(PRINTABLE_RANGES[i - 1]![1] + 1)
    }
  })
})
