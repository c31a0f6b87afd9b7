/**
 * Fast text measuring for one document. jsPDF passes every string it measures or draws through
 * its Arabic shaping plugin (a regular expression per character) and looks every character's
 * glyph up in the font again; on a long report that is most of the export time. The embedded
 * fonts have no Arabic letters (the text cleaner turns them into replacement marks), so shaping
 * never changes a character. It only ever turned the three characters `\s+` into a space (a
 * jsPDF bug); with it off they print as typed.
 */
import type { jsPDF } from 'jspdf'

/** The part of jsPDF's parsed TrueType font (`getFont().metadata`) that measuring needs. */
interface GlyphMetrics {
  characterToGlyph(code: number): number
  /** Advance width in thousandths of the type size. */
  widthOfGlyph(glyph: number): number
}

function isGlyphMetrics(metadata: unknown): metadata is GlyphMetrics {
  const m = metadata as Partial<GlyphMetrics> | null | undefined
  return typeof m?.characterToGlyph === 'function' && typeof m.widthOfGlyph === 'function'
}

/** Each font's advance widths by UTF-16 code unit, filled as characters turn up. */
const advanceCache = new WeakMap<GlyphMetrics, Map<number, number>>()

/**
 * The width of `text` in thousandths of the type size: the same sum of glyph advances, in the
 * same order, that jsPDF's `widthOfString` makes. DejaVu Sans has 2048 units per em, so every
 * advance is an exact binary fraction and sums of parts equal the width of the whole.
 */
export function advanceOf(font: GlyphMetrics, text: string): number {
  let advances = advanceCache.get(font)
  if (!advances) {
    advances = new Map()
    advanceCache.set(font, advances)
  }
  let sum = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let advance = advances.get(code)
    if (advance === undefined) {
      advance = font.widthOfGlyph(font.characterToGlyph(code)) || 0
      advances.set(code, advance)
    }
    sum += advance
  }
  return sum
}

/** The metrics of the document's current font, which must be an embedded TrueType font. */
export function currentGlyphMetrics(doc: jsPDF): GlyphMetrics {
  const metadata: unknown = doc.getFont().metadata
  if (!isGlyphMetrics(metadata)) throw new Error('The report font is not a TrueType font.')
  return metadata
}

/** An advance (thousandths of the size) in document units, computed as `getTextWidth` does. */
export function advanceToWidth(doc: jsPDF, advance: number): number {
  const size = doc.getFontSize()
  return (((advance * (size / 1e3)) / size) * size) / doc.internal.scaleFactor
}

/**
 * Switches Arabic shaping off for `doc`, for drawing and for measuring, and measures with the
 * cached advances. Other fonts and character spacing keep jsPDF's own measuring.
 */
export function useFastTextMetrics(doc: jsPDF): void {
  const events = doc.internal.events
  for (const [token, [callback]] of Object.entries(events.getTopics().preProcessText ?? {})) {
    if (callback === doc.processArabic) events.unsubscribe(token)
  }
  const jsPdfWidth = doc.getStringUnitWidth.bind(doc)
  doc.getStringUnitWidth = (
    text: string,
    options?: { font?: { metadata: unknown }; fontSize?: number; charSpace?: number },
  ): number => {
    const size = options?.fontSize || doc.getFontSize()
    const metadata = (options?.font ?? doc.getFont()).metadata
    const charSpace = options?.charSpace || doc.getCharSpace()
    if (!isGlyphMetrics(metadata) || charSpace !== 0) return jsPdfWidth(text, options)
    return (advanceOf(metadata, text) * (size / 1e3)) / size
  }
}
