/** What the base font (DejaVu Sans, drawn as jsPDF text) prints, without loading anything else. */
import { bitsFromRanges, type CodePointBits } from './bits'
import { BASE_RANGES } from './baseRanges'

let base: CodePointBits | undefined

/** Whether the base font prints a code point as text. */
export function inBase(codePoint: number): boolean {
  base ??= bitsFromRanges(BASE_RANGES)
  return base.has(codePoint)
}

/**
 * Whether a text has a character the base font cannot print (line breaks and the invisible
 * characters the cleaner removes aside), so it needs the shaped path and a script font.
 */
export function needsShaping(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || inBase(code)) continue
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x206f) || code === 0xfeff)
      continue
    return true
  }
  return false
}
