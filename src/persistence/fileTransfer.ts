/**
 * Assessments as files (DESIGN.md §2, persistence row): export as pretty JSON under a name that
 * is safe on every desktop system. Importing is in `importFile.ts`.
 */
import { withKeptFields, type Assessment } from '@/domain'

export const ASSESSMENT_FILE_EXTENSION = '.iia.json'
/** Longest file name stem, in characters; the extension comes on top. */
const MAX_FILE_STEM_LENGTH = 80
/** Also a byte limit, so stem + extension stays under the 255 bytes of Linux and macOS. */
const MAX_FILE_STEM_BYTES = 240
const FALLBACK_STEM = 'assessment'

/**
 * The document as it is written to a file: pretty JSON in the document's key order, with the
 * fields an imported file had that this version does not know back in their places.
 */
export function serializeAssessment(doc: Assessment): string {
  return `${JSON.stringify(withKeptFields(doc), null, 2)}\n`
}

/** The assessment as a file: its text and its name. */
export function toFile(doc: Assessment): { text: string; fileName: string } {
  return { text: serializeAssessment(doc), fileName: assessmentFileName(doc) }
}

/**
 * A file name from the assessment's title: letters of any script, marks and digits are kept,
 * everything else (reserved characters, punctuation, control and invisible characters) becomes
 * a single dash; at most 80 characters, 'assessment' when nothing is left.
 */
export function assessmentFileName(doc: { flag: { title: string } }): string {
  return `${fileStem(doc.flag.title)}${ASSESSMENT_FILE_EXTENSION}`
}

function fileStem(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // Tabs and line breaks separate words like spaces do.
    .replace(/\s/gu, ' ')
    // Control, format (bidi overrides, zero-width), private-use and unassigned characters.
    .replace(/\p{C}/gu, '')
    // Apostrophes join words: "don't" → "dont", not "don-t".
    .replace(/['\u2019\u02bc]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
  const stem = truncate(cleaned.replace(/^-+/, '')).replace(/-+$/, '')
  if (!stem) return FALLBACK_STEM
  // Reserved device names on Windows, whatever the extension.
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(stem)) return `${stem}-${FALLBACK_STEM}`
  return stem
}

function truncate(text: string): string {
  let out = ''
  let chars = 0
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (++chars > MAX_FILE_STEM_LENGTH || bytes > MAX_FILE_STEM_BYTES) break
    out += char
  }
  return out
}
