/**
 * What the PDF cannot print, without loading the PDF engine: the Report step checks the report's
 * text with it before export (domain `findUnprintable`). The ranges are read from the embedded
 * fonts by `npm run fonts`, and a test holds the pattern to the fonts' own character maps.
 */
import { PRINTABLE_RANGES } from './fonts/coverage'

const escape = (codePoint: number) => `\\u{${codePoint.toString(16)}}`

/** One character that the embedded cuts cannot print: what the Report step looks for. */
export const UNPRINTABLE_IN_PDF = new RegExp(
  `[^${PRINTABLE_RANGES.map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`)).join('')}]`,
  'u',
)
