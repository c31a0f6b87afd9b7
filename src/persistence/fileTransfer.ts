/**
 * Assessments as files (DESIGN.md §2, persistence row): export as pretty JSON under a name that
 * is safe on every desktop system, import through `parseAssessmentText` (§1.5) as a copy under
 * a new id, so an import never overwrites existing work.
 */
import {
  MAX_FILE_BYTES,
  copyAssessment,
  parseAssessment,
  parseAssessmentText,
  type Assessment,
  type ParseIssue,
} from '@/domain'

export const ASSESSMENT_FILE_EXTENSION = '.iia.json'
/** Longest file name stem, in characters; the extension comes on top. */
const MAX_FILE_STEM_LENGTH = 80
/** Also a byte limit, so stem + extension stays under the 255 bytes of Linux and macOS. */
const MAX_FILE_STEM_BYTES = 240
const FALLBACK_STEM = 'assessment'

/** The document as it is written to a file: pretty JSON in the document's key order. */
export function serializeAssessment(doc: Assessment): string {
  return `${JSON.stringify(doc, null, 2)}\n`
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

/** What `readAssessmentFile` needs of a File, so tests can pass a plain object. */
export interface AssessmentFile {
  readonly size: number
  text(): Promise<string>
}

export type ImportResult =
  | {
      ok: true
      /** The imported document under a new id and creation time. */
      assessment: Assessment
      /** The schema version it was migrated from, or null if it was current. */
      migratedFrom: number | null
      /** The id the document had in the file. */
      originalId: string
    }
  | { ok: false; issues: ParseIssue[] }

/**
 * Reads an imported file: refuses it by size before reading, then parses and migrates it, and
 * returns a copy under `newId()` so existing work is never overwritten. Never throws; a file
 * that cannot be read at all gives an `invalid` issue with `params.cause = 'unreadable'`.
 */
export async function readAssessmentFile(
  file: AssessmentFile,
  options: { newId: () => string; now: Date },
): Promise<ImportResult> {
  try {
    if (!(file.size <= MAX_FILE_BYTES))
      return {
        ok: false,
        issues: [{ path: [], code: 'too-large', params: { max: MAX_FILE_BYTES } }],
      }
    let text: unknown
    try {
      text = await file.text()
    } catch {
      return unreadable()
    }
    if (typeof text !== 'string') return unreadable()
    // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON refuses.
    const parsed = parseAssessmentText(text.startsWith('\ufeff') ? text.slice(1) : text)
    if (!parsed.ok) return parsed
    const copy = copyAssessment(parsed.assessment, { id: options.newId(), now: options.now })
    // The copy is checked too: a bad id or time from the caller must not create a record
    // that the library would later refuse to load.
    const checked = parseAssessment(copy)
    if (!checked.ok) return checked
    return {
      ok: true,
      assessment: checked.assessment,
      migratedFrom: parsed.migratedFrom,
      originalId: parsed.assessment.id,
    }
  } catch {
    return unreadable()
  }
}

function unreadable(): ImportResult {
  return { ok: false, issues: [{ path: [], code: 'invalid', params: { cause: 'unreadable' } }] }
}
