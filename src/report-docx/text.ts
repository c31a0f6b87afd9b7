/**
 * Paragraphs and runs that follow their text's direction: a right-to-left report lays its
 * paragraphs out right to left, and any text the person wrote in another direction keeps its own
 * (decided per paragraph by its first strong letter, as `dir="auto"` decides it on screen).
 * Fonts are Word's: no font is forced, so each script gets the theme's font for it.
 */
import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx'
import { paragraphDirection } from '@/domain'

/** What every block renderer needs to know about the document. */
export interface DocxContext {
  /** The report language's direction, for text with no letters of its own (numbers, dates). */
  rtl: boolean
}

/** One piece of a paragraph: plain text, or formatted, or a link. */
export interface Piece {
  text: string
  bold?: boolean
  italics?: boolean
  size?: number
  color?: string
  link?: string
}

/** The direction of a text: its first strong letter's, or the report's when it has none. */
function isRtl(ctx: DocxContext, text: string): boolean {
  return /\p{L}/u.test(text) ? paragraphDirection(text) === 'rtl' : ctx.rtl
}

/** Runs for a text, its line breaks kept as breaks. */
function runs(piece: Piece, rtl: boolean): TextRun[] {
  const lines = piece.text.replace(/\r\n?/g, '\n').split('\n')
  return lines.map((line, i) => {
    const options: IRunOptions = {
      text: line,
      break: i > 0 ? 1 : undefined,
      bold: piece.bold,
      boldComplexScript: piece.bold,
      italics: piece.italics,
      italicsComplexScript: piece.italics,
      size: piece.size,
      sizeComplexScript: piece.size,
      color: piece.color,
      rightToLeft: rtl || undefined,
      style: piece.link ? 'Hyperlink' : undefined,
    }
    return new TextRun(options)
  })
}

/**
 * A paragraph of pieces, laid out in the direction of its text: `bidirectional` when it reads
 * right to left, each run marked right to left when its own text does.
 */
export function paragraph(
  ctx: DocxContext,
  pieces: Piece[],
  options: Omit<IParagraphOptions, 'children' | 'text' | 'bidirectional'> = {},
): Paragraph {
  const rtl = isRtl(ctx, pieces.map((p) => p.text).join(''))
  return new Paragraph({
    ...options,
    bidirectional: rtl || undefined,
    children: pieces.flatMap((piece): (TextRun | ExternalHyperlink)[] => {
      const pieceRtl = /\p{L}/u.test(piece.text) ? isRtl(ctx, piece.text) : rtl
      const made = runs(piece, pieceRtl)
      return piece.link ? [new ExternalHyperlink({ link: piece.link, children: made })] : made
    }),
  })
}

/** A paragraph of one text. */
export function text(
  ctx: DocxContext,
  value: string,
  options: Omit<IParagraphOptions, 'children' | 'text' | 'bidirectional'> = {},
  piece: Omit<Piece, 'text'> = {},
): Paragraph {
  return paragraph(ctx, [{ ...piece, text: value }], options)
}

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const

/** A heading of Word's own styles (Heading 1 to 4), so the navigation pane and a TOC see it. */
export function heading(
  ctx: DocxContext,
  value: string,
  level: 1 | 2 | 3 | 4,
  options: Omit<IParagraphOptions, 'children' | 'text' | 'bidirectional' | 'heading'> = {},
): Paragraph {
  return text(ctx, value.replace(/\s*\n\s*/g, ' '), { ...options, heading: LEVELS[level - 1] })
}
