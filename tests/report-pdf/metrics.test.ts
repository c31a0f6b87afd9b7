// @vitest-environment node
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { FONT_FAMILY, registerFonts } from '@/report-pdf/fonts'
import { useFastGlyphCoding } from '@/report-pdf/metrics'
import { testFonts } from './fonts'

/** One page drawn with the same calls, with or without the fast glyph coding. */
function draw(fast: boolean): string {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false, putOnlyUsedFonts: true })
  registerFonts(doc, testFonts())
  if (fast) expect(useFastGlyphCoding(doc)).toBe(true)
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'))
  doc.setFileId('00000000000000000000000000000000')
  const lines = [
    'Plain ASCII: The Internet Way of Networking (5 properties).',
    'Latin: État, señal, Łódź, Dvořák — “quotes” … 10 €',
    'Greek and Cyrillic: Διαδίκτυο, Интернет',
    'No glyph, left out: 互联网 인터넷 🙂',
    'Control code ends the string here:\u0001 and this is never written',
    'Hebrew in DejaVu: אינטרנט',
  ]
  lines.forEach((line, n) => doc.text(line, 15, 20 + n * 8))
  doc.setFont(FONT_FAMILY, 'bold')
  doc.text(['An array of lines', 'in bold, État'], 15, 80)
  doc.text('Right-aligned, two lines\nof text', 190, 100, { align: 'right' })
  doc.text('Justified text that is long enough to wrap over the width given here.', 15, 120, {
    maxWidth: 60,
    align: 'justify',
  })
  doc.setFont('helvetica', 'normal')
  doc.text('A standard font takes the original path: État', 15, 150)
  return doc.output()
}

describe('useFastGlyphCoding', () => {
  it('writes exactly the file jsPDF writes: same glyphs, widths, subset and ToUnicode map', () => {
    const fast = draw(true)
    expect(fast).toContain('/ToUnicode')
    expect(fast).toContain('/Helvetica')
    expect(fast).toBe(draw(false))
  })

  it('notes each glyph once, however often it is drawn', () => {
    const doc = new jsPDF({ compress: false })
    registerFonts(doc, testFonts())
    useFastGlyphCoding(doc)
    for (let n = 0; n < 50; n++) doc.text('aaaa bbbb', 10, 10)
    const used = (doc.getFont().metadata as { glyIdsUsed: number[] }).glyIdsUsed
    expect(used.length).toBe(new Set(used).size)
    expect(used.length).toBe(4) // glyph 0, a, space, b
  })

  it('changes nothing when the subscribers are not the two it knows', () => {
    const doc = new jsPDF()
    doc.internal.events.subscribe('postProcessText', () => {})
    expect(useFastGlyphCoding(doc)).toBe(false)
    expect(Object.keys(doc.internal.events.getTopics().postProcessText ?? {})).toHaveLength(3)
  })
})
