/**
 * What the PDF cannot print, without loading the PDF engine: the Report step checks the report's
 * text with it before export (domain `findUnprintable`). The base font and every script font's
 * character map are read by `npm run fonts` into one bitset, and a test holds it to the fonts.
 */
import { bitsFromBase64, type CodePointBits } from './fonts/bits'
import { PRINTABLE_BITS } from './fonts/coverage'

let bits: CodePointBits | undefined

/** Whether the PDF prints a character (a code point), in the base font or a script font. */
export function printableInPdf(codePoint: number): boolean {
  bits ??= bitsFromBase64(PRINTABLE_BITS)
  return bits.has(codePoint)
}
