/**
 * Shaped text for the scripts jsPDF cannot draw: Arabic and Hebrew (right to left), the Indic
 * scripts, Thai and Khmer (marks, reordering, conjuncts) and Chinese, Japanese and Korean. A line
 * is cut into runs by font (fontChoice.ts) and by bidi level (UAX #9, bidi-js), each run is shaped
 * by HarfBuzz, and the runs are put in visual order (rule L2). What comes out is glyphs with
 * positions, in ems; painter.ts draws them.
 */
import type * as HarfBuzzModule from 'harfbuzzjs'
import type { jsPDF } from 'jspdf'
import type { FontWeight } from '../fonts'
import { ShapedPainter } from './painter'
import { inBase, needsShaping } from '../fonts/base'
import { hanFontsFor, strongFontOf, type ScriptFontId } from './fontChoice'

type HarfBuzz = typeof HarfBuzzModule
type Levels = { levels: Uint8Array }
type Bidi = {
  getEmbeddingLevels(text: string, direction?: 'ltr' | 'rtl'): Levels
  getReorderedIndices(text: string, levels: Levels): number[]
}
const RTL_CHARACTER = /[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff]/u

/** A font HarfBuzz shapes with. */
export interface ShapingFont {
  /** `base-normal`, `base-bold` or a script font's id. */
  key: string
  font: HarfBuzzModule.Font
  upem: number
  unicodes: Set<number>
  /** Drawn with a thin outline for bold: the script fonts come in one weight. */
  syntheticBold: boolean
}

/** One glyph of a laid-out line: its font, id and position in ems from the line's start. */
export interface PlacedGlyph {
  font: ShapingFont
  id: number
  x: number
  y: number
}

export interface LaidLine {
  glyphs: PlacedGlyph[]
  /** Advance of the whole line, in ems. */
  width: number
}

interface ShapedRun {
  ids: number[]
  /** Per glyph: x offset, y offset (ems) and advance (ems). */
  dx: number[]
  dy: number[]
  advances: number[]
  width: number
}

const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u
const MARK = /^\p{M}$/u
const CACHE_LIMIT = 20_000

export class Shaper {
  private readonly runCache = new Map<string, ShapedRun>()
  private readonly widthCache = new Map<string, number>()
  private readonly buffer: HarfBuzzModule.Buffer

  constructor(
    private readonly hb: HarfBuzz,
    private readonly bidi: Bidi,
    private readonly base: Record<FontWeight, ShapingFont>,
    private readonly scripts: ReadonlyMap<ScriptFontId, ShapingFont>,
  ) {
    this.buffer = new hb.Buffer()
  }

  /** Draws this shaper's text into one document. */
  painter(doc: jsPDF): ShapedPainter {
    return new ShapedPainter(doc, this)
  }

  /**
   * A line's characters in the order they are seen, left to right (rule L2), as a PDF of
   * right-to-left text holds them: text extractors turn it back into the order it was typed.
   */
  visualText(text: string, direction: 'ltr' | 'rtl'): string {
    if (direction === 'ltr' && !RTL_CHARACTER.test(text)) return text
    const levels = this.bidi.getEmbeddingLevels(text, direction)
    return this.bidi
      .getReorderedIndices(text, levels)
      .map((i) => text[i]!)
      .join('')
  }

  /** Whether a text has a character the base font cannot print, so it must be shaped. */
  needs(text: string): boolean {
    return needsShaping(text)
  }

  /** Whether some loaded font prints a code point. */
  covers(codePoint: number): boolean {
    if (inBase(codePoint)) return true
    for (const font of this.scripts.values()) if (font.unicodes.has(codePoint)) return true
    return false
  }

  /** The width of a line in ems (no bidi needed: reordering does not change a line's width). */
  measure(text: string, weight: FontWeight): number {
    const key = `${weight}\u0000${text}`
    let width = this.widthCache.get(key)
    if (width === undefined) {
      width = 0
      for (const run of this.itemise(text, weight, 'ltr')) {
        width += this.shapeRun(run.font, run.text, run.level % 2 === 1).width
      }
      if (this.widthCache.size > CACHE_LIMIT) this.widthCache.clear()
      this.widthCache.set(key, width)
    }
    return width
  }

  /** A line's glyphs in visual order, for a paragraph of direction `direction`. */
  layout(text: string, weight: FontWeight, direction: 'ltr' | 'rtl'): LaidLine {
    const runs = this.itemise(text, weight, direction)
    const glyphs: PlacedGlyph[] = []
    let x = 0
    for (const run of visualOrder(runs)) {
      const shaped = this.shapeRun(run.font, run.text, run.level % 2 === 1)
      for (let i = 0; i < shaped.ids.length; i++) {
        glyphs.push({ font: run.font, id: shaped.ids[i]!, x: x + shaped.dx[i]!, y: shaped.dy[i]! })
        x += shaped.advances[i]!
      }
    }
    return { glyphs, width: x }
  }

  /** Runs of one font and one bidi level, in logical order. */
  private itemise(text: string, weight: FontWeight, direction: 'ltr' | 'rtl'): Run[] {
    const levels = this.bidi.getEmbeddingLevels(text, direction).levels
    const baseFont = this.base[weight]
    const fonts: ShapingFont[] = []
    const units: number[] = []
    let hanOrder: ScriptFontId[] | null = null
    let previous: ShapingFont | null = null
    // Neutral characters (spaces, digits, punctuation, marks) stay with the run they are in
    // when its font has them; those at the start take the font of what follows.
    const pending: number[] = []
    for (let i = 0; i < text.length;) {
      const code = text.codePointAt(i)!
      const ch = String.fromCodePoint(code)
      const length = ch.length
      let font: ShapingFont | null = null
      if (MARK.test(ch) && previous?.unicodes.has(code)) font = previous
      else if (NEUTRAL.test(ch)) {
        if (
          previous &&
          (previous.unicodes.has(code) || (previous.key.startsWith('base') && inBase(code)))
        )
          font = previous
      } else if (inBase(code)) font = baseFont
      else {
        const strong = strongFontOf(ch)
        const order: ScriptFontId[] = strong ? [strong] : (hanOrder ??= hanFontsFor(text))
        font = this.firstCovering(order, code) ?? this.anyCovering(code) ?? baseFont
      }
      if (font === null) {
        pending.push(units.length)
        fonts.push(baseFont)
      } else {
        for (const p of pending)
          fonts[p] = this.covering(font, text.codePointAt(unitsAt(units, p))!)
        pending.length = 0
        fonts.push(font)
        previous = font
      }
      units.push(i)
      i += length
    }
    for (const p of pending) {
      const code = text.codePointAt(unitsAt(units, p))!
      fonts[p] = inBase(code) ? baseFont : (this.anyCovering(code) ?? baseFont)
    }
    const runs: Run[] = []
    for (let k = 0; k < units.length; k++) {
      const start = units[k]!
      const end = units[k + 1] ?? text.length
      const font = fonts[k]!
      const level = levels[start] ?? 0
      const last = runs.at(-1)
      if (last && last.font === font && last.level === level) last.text += text.slice(start, end)
      else runs.push({ font, level, text: text.slice(start, end) })
    }
    return runs
  }

  private covering(font: ShapingFont, code: number): ShapingFont {
    if (font.unicodes.has(code) || (font.key.startsWith('base') && inBase(code))) return font
    return inBase(code) ? this.base.normal : (this.anyCovering(code) ?? font)
  }

  private firstCovering(order: readonly ScriptFontId[], code: number): ShapingFont | null {
    for (const id of order) {
      const font = this.scripts.get(id)
      if (font?.unicodes.has(code)) return font
    }
    return null
  }

  private anyCovering(code: number): ShapingFont | null {
    for (const font of this.scripts.values()) if (font.unicodes.has(code)) return font
    return null
  }

  private shapeRun(font: ShapingFont, text: string, rtl: boolean): ShapedRun {
    const key = `${font.key}\u0000${rtl ? 'r' : 'l'}\u0000${text}`
    const cached = this.runCache.get(key)
    if (cached) return cached
    const buffer = this.buffer
    buffer.reset()
    buffer.addText(text)
    buffer.setDirection(rtl ? this.hb.Direction.RTL : this.hb.Direction.LTR)
    buffer.guessSegmentProperties()
    this.hb.shape(font.font, buffer)
    const infos = buffer.getGlyphInfos()
    const positions = buffer.getGlyphPositions()
    const em = 1 / font.upem
    const run: ShapedRun = { ids: [], dx: [], dy: [], advances: [], width: 0 }
    for (let i = 0; i < infos.length; i++) {
      const p = positions[i]!
      run.ids.push(infos[i]!.codepoint)
      run.dx.push(p.xOffset * em)
      run.dy.push(p.yOffset * em)
      run.advances.push(p.xAdvance * em)
      run.width += p.xAdvance * em
    }
    if (this.runCache.size > CACHE_LIMIT) this.runCache.clear()
    this.runCache.set(key, run)
    return run
  }
}

interface Run {
  font: ShapingFont
  level: number
  text: string
}

function unitsAt(units: number[], k: number): number {
  return units[k]!
}

/** Rule L2 of UAX #9 over runs: from the highest level down to the lowest odd one, reverse. */
export function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const order = [...runs]
  if (order.length < 2) return order
  const highest = Math.max(...order.map((r) => r.level))
  const lowestOdd = Math.min(...order.map((r) => (r.level % 2 === 1 ? r.level : Infinity)))
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < order.length;) {
      if (order[i]!.level < level) {
        i++
        continue
      }
      let j = i
      while (j < order.length && order[j]!.level >= level) j++
      order.splice(i, j - i, ...order.slice(i, j).reverse())
      i = j
    }
  }
  return order
}
