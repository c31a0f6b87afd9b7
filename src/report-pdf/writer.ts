/**
 * The page cursor and the text primitives every block is made of. Blocks turn their content
 * into rows of lines first (so they can be measured), then place the rows on pages (deciding
 * the breaks), then draw them. Placing before drawing lets a box paint its background under
 * text that may run over several pages.
 */
import type { jsPDF } from 'jspdf'
import { FONT_FAMILY, type FontWeight } from './fonts'
import { advanceOf, advanceToWidth, currentGlyphMetrics } from './metrics'
import type { ShapedPainter } from './shaped'
import { paragraphDirection } from '@/domain'
import { breakShaped } from './shaped/lineBreak'
import { createTextCleaner, type TextCleaner } from './text'
import type { PdfTheme } from './theme'

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72
/** DejaVu Sans cap height as a share of the type size; used to centre text in its line box. */
const CAP_HEIGHT = 0.73
/** Line-break opportunities inside a word: after a hyphen, after a slash (but not inside "//"). */
const BREAK_AFTER = /(?<=[-\u2010\u2013/](?!\/))/
/** Whether a word has a character BREAK_AFTER may break after. */
const HAS_BREAK_AFTER = /[-\u2010\u2013/]/

export interface TextStyle {
  size: number
  weight: FontWeight
  colour: string
}

export interface LineCell {
  x: number
  text: string
  style: TextStyle
  align?: 'left' | 'right'
  /** A URL the line links to. */
  link?: string
  /** The direction of the paragraph the line is part of (shaped text reorders by it). */
  direction?: 'ltr' | 'rtl'
}

/** One line of a block: cells side by side (a bullet and its text, a label and its value). */
export interface LineRow {
  height: number
  cells: LineCell[]
}

export interface PlacedRow {
  page: number
  y: number
  row: LineRow
}

export interface PlaceOptions {
  /** Move the whole group to a new page when it fits on one. */
  keepTogether?: boolean
  /** Lines kept together at the start and at the end of a group that does break. */
  minLines?: number
  /** Space reserved above and below the rows on each page (a box's padding). */
  inset?: { top: number; bottom: number }
}

export class PdfWriter {
  readonly doc: jsPDF
  readonly theme: PdfTheme
  readonly clean: TextCleaner
  /** Draws text the base font cannot (other scripts), when the report has any. */
  readonly shaped: ShapedPainter | null
  /**
   * A right-to-left report (Arabic): every row is laid out mirrored, starting at the right
   * margin, and bars, tables and the chart follow.
   */
  readonly rtl: boolean
  /** The top of the next thing to draw on the current page. */
  y: number

  constructor(doc: jsPDF, theme: PdfTheme, shaped: ShapedPainter | null = null, rtl = false) {
    this.doc = doc
    this.theme = theme
    this.shaped = shaped
    this.rtl = rtl
    this.clean = createTextCleaner(doc, shaped ? (code) => shaped.shaper.covers(code) : undefined)
    this.y = this.top
  }

  /** Where something `width` wide placed at `x` goes on the page: mirrored in a right-to-left report. */
  mirrorX(x: number, width = 0): number {
    return this.rtl ? this.left + this.right - x - width : x
  }

  /** Whether a (clean) text is drawn by the shaped path. */
  private isShaped(text: string): boolean {
    return this.shaped !== null && this.shaped.shaper.needs(text)
  }

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth()
  }
  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight()
  }
  get left(): number {
    return this.theme.page.margin.left
  }
  get right(): number {
    return this.pageWidth - this.theme.page.margin.right
  }
  get width(): number {
    return this.right - this.left
  }
  get top(): number {
    return this.theme.page.margin.top
  }
  get bottom(): number {
    return this.pageHeight - this.theme.page.margin.bottom
  }
  /** Height available for content on an empty page. */
  get contentHeight(): number {
    return this.bottom - this.top
  }
  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber
  }
  get atTopOfPage(): boolean {
    return this.y <= this.top + 0.01
  }

  remaining(): number {
    return this.bottom - this.y
  }

  /** Continues on the next page, creating it when needed. */
  newPage(): void {
    const next = this.page + 1
    if (next > this.doc.getNumberOfPages()) this.doc.addPage()
    else this.doc.setPage(next)
    this.y = this.top
  }

  /** Breaks the page unless `height` fits below the cursor (or nothing would be gained). */
  ensure(height: number): void {
    if (height > this.remaining() + 0.01 && !this.atTopOfPage) this.newPage()
  }

  /** Adds vertical space, never carrying space over to the top of a new page. */
  space(height: number): void {
    if (this.atTopOfPage) return
    this.y = Math.min(this.y + height, this.bottom)
  }

  lineHeight(size: number): number {
    return size * MM_PER_PT * this.theme.font.lineHeight
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(FONT_FAMILY, style.weight)
    this.doc.setFontSize(style.size)
    this.doc.setTextColor(style.colour)
  }

  /** Cleans and wraps text to a width; each `\n` starts a new line. Empty text gives no lines. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const cleaned = this.clean(text, style.weight, true).trim()
    if (cleaned === '') return []
    return this.wrapClean(cleaned, width, style)
  }

  /** Wraps text that is already clean, keeping empty lines. */
  wrapClean(text: string, width: number, style: TextStyle): string[] {
    this.setStyle(style)
    return text.split('\n').flatMap((part) => this.breakLine(part.trim(), width, style))
  }

  /**
   * Greedy line breaking at spaces, and also after hyphens and slashes when a word does not fit
   * ("General-|Purpose", "example.org/|path"). Only a piece longer than a whole line is cut
   * between characters.
   */
  private breakLine(text: string, width: number, style?: TextStyle): string[] {
    if (text === '') return ['']
    if (style && this.shaped && this.isShaped(text)) {
      const shaped = this.shaped
      return breakShaped(text, (t) => shaped.width(t, style) <= width)
    }
    const font = currentGlyphMetrics(this.doc)
    // A line's advance is the sum of its pieces' advances, so each piece is measured once.
    const advance = (t: string) => advanceOf(font, t)
    const fits = (a: number) => advanceToWidth(this.doc, a) <= width
    if (fits(advance(text))) return [text]
    const space = advance(' ')
    const lines: string[] = []
    let line = ''
    let lineAdvance = 0
    for (const word of text.split(/ +/)) {
      // Most words have no hyphen or slash: no need to look for breaks inside them.
      const pieces = HAS_BREAK_AFTER.test(word) ? word.split(BREAK_AFTER) : [word]
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!
        const joiner = line === '' || i > 0 ? '' : ' '
        const pieceAdvance = advance(piece)
        const joined = lineAdvance + (joiner ? space : 0) + pieceAdvance
        if (fits(joined)) {
          line += joiner + piece
          lineAdvance = joined
          continue
        }
        if (line !== '') lines.push(line)
        if (fits(pieceAdvance)) {
          line = piece
          lineAdvance = pieceAdvance
          continue
        }
        const cut = this.doc.splitTextToSize(piece, width) as string[]
        line = cut.pop() ?? ''
        lineAdvance = advance(line)
        lines.push(...cut)
      }
    }
    if (line !== '') lines.push(line)
    return lines
  }

  /** Shortens one line with an ellipsis so it fits `width`. */
  truncate(text: string, width: number, style: TextStyle): string {
    const cleaned = this.clean(text, style.weight).trim()
    if (this.textWidth(cleaned, style) <= width) return cleaned
    // Cut between characters a reader sees as one (a base and its marks, a conjunct).
    const cuts = graphemeEnds(cleaned)
    let low = 0
    let high = cuts.length - 1
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (this.textWidth(cleaned.slice(0, cuts[mid]).trimEnd() + '…', style) <= width) low = mid
      else high = mid - 1
    }
    return cleaned.slice(0, cuts[low]).trimEnd() + '…'
  }

  textWidth(text: string, style: TextStyle): number {
    if (this.shaped && this.isShaped(text)) return this.shaped.width(text, style)
    this.setStyle(style)
    return this.doc.getTextWidth(text)
  }

  /**
   * Draws one line of clean text with its baseline at `baseline`: shaped when it needs another
   * script's font (or belongs to a right-to-left paragraph), else as jsPDF text.
   */
  text(
    text: string,
    x: number,
    baseline: number,
    style: TextStyle,
    align: 'left' | 'right' | 'center' = 'left',
    direction?: 'ltr' | 'rtl',
  ): void {
    // A line of a right-to-left paragraph is reordered even when the base font has all of it
    // ("2023) 42" under an Arabic line).
    if (this.shaped && (direction === 'rtl' || this.isShaped(text))) {
      const width = this.shaped.width(text, style)
      const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x
      this.shaped.draw(text, left, baseline, style, direction ?? paragraphDirection(text))
      return
    }
    this.setStyle(style)
    this.doc.text(text, x, baseline, { align })
  }

  /** Rows of one wrapped text, each line drawn at `x`. */
  textRows(text: string, x: number, width: number, style: TextStyle): LineRow[] {
    const height = this.lineHeight(style.size)
    const cleaned = this.clean(text, style.weight, true).trim()
    if (cleaned === '') return []
    this.setStyle(style)
    return cleaned.split('\n').flatMap((paragraph) => {
      // A right-to-left paragraph (its first strong letter Arabic or Hebrew) is set flush right.
      const direction = this.shaped ? paragraphDirection(paragraph) : 'ltr'
      // (A right-to-left report mirrors every row: its text is set flush right already.)
      const cell =
        direction === 'rtl' && !this.rtl
          ? { x: x + width, align: 'right' as const, direction }
          : { x, direction }
      return this.breakLine(paragraph.trim(), width, style).map((line) => ({
        height,
        cells: [{ ...cell, text: line, style }],
      }))
    })
  }

  /**
   * Decides where each row goes, breaking pages as needed, and leaves the cursor below the last
   * row. Nothing is drawn yet.
   */
  place(rows: LineRow[], options: PlaceOptions = {}): PlacedRow[] {
    if (rows.length === 0) return []
    const inset = options.inset ?? { top: 0, bottom: 0 }
    const minLines = Math.max(1, options.minLines ?? 2)
    const total = rows.reduce((sum, r) => sum + r.height, 0) + inset.top + inset.bottom
    const headHeight =
      rows.slice(0, minLines).reduce((sum, r) => sum + r.height, 0) + inset.top + inset.bottom

    if (options.keepTogether && total <= this.contentHeight) this.ensure(total)
    else this.ensure(Math.min(headHeight, this.contentHeight))

    const placed: PlacedRow[] = []
    this.y += inset.top
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!
      const limit = this.bottom - inset.bottom
      let breakHere = this.y + row.height > limit + 0.01
      // Widow control: don't leave fewer than minLines rows alone at the top of the next page.
      if (!breakHere && !options.keepTogether) {
        const left = rows.length - i
        let fit = 0
        let y = this.y
        for (let j = i; j < rows.length && y + rows[j]!.height <= limit + 0.01; j++) {
          y += rows[j]!.height
          fit++
        }
        const carried = left - fit
        breakHere = carried > 0 && carried < minLines && fit <= minLines - carried && i > 0
      }
      if (breakHere && !(this.y - inset.top <= this.top + 0.01)) {
        this.y += inset.bottom
        this.newPage()
        this.y += inset.top
      }
      placed.push({ page: this.page, y: this.y, row })
      this.y += row.height
    }
    this.y += inset.bottom
    return placed
  }

  /** Draws placed rows and returns to the page the cursor is on. */
  draw(placed: PlacedRow[]): void {
    const current = this.page
    for (const { page, y, row } of placed) {
      if (this.page !== page) this.doc.setPage(page)
      for (const cell of row.cells) this.drawCell(cell, y, row.height)
    }
    if (this.page !== current) this.doc.setPage(current)
  }

  /** Places and draws rows in one go. */
  flow(rows: LineRow[], options: PlaceOptions = {}): PlacedRow[] {
    const placed = this.place(rows, options)
    this.draw(placed)
    return placed
  }

  private drawCell(cell: LineCell, top: number, height: number): void {
    if (cell.text === '') return
    const sizeMm = cell.style.size * MM_PER_PT
    const baseline = top + height / 2 + (CAP_HEIGHT * sizeMm) / 2
    const flip = this.rtl
    const at = flip ? this.mirrorX(cell.x) : cell.x
    const align = flip ? (cell.align === 'right' ? 'left' : 'right') : (cell.align ?? 'left')
    this.text(cell.text, at, baseline, cell.style, align, cell.direction)
    if (cell.link) {
      const width = this.textWidth(cell.text, cell.style)
      const x = align === 'right' ? at - width : at
      this.doc.link(x, top, width, height, { url: cell.link })
    }
  }
}

const graphemes =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null

/** The end of each user-perceived character of a text (code points where Intl.Segmenter is missing). */
function graphemeEnds(text: string): number[] {
  const ends = [0]
  if (graphemes)
    for (const { index, segment } of graphemes.segment(text)) ends.push(index + segment.length)
  else for (let i = 0; i < text.length;) ends.push((i += text.codePointAt(i)! > 0xffff ? 2 : 1))
  return ends
}
