/**
 * Revisions: recent snapshots of each assessment, kept in the `revisions` object store so a
 * person can look back and restore an earlier version (DESIGN.md §1.5: nothing is overwritten
 * without a way back). Snapshots are parsed through `parseAssessment` when read; one that no
 * longer parses is listed as unreadable with its raw text, never dropped silently.
 */
import { parseAssessment, type Assessment, type ParseIssue } from '@/domain'
import { failureOf, rawText, transact, type StorageFailure } from './idb'

const REVISIONS = 'revisions'
/** The index of the revisions store on `assessmentId`. */
const REVISIONS_BY_ASSESSMENT = 'by-assessment'
/** How many snapshots are kept per assessment; the oldest go first. */
export const MAX_REVISIONS = 30

/**
 * Why a snapshot was taken: during editing (`edit`), when the assessment was closed with changes
 * (`closed`), or just before something replaced the document: a restore, recovery of unsaved
 * edits, or a conflict with another tab (`conflict-mine` keeps this tab's version,
 * `conflict-theirs` the other tab's).
 */
export type RevisionReason =
  'edit' | 'closed' | 'before-restore' | 'before-recovery' | 'conflict-mine' | 'conflict-theirs'

/** What the revisions store holds under an auto-increment key. */
export interface RevisionRecord {
  assessmentId: string
  takenAt: string
  reason: RevisionReason
  /** The JSON-compatible document; parsed again on every read. */
  doc: unknown
}

interface RevisionBase {
  /** The store's key; larger is newer. */
  key: number
  assessmentId: string
  /** ISO timestamp, or '' when the stored one is damaged. */
  takenAt: string
  reason: RevisionReason
}

/** A snapshot as listed: readable (with the parsed document) or not (with its raw text). */
export type Revision =
  | (RevisionBase & { readable: true; assessment: Assessment })
  | (RevisionBase & { readable: false; issues: ParseIssue[]; raw: string })

export type AddRevisionResult = { ok: true; key: number } | StorageFailure
export type ListRevisionsResult = { ok: true; revisions: Revision[] } | StorageFailure

const REASONS: readonly RevisionReason[] = [
  'edit',
  'closed',
  'before-restore',
  'before-recovery',
  'conflict-mine',
  'conflict-theirs',
]

/** Creates the store and its index; called from the database upgrade. */
export function createRevisionsStore(db: IDBDatabase) {
  if (db.objectStoreNames.contains(REVISIONS)) return
  const store = db.createObjectStore(REVISIONS, { autoIncrement: true })
  store.createIndex(REVISIONS_BY_ASSESSMENT, 'assessmentId', { unique: false })
}

/**
 * Stores a snapshot of `doc` and drops the oldest beyond `keep`, in one transaction. When the
 * newest snapshot of that assessment already holds the same document, nothing is added and its
 * key is returned. Never throws.
 */
export async function addRevision(
  db: IDBDatabase,
  doc: Assessment,
  reason: RevisionReason,
  now: Date,
  keep = MAX_REVISIONS,
): Promise<AddRevisionResult> {
  const json = JSON.stringify(doc)
  try {
    const key = await transact(db, [REVISIONS], 'readwrite', (tx, guard) => {
      const store = tx.objectStore(REVISIONS)
      const index = store.index(REVISIONS_BY_ASSESSMENT)
      let key = -1
      const newest = index.openCursor(doc.id, 'prev')
      newest.onsuccess = guard(() => {
        const cursor = newest.result
        if (cursor && sameDocument(cursor.value, json)) {
          key = Number(cursor.primaryKey)
          return
        }
        const record: RevisionRecord = {
          assessmentId: doc.id,
          takenAt: now.toISOString(),
          reason,
          doc: JSON.parse(json) as unknown,
        }
        const added = store.add(record)
        added.onsuccess = guard(() => {
          key = Number(added.result)
          prune(index, doc.id, keep, guard)
        })
      })
      return () => key
    })
    return { ok: true, key }
  } catch (error) {
    return failureOf(error)
  }
}

function sameDocument(value: unknown, json: string): boolean {
  if (typeof value !== 'object' || value === null || !('doc' in value)) return false
  try {
    return JSON.stringify(value.doc) === json
  } catch {
    return false
  }
}

function prune(
  index: IDBIndex,
  assessmentId: string,
  keep: number,
  guard: (handler: () => void) => () => void,
) {
  let seen = 0
  const request = index.openCursor(assessmentId, 'prev')
  request.onsuccess = guard(() => {
    const cursor = request.result
    if (!cursor) return
    if (++seen > keep) cursor.delete()
    cursor.continue()
  })
}

/** Every snapshot of one assessment, newest first. Never throws. */
export async function listRevisions(
  db: IDBDatabase,
  assessmentId: string,
): Promise<ListRevisionsResult> {
  try {
    const revisions = await transact(db, [REVISIONS], 'readonly', (tx, guard) => {
      const found: Revision[] = []
      const request = tx
        .objectStore(REVISIONS)
        .index(REVISIONS_BY_ASSESSMENT)
        .openCursor(assessmentId, 'prev')
      request.onsuccess = guard(() => {
        const cursor = request.result
        if (!cursor) return
        found.push(readRevision(Number(cursor.primaryKey), assessmentId, cursor.value))
        cursor.continue()
      })
      return () => found
    })
    return { ok: true, revisions }
  } catch (error) {
    return failureOf(error)
  }
}

/** Parses a stored snapshot; a document under another id than its record's is unreadable. */
function readRevision(key: number, assessmentId: string, value: unknown): Revision {
  const entry: Partial<Record<keyof RevisionRecord, unknown>> =
    typeof value === 'object' && value !== null ? value : {}
  const base: RevisionBase = {
    key,
    assessmentId,
    takenAt: typeof entry.takenAt === 'string' ? entry.takenAt : '',
    reason: REASONS.find((r) => r === entry.reason) ?? 'edit',
  }
  const parsed = parseAssessment(entry.doc)
  if (!parsed.ok) return { ...base, readable: false, issues: parsed.issues, raw: rawText(value) }
  if (parsed.assessment.id !== assessmentId)
    return {
      ...base,
      readable: false,
      issues: [{ path: ['id'], code: 'invalid', params: { key: assessmentId } }],
      raw: rawText(value),
    }
  return { ...base, readable: true, assessment: parsed.assessment }
}
