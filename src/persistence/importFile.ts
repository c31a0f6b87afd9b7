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
import { looksLikePdf, readPdfAttachments } from './pdfAttachment'

/** What `readAssessmentFile` needs of a File, so tests can pass a plain object. */
export interface AssessmentFile {
  readonly size: number
  text(): Promise<string>
  /** The bytes, to tell a PDF report from an assessment file; a browser's File has it. */
  arrayBuffer?(): Promise<ArrayBuffer>
  /** The file's name, to say which size limit a refused file passed. */
  readonly name?: string
}

/**
 * PDF reports larger than this are refused before reading. The app's own reports are far
 * smaller (the worked example is under 100 KB; one with every CJK script, a few MB).
 */
export const MAX_PDF_BYTES = 30 * 1024 * 1024

/** Refusals that mean "not one of ours" rather than "ours, but damaged or too new". */
const FOREIGN: ReadonlySet<ParseIssue['code']> = new Set([
  'not-json',
  'not-an-object',
  'wrong-format',
])

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
    const canBePdf = typeof file.arrayBuffer === 'function'
    if (!(file.size <= (canBePdf ? MAX_PDF_BYTES : MAX_FILE_BYTES)))
      return tooLarge(canBePdf && /\.pdf$/i.test(file.name ?? '') ? MAX_PDF_BYTES : MAX_FILE_BYTES)
    let text: unknown
    try {
      if (canBePdf) {
        const bytes = new Uint8Array(await file.arrayBuffer!())
        if (looksLikePdf(bytes)) return await readPdfReport(bytes, options)
        if (bytes.length > MAX_FILE_BYTES) return tooLarge(MAX_FILE_BYTES)
        text = new TextDecoder().decode(bytes)
      } else text = await file.text()
    } catch {
      return unreadable()
    }
    if (typeof text !== 'string') return unreadable()
    return readAssessmentText(text, options)
  } catch {
    return unreadable()
  }
}

/**
 * A PDF report made by the app: the assessment file it carries is read as if it had been opened
 * itself. The first embedded file that is an assessment is taken; the app's XMP record, when
 * there is one, must give the same SHA-256.
 */
async function readPdfReport(
  bytes: Uint8Array<ArrayBuffer>,
  options: { newId: () => string; now: Date },
): Promise<ImportResult> {
  const found = await readPdfAttachments(bytes, MAX_FILE_BYTES)
  if (!found.ok) return refused(found.reason === 'damaged' ? 'pdf-damaged' : 'pdf-no-attachment')
  let ours: ParseIssue[] | null = null
  for (const text of found.texts) {
    const parsed = parseAssessmentText(withoutBom(text))
    if (!parsed.ok) {
      if (!FOREIGN.has(parsed.issues[0]?.code ?? 'invalid')) ours ??= parsed.issues
      continue
    }
    if (found.sha256 && (await sha256Hex(text)) !== found.sha256) return refused('pdf-changed')
    return readAssessmentText(text, options)
  }
  return ours ? { ok: false, issues: ours } : refused('pdf-not-ours')
}

/** The text of an assessment file, parsed, migrated and copied under a new id. */
function readAssessmentText(
  text: string,
  options: { newId: () => string; now: Date },
): ImportResult {
  try {
    const json = withoutBom(text)
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

/** Editors on Windows may start a UTF-8 file with a byte order mark, which JSON refuses. */
function withoutBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

function refused(code: ParseIssue['code']): ImportResult {
  return { ok: false, issues: [{ path: [], code }] }
}

function tooLarge(max: number): ImportResult {
  return { ok: false, issues: [{ path: [], code: 'too-large', params: { max } }] }
}

function unreadable(): ImportResult {
  return { ok: false, issues: [{ path: [], code: 'invalid', params: { cause: 'unreadable' } }] }
}
