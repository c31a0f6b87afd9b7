/**
 * What the PDF can print, without loading the PDF engine: the Report step checks the report's
 * text with it before export (domain `findUnprintable`). The ranges are read from the embedded
 * fonts by `npm run fonts`, and a test holds them to the fonts' own character maps.
 */
import { PRINTABLE_RANGES } from './fonts/coverage'

/** Whether both embedded cuts have a glyph for this code point. */
export function canPrintInPdf(codePoint: number): boolean {
  let low = 0
  let high = PRINTABLE_RANGES.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [from, to] = PRINTABLE_RANGES[mid] ?? [0, -1]
    if (codePoint < from) high = mid - 1
    else if (codePoint > to) low = mid + 1
    else return true
  }
  return false
}
