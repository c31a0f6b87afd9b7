/**
 * The one entry point for everything that crosses a trust boundary (saved records, imported
 * files, share links): it migrates old schema versions and validates, and never throws.
 */
import type * as z from 'zod/mini'
import { ASSESSMENT_FORMAT } from './versions/v1'
import type { AnyVersion } from './versions/defineVersion'
import { VERSIONS, type LatestOf } from './versions'
import type { Assessment } from './schema'
import { normalizeAssessment } from './normalize'
import { findAmbiguousIds } from './uniqueIds'

/** Why a value was refused, per field, in a form a renderer can put into words. */
export type IssueCode =
  | 'not-json'
  | 'too-large'
  | 'too-deep'
  | 'not-an-object'
  | 'wrong-format'
  | 'unknown-version'
  | 'newer-version'
  | 'required'
  | 'wrong-type'
  | 'too-long'
  | 'too-many'
  | 'invalid-choice'
  | 'invalid-date'
  | 'invalid-timestamp'
  | 'invalid-id'
  | 'duplicate-id'
  | 'invalid'
  /** A PDF with no embedded file at all. */
  | 'pdf-no-attachment'
  /** A PDF whose embedded files are none of them an assessment. */
  | 'pdf-not-ours'
  /** A PDF whose embedded file cannot be read (cut short, bad compression). */
  | 'pdf-damaged'
  /** A PDF whose assessment differs from what the PDF's own record says it held. */
  | 'pdf-changed'

export interface ParseIssue {
  /** Where the problem is, e.g. ['flag', 'sources', 2, 'url']; empty when it is about the document as a whole. */
  path: (string | number)[]
  code: IssueCode
  /** Extra facts for the message: a maximum, a found version, the allowed choices. */
  params?: Record<string, string | number>
}

/** What parseAssessment returns: the current document (and the version it came from), or issues. */
export type ParseResult<Doc = Assessment> =
  { ok: true; assessment: Doc; migratedFrom: number | null } | { ok: false; issues: ParseIssue[] }

/** Imported files larger than this are refused before parsing (bytes of UTF-8 text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Deeper nesting than this is refused: no real document nests more than 6 levels. */
export const MAX_DEPTH = 32

/**
 * Whether any value sits deeper than `max` levels. Recursion is bounded by `max` itself, and
 * nothing is allocated per string or number: this runs on every record at start-up.
 */
function depthExceeds(value: unknown, max: number, depth = 0): boolean {
  if (depth > max) return true
  if (typeof value !== 'object' || value === null) return false
  for (const child of Object.values(value)) if (depthExceeds(child, max, depth + 1)) return true
  return false
}

/** The fields of a zod issue that toIssue reads. */
export interface ZodLikeIssue {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  maximum?: number | bigint
  origin?: string
  values?: unknown[]
  input?: unknown
}

/** A zod issue as a ParseIssue (also used by the workshop's ballots and rule). */
export function toIssue(zi: ZodLikeIssue): ParseIssue {
  const path = zi.path.map((p) => (typeof p === 'number' ? p : String(p)))
  switch (zi.code) {
    case 'invalid_type':
      return {
        path,
        code: zi.input === undefined ? 'required' : 'wrong-type',
        params: { expected: zi.expected ?? '' },
      }
    case 'too_big':
      return {
        path,
        code: zi.origin === 'array' ? 'too-many' : 'too-long',
        params: { max: Number(zi.maximum ?? 0) },
      }
    case 'invalid_value':
      return { path, code: 'invalid-choice', params: { choices: (zi.values ?? []).join(', ') } }
    case 'invalid_key':
      return { path, code: 'invalid-choice' }
    case 'invalid_format':
      return { path, code: zi.message === 'invalid-id' ? 'invalid-id' : 'invalid' }
    case 'custom':
      if (zi.message === 'invalid-date' || zi.message === 'invalid-timestamp')
        return { path, code: zi.message }
      return { path, code: 'invalid' }
    default:
      return { path, code: 'invalid' }
  }
}

/**
 * Parses and migrates an unknown value into a current Assessment, or explains per field why not.
 * A list entry repeating an id that something refers to is refused (`findAmbiguousIds`);
 * unknown extra keys are dropped here (an imported file keeps them: `keepUnknownFields` in
 * `unknownFields.ts`, called by the import) and the document is made consistent (`normalizeAssessment`,
 * which also renames repeated ids nothing refers to); nothing else is changed.
 */
export function parseAssessment(input: unknown): ParseResult {
  const result = parseVersioned(input, VERSIONS)
  if (!result.ok) return result
  const ambiguous = findAmbiguousIds(result.assessment)
  if (ambiguous.length) return { ok: false, issues: ambiguous }
  return { ...result, assessment: normalizeAssessment(result.assessment) }
}

/**
 * parseAssessment over any registry (tests register their own): the document is validated
 * against its own version, then each later version's `up` runs and its schema validates the
 * result. Never throws.
 */
export function parseVersioned<Versions extends readonly AnyVersion[]>(
  input: unknown,
  versions: Versions,
): ParseResult<z.output<LatestOf<Versions>['schema']>> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, issues: [{ path: [], code: 'not-an-object' }] }
    if (depthExceeds(input, MAX_DEPTH))
      return { ok: false, issues: [{ path: [], code: 'too-deep', params: { max: MAX_DEPTH } }] }
    const doc = input as Record<string, unknown>
    if (doc.format !== ASSESSMENT_FORMAT)
      return { ok: false, issues: [{ path: ['format'], code: 'wrong-format' }] }
    const version = doc.schemaVersion
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return { ok: false, issues: [{ path: ['schemaVersion'], code: 'unknown-version' }] }
    const latest = versions[versions.length - 1]?.version ?? 0
    if (version > latest)
      return {
        ok: false,
        issues: [
          {
            path: ['schemaVersion'],
            code: 'newer-version',
            params: { found: version, supported: latest },
          },
        ],
      }
    const from = versions.findIndex((v) => v.version === version)
    if (from < 0)
      return { ok: false, issues: [{ path: ['schemaVersion'], code: 'unknown-version' }] }
    let current: unknown = doc
    for (const [index, step] of versions.slice(from).entries()) {
      // The registry's types check that each `up` reads the version before; at run time the
      // value in hand has just been validated by that version's schema.
      const up = step.up as ((previous: unknown) => unknown) | null
      if (index > 0) {
        if (!up)
          return { ok: false, issues: [{ path: ['schemaVersion'], code: 'unknown-version' }] }
        current = up(current)
      }
      // reportInput lets toIssue tell a missing value (required) from one of the wrong type.
      const result = step.schema.safeParse(current, { reportInput: true })
      if (!result.success)
        return { ok: false, issues: result.error.issues.map((i) => toIssue(i as ZodLikeIssue)) }
      current = result.data
    }
    return {
      ok: true,
      assessment: current as z.output<LatestOf<Versions>['schema']>,
      migratedFrom: version === latest ? null : version,
    }
  } catch {
    return { ok: false, issues: [{ path: [], code: 'invalid' }] }
  }
}

/** Parses the text of an imported file: size first, then JSON, then parseAssessment. */
export function parseAssessmentText(text: string, maxBytes = MAX_FILE_BYTES): ParseResult {
  // UTF-8 never takes more than 3 bytes per UTF-16 unit, so this is an upper bound that
  // avoids encoding a huge string just to measure it.
  if (text.length > maxBytes || utf8Length(text) > maxBytes)
    return { ok: false, issues: [{ path: [], code: 'too-large', params: { max: maxBytes } }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, issues: [{ path: [], code: 'not-json' }] }
  }
  return parseAssessment(value)
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
