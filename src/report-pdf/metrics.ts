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

/**
 * Each font's advance widths by UTF-16 code unit, filled as characters turn up (NaN: not yet).
 * A typed array indexed by the code is several times faster than a Map on the hundreds of
 * thousands of characters a long report measures.
 */
const advanceCache = new WeakMap<GlyphMetrics, Float64Array>()

function advancesOf(font: GlyphMetrics): Float64Array {
  let advances = advanceCache.get(font)
  if (!advances) {
    advances = new Float64Array(0x10000).fill(NaN)
    advanceCache.set(font, advances)
  }
  return advances
}

/**
 * The width of `text` in thousandths of the type size: the same sum of glyph advances, in the
 * same order, that jsPDF's `widthOfString` makes. DejaVu Sans has 2048 units per em, so every
 * advance is an exact binary fraction and sums of parts equal the width of the whole.
 */
export function advanceOf(font: GlyphMetrics, text: string): number {
  const advances = advancesOf(font)
  let sum = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let advance = advances[code]!
    if (advance !== advance) {
      advance = font.widthOfGlyph(font.characterToGlyph(code)) || 0
      advances[code] = advance
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

/** What jsPDF's TrueType font record (`metadata`) holds for drawing with Identity-H encoding. */
interface EmbeddedFont extends GlyphMetrics {
  cmap: { unicode?: { codeMap: Record<number, number | undefined> } }
  /** Every glyph drawn, for the font subset. */
  glyIdsUsed: number[]
  /** Glyph id → character, for the ToUnicode map that makes the text searchable. */
  toUnicode: Record<number, number>
  /** Alternating glyph id and [advance], for the /W array. */
  Unicode: { widths: unknown[] }
}

function isEmbeddedFont(metadata: unknown): metadata is EmbeddedFont {
  const m = metadata as Partial<EmbeddedFont> | null | undefined
  return (
    isGlyphMetrics(metadata) &&
    typeof m?.cmap === 'object' &&
    Array.isArray(m.glyIdsUsed) &&
    typeof m.toUnicode === 'object' &&
    Array.isArray(m.Unicode?.widths)
  )
}

/** How one character is written: left out, written as a glyph, or ending the string there. */
type Coded = { glyph: number; hex: string; last: boolean } | null

/** Each font's coding by UTF-16 code unit, filled as characters turn up (undefined: not yet). */
const codingCache = new WeakMap<EmbeddedFont, (Coded | undefined)[]>()

/**
 * What jsPDF's UTF-8 plugin does with a character (its postProcessText step, then
 * `pdfEscape16`), decided once per character and font: a character with no glyph is left out,
 * unless its code is below 256, in which case it is written as glyph 0 and ends the string. The
 * glyph and its advance are noted for the font subset the first time.
 */
function codingOf(font: EmbeddedFont, code: number): Coded {
  let codings = codingCache.get(font)
  if (!codings) {
    codings = new Array<Coded | undefined>(0x10000).fill(undefined)
    codingCache.set(font, codings)
  }
  let coded = codings[code]
  if (coded !== undefined) return coded
  coded = null
  if (font.cmap.unicode?.codeMap[code] || code < 256) {
    const glyph = font.characterToGlyph(code)
    font.glyIdsUsed.push(glyph)
    const widths = font.Unicode.widths
    if (widths.indexOf(glyph) === -1)
      widths.push(glyph, [parseInt(String(font.widthOfGlyph(glyph)), 10)])
    coded = { glyph, hex: glyph.toString(16).padStart(4, '0'), last: glyph === 0 }
  }
  codings[code] = coded
  return coded
}

/** `text` as the hex string of glyph ids jsPDF writes for an Identity-H font. */
function glyphHex(font: EmbeddedFont, text: string): string {
  let hex = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const coded = codingOf(font, code)
    if (!coded) continue
    font.toUnicode[coded.glyph] = code
    if (coded.last) return hex
    hex += coded.hex
  }
  return hex
}

/** What jsPDF hands its postProcessText subscribers. */
interface PostProcessText {
  text: unknown
  mutex?: {
    activeFontKey?: string
    fonts?: Record<string, { encoding?: string; metadata?: unknown } | undefined>
    isHex?: boolean
  }
}

type TextItem = string | [string, number, number]

/**
 * jsPDF turns every string drawn with an embedded font into glyph ids in two subscribers: its
 * UTF-8 plugin (which, per character, looks the glyph up in a width list that grows with every
 * new glyph, and notes the glyph again in a list as long as the text drawn: most of the export
 * time of a long report) and then its bidi engine, which by then sees only hex digits and leaves
 * them as they are. This one subscriber does the same for Identity-H fonts with each character
 * decided once, and calls the original two for any other font. Returns false, changing nothing,
 * if the subscribers are not the two it knows.
 */
export function useFastGlyphCoding(doc: jsPDF): boolean {
  const events = doc.internal.events
  const subscribers = Object.entries(events.getTopics().postProcessText ?? {})
  if (subscribers.length !== 2) return false
  const coders = new Map<string, (text: string) => string>()
  hexCoders.set(doc, coders)
  const originals = subscribers.map(([, [callback]]) => callback)
  for (const [token] of subscribers) events.unsubscribe(token)
  events.subscribe('postProcessText', (payload: PostProcessText) => {
    const mutex = payload.mutex
    const font = mutex?.activeFontKey ? mutex.fonts?.[mutex.activeFontKey] : undefined
    const coder = font?.encoding ? coders.get(font.encoding) : undefined
    if (coder) {
      const text = payload.text
      payload.text = Array.isArray(text)
        ? (text as unknown[]).map((item): TextItem =>
            Array.isArray(item) && item.length === 3
              ? [coder(String(item[0])), item[1] as number, item[2] as number]
              : coder(String(item)),
          )
        : coder(typeof text === 'string' ? text : '')
      mutex!.isHex = true
      return
    }
    const metadata = font?.metadata
    if (font?.encoding !== 'Identity-H' || !isEmbeddedFont(metadata)) {
      for (const original of originals) original(payload)
      return
    }
    const text = payload.text || ''
    const code = (item: unknown) => glyphHex(metadata, String(Array.isArray(item) ? item[0] : item))
    payload.text = Array.isArray(text)
      ? (text as unknown[]).map((item): TextItem =>
          Array.isArray(item) && item.length === 3
            ? [code(item[0]), item[1] as number, item[2] as number]
            : code(item),
        )
      : code(text)
    mutex!.isHex = true
  })
  return true
}

/** Per document: fonts of an encoding of their own and how their text is written as hex codes. */
const hexCoders = new WeakMap<jsPDF, Map<string, (text: string) => string>>()

/**
 * Has jsPDF write the text of fonts registered with `encoding` as the hex codes `coder` gives,
 * and nothing else done to it. Needs `useFastGlyphCoding` on the document.
 */
export function useHexCoder(doc: jsPDF, encoding: string, coder: (text: string) => string): void {
  const coders = hexCoders.get(doc)
  if (!coders) throw new Error('The PDF engine is not the version this app was built for.')
  coders.set(encoding, coder)
}

/**
 * Switches Arabic shaping off for `doc`, for drawing and for measuring, measures with the cached
 * advances, and codes text into glyphs once per character (`useFastGlyphCoding`). Other fonts and
 * character spacing keep jsPDF's own measuring and coding.
 */
export function useFastTextMetrics(doc: jsPDF): void {
  useFastGlyphCoding(doc)
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
