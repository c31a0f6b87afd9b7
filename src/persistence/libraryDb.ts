/**
 * The assessment library in IndexedDB (DESIGN.md §2, persistence row). Every record read back
 * goes through `parseAssessment` (§1.5): what fails is moved to a quarantine store as text the
 * user can download, and reported; nothing is silently dropped, and no record this version of
 * the app cannot read is overwritten without a copy. The IDBFactory is passed in, so tests run
 * on fake-indexeddb.
 */
import {
  parseAssessment,
  readSummary,
  sameSummary,
  summarizeAssessment,
  type Assessment,
  type AssessmentSummary,
  type ParseIssue,
} from '@/domain'
import {
  documentOf,
  failureOf,
  keyText,
  messageOf,
  rawText,
  transact,
  write,
  type Guard,
  type StorageFailure,
  type WriteResult,
} from './idb'
import {
  addRevision,
  createRevisionsStore,
  listRevisions,
  type AddRevisionResult,
  type ListRevisionsResult,
  type RevisionReason,
} from './revisions'

import { LIBRARY_DB_NAME, SUMMARIES_STORE, type EarlySummaries } from './earlySummaries'

export type { StorageFailure, WriteResult } from './idb'

const DEFAULT_LIBRARY_NAME = LIBRARY_DB_NAME
/** 1: assessments and quarantine; 2: adds the revisions store; 3: adds the summaries store. */
export const LIBRARY_DB_VERSION = 3
const ASSESSMENTS = 'assessments'
const QUARANTINE = 'quarantine'
/**
 * The library's line of each readable assessment, under its id: a cache written with every save,
 * so the list can show before the documents are read (reading 200 of them takes a third of a
 * second or more). `loadAll` brings it back in line with the documents.
 */
const SUMMARIES = SUMMARIES_STORE

/** What the `assessments` store holds under the assessment id. */
export interface LibraryRecord {
  id: string
  savedAt: string
  /**
   * Counts the saves of this record (records from before revision counting read as 0). A tab
   * saves with the `rev` it last loaded or saved, so a save made meanwhile elsewhere is noticed.
   */
  rev: number
  /** The JSON-compatible document as saved; parsed again on every read. */
  doc: unknown
}

/**
 * Why a record sits in quarantine: it could not be read (`invalid`), or it is the original of a
 * record that was migrated to the current schema (`migrated-backup`) or replaced by a save
 * while it was not a readable current document (`replaced-backup`).
 */
export type QuarantineReason = 'invalid' | 'migrated-backup' | 'replaced-backup'

/** A record kept aside in the quarantine store until the user discards it. */
export interface QuarantinedRecord {
  /** Opaque handle for `discardQuarantined`. */
  key: string
  /** The key the record had in the assessments store (normally the assessment id). */
  sourceKey: string
  /** When it was moved here (ISO timestamp). */
  foundAt: string
  reason: QuarantineReason
  /**
   * The document as pretty JSON (the `doc` of a library record, or the whole stored value when
   * it is not one), or `String(value)` when it has no JSON form: a download of it is a file the
   * user can repair and import. Binary data (a Blob, bytes) is kept as a Blob of its content.
   */
  raw: string | Blob
  /** Why it failed to parse; empty for backups. */
  issues: ParseIssue[]
}

/**
 * A record `loadAll` could not use and left where it is: one written by a newer version of the
 * app (`newer-version`: moving it would hide it from that version), or an unreadable one that
 * could not be moved because the write failed, e.g. storage full (`not-moved`; retried on the
 * next load).
 */
export interface SkippedRecord {
  sourceKey: string
  reason: 'newer-version' | 'not-moved'
  raw: string
  issues: ParseIssue[]
}

export interface LoadResult {
  /** Every readable assessment, in key order. */
  assessments: Assessment[]
  /** Everything in the quarantine store, including what this load moved there. */
  quarantined: QuarantinedRecord[]
  /** Unusable records left in the assessments store; the UI must mention them too. */
  skipped: SkippedRecord[]
  /** The `rev` of each readable assessment, by id, as read in the same transaction. */
  revs: Record<string, number>
  /**
   * A fresh copy of a loaded assessment, parsed again from the value read (parsing is pure, so
   * it equals the one in `assessments`): for a caller that keeps the loaded version aside but
   * needs it for only a few documents, instead of copying all of them up front.
   */
  copyOf: (id: string) => Assessment | undefined
}

/**
 * `invalid`: the document does not pass `parseAssessment`; `conflict`: the stored record was
 * saved by someone else since `expectedRev` (its readable document is returned); `deleted`: it
 * was deleted since `expectedRev`. In each case nothing was written.
 */
export type SaveResult =
  | { ok: true; rev: number }
  | StorageFailure
  | { ok: false; reason: 'invalid'; message: string; issues: ParseIssue[] }
  | SaveConflict
  | { ok: false; reason: 'deleted' }

/** A save refused because the stored record changed since the saving tab last saw it. */
export interface SaveConflict {
  ok: false
  reason: 'conflict'
  /** The stored version, which the save did not overwrite. */
  stored: Assessment
  rev: number
}

export interface SaveOptions {
  /**
   * The `rev` this tab last loaded or saved. When the stored record is a readable document with
   * another `rev`, the save is refused as a conflict; when there is none any more, as `deleted`
   * (a deletion is not undone behind the person's back). Omit it to write regardless.
   */
  expectedRev?: number
}

export type GetResult =
  | { ok: true; assessment: Assessment; migratedFrom: number | null; rev: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; issues: ParseIssue[] }
  | StorageFailure

/**
 * Why the library cannot be used: IndexedDB missing or refused (`unavailable`, e.g. some private
 * modes), another tab holding an older version open (`blocked`), a database left by a newer
 * version of the app (`version`), storage full (`quota`) or anything else (`unknown`).
 */
export type LibraryErrorReason = 'unavailable' | 'blocked' | 'version' | 'quota' | 'unknown'

/** Rejection of `openLibrary`, `loadAll` and `listQuarantined`; the UI falls back to memory. */
export class LibraryError extends Error {
  readonly reason: LibraryErrorReason

  constructor(reason: LibraryErrorReason, cause?: unknown) {
    super(`The assessment library is not available (${reason}): ${messageOf(cause)}`, { cause })
    this.name = 'LibraryError'
    this.reason = reason
  }
}

export interface LibraryDb {
  /**
   * Reads every record. Unreadable ones are moved to quarantine (copied then deleted, in the
   * same transaction as the read). A record of an older schema version is migrated and written
   * back, its original first kept in quarantine as a `migrated-backup`. Records of a newer
   * version are left in place. If moving fails (e.g. quota), nothing is changed and the records
   * are reported as `skipped`. Rejects with a LibraryError only when nothing can be read.
   */
  loadAll(now: Date): Promise<LoadResult>
  /**
   * The stored summaries, fast to read but only a cache: right after every save, delete and
   * `loadAll`, possibly stale or missing before the first `loadAll` of this version. Damaged
   * entries are left out. Never throws; an empty list when they cannot be read. `early`: the
   * values already read by the page's early read (earlySummaries.ts), checked the same way; when
   * it found nothing, they are read here.
   */
  listSummaries(early?: EarlySummaries | null): Promise<AssessmentSummary[]>
  /** Reads one assessment without moving anything. */
  get(id: string): Promise<GetResult>
  /**
   * Validates and writes the document under its id, with the next `rev`. If the record it
   * replaces is not a readable current-version document, that record is kept in quarantine
   * first. With `expectedRev`, refuses to overwrite a record saved elsewhere meanwhile (the
   * check and the write share one transaction). Never throws.
   */
  save(doc: Assessment, options?: SaveOptions): Promise<SaveResult>
  /** Deletes an assessment; a missing id is not an error. Never throws. */
  remove(id: string): Promise<WriteResult>
  listQuarantined(): Promise<QuarantinedRecord[]>
  /** Deletes a quarantined record for good; an unknown key is not an error. Never throws. */
  discardQuarantined(key: string): Promise<WriteResult>
  /**
   * Keeps a snapshot of the document among its revisions (at most `keep`, oldest dropped); a
   * snapshot identical to the newest one is not added twice. Never throws.
   */
  addRevision(doc: Assessment, reason: RevisionReason, keep?: number): Promise<AddRevisionResult>
  /** The snapshots of one assessment, newest first, each parsed. Never throws. */
  listRevisions(assessmentId: string): Promise<ListRevisionsResult>
  close(): void
}

export interface OpenLibraryOptions {
  /** Database name; tests use their own. */
  name?: string
  /** Time source for `savedAt` and for backups made by `save`. */
  clock?: () => Date
}

/**
 * Opens (creating on first use) the library database. Rejects with a LibraryError, never
 * anything else, when IndexedDB is unavailable, blocked or newer than this app.
 */
export function openLibrary(idb: IDBFactory, options: OpenLibraryOptions = {}): Promise<LibraryDb> {
  const clock = options.clock ?? (() => new Date())
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest
    try {
      request = idb.open(options.name ?? DEFAULT_LIBRARY_NAME, LIBRARY_DB_VERSION)
    } catch (error) {
      reject(new LibraryError('unavailable', error))
      return
    }
    let settled = false
    const fail = (reason: LibraryErrorReason, cause?: unknown) => {
      if (settled) return
      settled = true
      reject(new LibraryError(reason, cause))
    }
    // Each step only adds what is missing, so data of every earlier version is kept as it is.
    request.onupgradeneeded = () => {
      const db = request.result
      if (!db.objectStoreNames.contains(ASSESSMENTS)) db.createObjectStore(ASSESSMENTS)
      if (!db.objectStoreNames.contains(QUARANTINE))
        db.createObjectStore(QUARANTINE, { autoIncrement: true })
      createRevisionsStore(db)
      if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES)
    }
    request.onsuccess = () => {
      const db = request.result
      // Opened after we already gave up (blocked): nobody will use this connection.
      if (settled) {
        db.close()
        return
      }
      settled = true
      // Let a newer version of the app in another tab upgrade the database; our later calls
      // then report 'unavailable' instead of blocking it.
      db.onversionchange = () => db.close()
      resolve(createLibrary(db, clock))
    }
    request.onerror = () => {
      const error = request.error
      fail(error?.name === 'VersionError' ? 'version' : 'unavailable', error)
    }
    request.onblocked = () => fail('blocked')
  })
}

function createLibrary(db: IDBDatabase, clock: () => Date): LibraryDb {
  return {
    async loadAll(now) {
      try {
        return await scan(db, now, true)
      } catch {
        try {
          return await scan(db, now, false)
        } catch (error) {
          throw new LibraryError(failureOf(error).reason, error)
        }
      }
    },

    async listSummaries(early) {
      try {
        const values =
          (await early) ??
          (await transact(db, [SUMMARIES], 'readonly', (tx) => {
            const request = tx.objectStore(SUMMARIES).getAll()
            return () => request.result as unknown[]
          }))
        return values.flatMap((value) => readSummary(value) ?? [])
      } catch {
        return []
      }
    },

    async get(id) {
      try {
        const value = await transact(db, [ASSESSMENTS], 'readonly', (tx) => {
          const request = tx.objectStore(ASSESSMENTS).get(id)
          return () => request.result as unknown
        })
        if (value === undefined) return { ok: false, reason: 'not-found' }
        const result = inspect(id, value)
        if (!result.ok) return { ok: false, reason: 'invalid', issues: result.issues }
        return { ...result, rev: revOf(value) }
      } catch (error) {
        return failureOf(error)
      }
    },

    async save(doc, options = {}) {
      const parsed = parseAssessment(doc)
      if (!parsed.ok)
        return {
          ok: false,
          reason: 'invalid',
          message: 'The assessment does not match the current schema; nothing was written.',
          issues: parsed.issues,
        }
      const id = parsed.assessment.id
      try {
        return await transact(
          db,
          [ASSESSMENTS, QUARANTINE, SUMMARIES],
          'readwrite',
          (tx, guard) => {
            const now = clock()
            const store = tx.objectStore(ASSESSMENTS)
            const existing = store.get(id)
            let result: SaveResult = { ok: true, rev: 1 }
            existing.onsuccess = guard(() => {
              const old: unknown = existing.result
              if (old === undefined && options.expectedRev !== undefined) {
                result = { ok: false, reason: 'deleted' }
                return
              }
              const rev = old === undefined ? 0 : revOf(old)
              if (old !== undefined) {
                const check = inspect(id, old)
                if (check.ok && options.expectedRev !== undefined && rev !== options.expectedRev) {
                  result = { ok: false, reason: 'conflict', stored: check.assessment, rev }
                  return
                }
                if (!check.ok || check.migratedFrom !== null) {
                  const issues = check.ok ? [] : check.issues
                  tx.objectStore(QUARANTINE).add(
                    quarantineEntry(id, old, 'replaced-backup', issues, now),
                  )
                }
              }
              store.put(libraryRecord(parsed.assessment, now, rev + 1), id)
              tx.objectStore(SUMMARIES).put(summarizeAssessment(parsed.assessment), id)
              result = { ok: true, rev: rev + 1 }
            })
            return () => result
          },
        )
      } catch (error) {
        return failureOf(error)
      }
    },

    async remove(id) {
      try {
        return await transact(db, [ASSESSMENTS, SUMMARIES], 'readwrite', (tx) => {
          tx.objectStore(ASSESSMENTS).delete(id)
          tx.objectStore(SUMMARIES).delete(id)
          return () => ({ ok: true }) as const
        })
      } catch (error) {
        return failureOf(error)
      }
    },

    async listQuarantined() {
      try {
        return await transact(db, [QUARANTINE], 'readonly', (tx, guard) =>
          collectQuarantine(tx.objectStore(QUARANTINE), guard),
        )
      } catch (error) {
        throw new LibraryError(failureOf(error).reason, error)
      }
    },

    discardQuarantined(key) {
      const primaryKey = Number(key)
      if (!Number.isSafeInteger(primaryKey)) return Promise.resolve({ ok: true })
      return write(db, QUARANTINE, (store) => store.delete(primaryKey))
    },

    addRevision(doc, reason, keep) {
      return addRevision(db, doc, reason, clock(), keep)
    },

    listRevisions(assessmentId) {
      return listRevisions(db, assessmentId)
    },

    close() {
      db.close()
    },
  }
}

/**
 * One pass over the library; `move` decides whether unusable records are moved or skipped (and
 * whether the summaries are brought in line). All keys and values are read with one request each
 * (a cursor costs a round trip per record, which made a 200-assessment library slow to show);
 * the moves then go in the same transaction.
 */
function scan(db: IDBDatabase, now: Date, move: boolean): Promise<LoadResult> {
  const stores = move ? [ASSESSMENTS, QUARANTINE, SUMMARIES] : [ASSESSMENTS, QUARANTINE]
  return transact(db, stores, move ? 'readwrite' : 'readonly', (tx, guard) => {
    const assessments: Assessment[] = []
    const skipped: SkippedRecord[] = []
    const revs: Record<string, number> = {}
    const read = new Map<string, unknown>()
    let quarantined: () => QuarantinedRecord[] = () => []
    const store = tx.objectStore(ASSESSMENTS)
    const quarantine = tx.objectStore(QUARANTINE)
    const keysRequest = store.getAllKeys()
    const valuesRequest = store.getAll()
    valuesRequest.onsuccess = guard(() => {
      const keys = keysRequest.result
      const values: unknown[] = valuesRequest.result
      values.forEach((value, index) => {
        const key = keys[index]!
        const result = inspect(key, value)
        if (result.ok) {
          assessments.push(result.assessment)
          revs[result.assessment.id] = revOf(value)
          read.set(result.assessment.id, value)
          if (result.migratedFrom !== null && move) {
            quarantine.add(quarantineEntry(key, value, 'migrated-backup', [], now))
            // Same content in the current schema: the rev stays, so no tab sees a conflict.
            store.put(libraryRecord(result.assessment, now, revOf(value)), key)
          }
        } else if (result.newer || !move) {
          const reason = result.newer ? 'newer-version' : 'not-moved'
          skipped.push({
            sourceKey: keyText(key),
            reason,
            raw: rawText(value),
            issues: result.issues,
          })
        } else {
          quarantine.add(quarantineEntry(key, value, 'invalid', result.issues, now))
          store.delete(key)
        }
      })
      // Read the quarantine only after the moves, so it includes them.
      quarantined = collectQuarantine(quarantine, guard)
      if (move) alignSummaries(tx.objectStore(SUMMARIES), assessments, guard)
    })
    const copyOf = (id: string) => {
      const value = read.get(id)
      const again = value === undefined ? undefined : inspect(id, value)
      return again?.ok ? again.assessment : undefined
    }
    return () => ({ assessments, quarantined: quarantined(), skipped, revs, copyOf })
  })
}

/** Rewrites the summaries that differ from the documents and deletes those of no document. */
function alignSummaries(store: IDBObjectStore, docs: readonly Assessment[], guard: Guard) {
  const keys = store.getAllKeys()
  const values = store.getAll()
  values.onsuccess = guard(() => {
    const stored = new Map<IDBValidKey, unknown>()
    keys.result.forEach((key, index) => stored.set(key, values.result[index]))
    for (const doc of docs) {
      const fresh = summarizeAssessment(doc)
      const old = readSummary(stored.get(doc.id))
      if (!old || !sameSummary(old, fresh)) store.put(fresh, doc.id)
      stored.delete(doc.id)
    }
    for (const key of stored.keys()) store.delete(key)
  })
}

type Inspection =
  | { ok: true; assessment: Assessment; migratedFrom: number | null }
  | { ok: false; issues: ParseIssue[]; newer: boolean }

/** Parses a stored value; a document filed under another key than its id is refused. */
function inspect(key: IDBValidKey, value: unknown): Inspection {
  const result = parseAssessment(documentOf(value))
  if (!result.ok)
    return {
      ok: false,
      issues: result.issues,
      newer: result.issues.some((issue) => issue.code === 'newer-version'),
    }
  if (result.assessment.id !== key)
    return {
      ok: false,
      issues: [{ path: ['id'], code: 'invalid', params: { key: keyText(key) } }],
      newer: false,
    }
  return result
}

function libraryRecord(doc: Assessment, now: Date, rev: number): LibraryRecord {
  return { id: doc.id, savedAt: now.toISOString(), rev, doc }
}

/** The save count of a stored value; bare documents and records from before it count 0. */
function revOf(value: unknown): number {
  const rev = typeof value === 'object' && value !== null && 'rev' in value ? value.rev : undefined
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev : 0
}

type StoredQuarantineEntry = Omit<QuarantinedRecord, 'key'>

function quarantineEntry(
  sourceKey: IDBValidKey,
  value: unknown,
  reason: QuarantineReason,
  issues: ParseIssue[],
  now: Date,
): StoredQuarantineEntry {
  return {
    sourceKey: keyText(sourceKey),
    foundAt: now.toISOString(),
    reason,
    raw: rawContent(value),
    issues,
  }
}

/** The stored value as text, or as a Blob of its bytes when it is binary (JSON would give {}). */
function rawContent(value: unknown): string | Blob {
  const doc = documentOf(value)
  if (doc instanceof Blob) return doc
  if (doc instanceof ArrayBuffer) return new Blob([doc])
  if (ArrayBuffer.isView(doc))
    return new Blob([new Uint8Array(doc.buffer, doc.byteOffset, doc.byteLength).slice()])
  return rawText(value)
}

/** Reads the quarantine store; fields of a damaged entry get safe defaults, never dropped. */
function collectQuarantine(store: IDBObjectStore, guard: Guard): () => QuarantinedRecord[] {
  const records: QuarantinedRecord[] = []
  const request = store.openCursor()
  request.onsuccess = guard(() => {
    const cursor = request.result
    if (!cursor) return
    const value: unknown = cursor.value
    const entry: Partial<Record<keyof StoredQuarantineEntry, unknown>> =
      typeof value === 'object' && value !== null ? value : {}
    records.push({
      key: keyText(cursor.primaryKey),
      sourceKey: typeof entry.sourceKey === 'string' ? entry.sourceKey : '',
      foundAt: typeof entry.foundAt === 'string' ? entry.foundAt : '',
      reason: isQuarantineReason(entry.reason) ? entry.reason : 'invalid',
      raw: typeof entry.raw === 'string' || entry.raw instanceof Blob ? entry.raw : rawText(value),
      issues: Array.isArray(entry.issues) ? (entry.issues as ParseIssue[]) : [],
    })
    cursor.continue()
  })
  return () => records
}

function isQuarantineReason(value: unknown): value is QuarantineReason {
  return value === 'invalid' || value === 'migrated-backup' || value === 'replaced-backup'
}
