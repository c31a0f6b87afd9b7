/**
 * Importing an assessment file (DESIGN.md §2, persistence row): through `parseAssessmentText`
 * (§1.5) as a copy under a new id, so an import never overwrites existing work. Loaded the first
 * time a file is opened (see `index.ts`), not with the app.
 */
import {
  MAX_FILE_BYTES,
  copyAssessment,
  keepUnknownFields,
  parseAssessment,
  parseAssessmentText,
  type Assessment,
  type ParseIssue,
  type UnknownFields,
} from '@/domain'

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
      /** Fields the file had that this version does not know: kept, and how many were not. */
      unknown?: UnknownFields
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
    const json = text.startsWith('\ufeff') ? text.slice(1) : text
    const parsed = parseAssessmentText(json)
    if (!parsed.ok) return parsed
    // What the file has beyond the schema is kept, to be written out again on export.
    const { assessment, unknown } = keepUnknownFields(
      JSON.parse(json) as unknown,
      parsed.assessment,
    )
    const copy = copyAssessment(assessment, { id: options.newId(), now: options.now })
    // The copy is checked too: a bad id or time from the caller must not create a record
    // that the library would later refuse to load.
    const checked = parseAssessment(copy)
    if (!checked.ok) return checked
    return {
      ok: true,
      assessment: checked.assessment,
      migratedFrom: parsed.migratedFrom,
      originalId: parsed.assessment.id,
      ...(unknown ? { unknown } : {}),
    }
  } catch {
    return unreadable()
  }
}

function unreadable(): ImportResult {
  return { ok: false, issues: [{ path: [], code: 'invalid', params: { cause: 'unreadable' } }] }
}
