/**
 * Makes any user text printable with the embedded font. jsPDF silently drops the rest of a line
 * after a control character and cannot draw characters outside the font (emoji, most symbols
 * beyond the Basic Multilingual Plane), so text is cleaned before it is measured or drawn:
 * tabs become spaces, invisible format characters (bidi overrides, zero-width joiners) go, and
 * every character the font lacks becomes one visible replacement mark.
 */
import type { jsPDF } from 'jspdf'
import { FONT_FAMILY, type FontWeight } from './fonts'

export type TextCleaner = (text: string, weight: FontWeight, multiline?: boolean) => string

type CodeMap = Record<number, number | undefined>

function codeMapOf(doc: jsPDF, weight: FontWeight): CodeMap {
  doc.setFont(FONT_FAMILY, weight)
  const metadata = doc.getFont().metadata as { cmap?: { unicode?: { codeMap?: CodeMap } } }
  const codeMap = metadata.cmap?.unicode?.codeMap
  if (!codeMap) throw new Error(`The ${weight} font has no Unicode character map.`)
  return codeMap
}

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g
// Format characters (Cf: bidi marks and overrides, zero-width joiners, soft hyphen), variation
// selectors, and C0/C1 controls other than tab and line feed.
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu

/** INVISIBLE but for the joiners and directional marks, which shaped text keeps. */
const INVISIBLE_UNSHAPED =
  /(?![\u200c-\u200f])[\p{Cf}\uFE00-\uFE0F\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu

/** Whether every character is in the font (and a line feed is allowed): most text is. */
function isPrintable(text: string, map: CodeMap, multiline: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x0a ? !multiline : !map[code]) return false
  }
  return true
}

/**
 * Builds the cleaner for the fonts registered on `doc`. With `shaped` (the script fonts of a
 * report that needs them), characters those fonts print are kept, and so are the joiners that
 * shaping reads (ZWJ, ZWNJ) and the bidi marks.
 */
export function createTextCleaner(
  doc: jsPDF,
  shaped?: (codePoint: number) => boolean,
): TextCleaner {
  const maps: Record<FontWeight, CodeMap> = {
    normal: codeMapOf(doc, 'normal'),
    bold: codeMapOf(doc, 'bold'),
  }
  const replacement: Record<FontWeight, string> = {
    normal: maps.normal[0xfffd] ? '\uFFFD' : '?',
    bold: maps.bold[0xfffd] ? '\uFFFD' : '?',
  }
  doc.setFont(FONT_FAMILY, 'normal')

  const invisible = shaped ? INVISIBLE_UNSHAPED : INVISIBLE
  return (text, weight, multiline = false) => {
    const map = maps[weight]
    const mark = replacement[weight]
    const normalised = text
      .normalize('NFC')
      .replace(LINE_BREAKS, '\n')
      .replace(/\t/g, ' ')
      .replace(invisible, '')
    if (isPrintable(normalised, map, multiline)) return normalised
    let out = ''
    let lastWasMark = false
    for (const ch of normalised) {
      const code = ch.codePointAt(0) ?? 0
      if (ch === '\n') {
        out += multiline ? '\n' : ' '
        lastWasMark = false
      } else if (code <= 0xffff && (map[code] || shaped?.(code))) {
        out += ch
        lastWasMark = false
      } else if (!lastWasMark) {
        // One mark for a run of unprintable characters, e.g. a whole emoji sequence.
        out += mark
        lastWasMark = true
      }
    }
    return out
  }
}
