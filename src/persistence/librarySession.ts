/**
 * One tab's session with the saved library: everything between the documents a store holds and
 * IndexedDB. It runs storage work one task at a time (the write queue), saves with the save
 * counter `rev` so another tab's save is never overwritten silently (a conflict instead), keeps
 * snapshots by the revision rule (SNAPSHOT_INTERVAL_MS), recovers the edits the journal caught as
 * a tab closed, and follows other tabs' saves and deletions (BroadcastChannel).
 *
 * The documents themselves stay with the caller (the library store), reached through a
 * `LibrarySessionHost`; browser objects (IDBFactory, Web Storage, the channel) are passed in, so
 * tests run in Node on fake-indexeddb.
 */
import { newId, type Assessment, type AssessmentSummary } from '@/domain'
import { createJournal, type Journal } from './journal'
import {
  openLibrary,
  type LibraryDb,
  type QuarantinedRecord,
  type SaveResult,
  type SkippedRecord,
} from './libraryDb'
import type { Revision, RevisionReason } from './revisions'
import type { EarlySummaries } from './earlySummaries'

/** The name of the BroadcastChannel on which tabs announce their saves. */
export const TAB_CHANNEL_NAME = 'iiat-library'

/** How long typing may pause before the open assessment is written to storage. */
export const AUTOSAVE_DELAY_MS = 300

/**
 * How often, at most, a snapshot is taken while someone keeps editing. Revision rule: the first
 * save of an assessment in a session, and then the first save after every 5 minutes, first keep
 * the version it replaces; leaving the assessment keeps its final state if it changed since the
 * last snapshot; a restore, a recovery of unsaved edits and a conflict between tabs always keep
 * the version they replace. Identical consecutive snapshots are stored once.
 */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000

/**
 * Why the last write failed, when it was not another tab's doing (a conflict or a deletion:
 * that is `TabConflict`).
 */
export type SaveFailure = Exclude<
  Extract<SaveResult, { ok: false }>,
  { reason: 'conflict' | 'deleted' }
>

/** How a save ended: stored (or nothing to store), or why not. */
export type SaveOutcome = { ok: true } | SaveFailure | { ok: false; reason: 'conflict' }

/**
 * Another tab changed an assessment this one holds with other content: it saved another version
 * (`saved`), or deleted the assessment open here (`deleted`). Saves of it wait for the choice.
 */
export type TabConflict =
  | {
      kind: 'saved'
      id: string
      /** The version the other tab saved. */
      theirs: Assessment
      rev: number
    }
  | { kind: 'deleted'; id: string }

const UNAVAILABLE: SaveFailure = {
  ok: false,
  reason: 'unavailable',
  message: 'IndexedDB unavailable',
}

/** A BroadcastChannel, or a fake of one in tests. */
export type TabChannel = Pick<BroadcastChannel, 'postMessage' | 'onmessage'>

/** What the session needs from the holder of the documents (the library store). */
export interface LibrarySessionHost {
  /** The document held under `id` (the very object, so saves stamp its `updatedAt`). */
  get(id: string): Assessment | undefined
  /** Holds `doc` under its id, in place of the one held before, if any. */
  put(doc: Assessment): void
  /**
   * Another tab deleted `id`: take it out of the list, unless it is open here (the person is
   * then asked, see `TabConflict`). Returns whether it was taken out.
   */
  dropDeleted(id: string): boolean
  /** The conflict waiting for the person's choice, if any; saves of its document are paused. */
  conflict(): TabConflict | null
  setConflict(conflict: TabConflict | null): void
  /** Called after every write: the failure, or null once a save succeeded. */
  setSaveFailure(failure: SaveFailure | null): void
}

/** What `start` loaded: every readable assessment and the records the UI must mention. */
export interface LoadedLibrary {
  assessments: Assessment[]
  quarantined: QuarantinedRecord[]
  skipped: SkippedRecord[]
}

export interface StartOptions {
  /** Web Storage for the journal of unsaved edits; none, no journal. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | null
  channel?: TabChannel | null
  /** An already open library, used instead of opening the IDBFactory (tests pass fakes). */
  library?: LibraryDb
  now?: Date
  /**
   * Gets the stored summaries as soon as storage is open, before the documents are read: a list
   * to show meanwhile, replaced by what `loaded` brings.
   */
  listed?: (summaries: AssessmentSummary[]) => void
  /** The summaries the page began reading before the app loaded (earlySummaries.ts), if any. */
  earlySummaries?: EarlySummaries | null
}

export interface LibrarySession {
  /**
   * Opens storage and loads every saved assessment; hands them to `loaded` (so they are held
   * before anything else runs), then applies the edits the journal caught as a tab closed.
   * Rejects when storage is unavailable: the session then works in memory (nothing is written,
   * the journal still records edits on leaving).
   */
  start(
    idb: IDBFactory | undefined,
    options: StartOptions,
    loaded: (library: LoadedLibrary) => void,
  ): Promise<void>
  /** Whether `doc` differs from the version this tab last loaded or saved (`updatedAt` aside). */
  isUnsaved(doc: Assessment): boolean
  /** Whether some version of `id` is in storage (false for one held only in memory). */
  isStored(id: string): boolean
  /** Whether the journal can record edits on leaving (Web Storage given and writable). */
  canJournal(): boolean
  /**
   * Writes `id` if it changed, after the storage work already queued; with null, only waits for
   * that work. While a save fails, the journal keeps the document as it is, for the next start.
   */
  save(id: string | null): Promise<SaveOutcome>
  /** Calls `run` after the autosave pause, replacing the call scheduled before, if any. */
  saveAfterPause(run: () => void): void
  /** Cancels the call `saveAfterPause` scheduled. */
  cancelPause(): void
  /** Whether a call scheduled by `saveAfterPause` is still waiting. */
  isPausing(): boolean
  /**
   * For pagehide / visibilitychange: records `doc` in the journal synchronously if it has
   * unsaved edits (the page may be gone before IndexedDB finishes).
   */
  recordBeforeLeaving(doc: Assessment): void
  /**
   * Leaving an assessment keeps its final state, if this tab changed it since the last snapshot.
   * `doc` is copied at once: the next screen may change it before the queue gets to it.
   */
  snapshotOnLeaving(doc: Assessment): Promise<void>
  /** Deletes `id` from storage, after any save of it already under way, and tells other tabs. */
  remove(id: string): Promise<void>
  discardQuarantined(key: string): Promise<void>
  /** The snapshots of an assessment, newest first; null when storage cannot be read. */
  listRevisions(id: string): Promise<Revision[] | null>
  /**
   * Replaces `id` by one of its snapshots, after keeping the current state as a snapshot; if
   * that fails, nothing is replaced. Returns the key of the kept state, or null if not restored.
   */
  restoreRevision(id: string, key: number): Promise<number | null>
  /**
   * Settles the conflict: `theirs` keeps this tab's version as a revision and loads the other;
   * `mine` keeps the other as a revision and saves this tab's over it. Returns false (and leaves
   * the conflict) if the revision could not be written, so nothing is lost. For a deletion,
   * `theirs` forgets the assessment here (the caller lets go of it) and `mine` saves it again.
   */
  resolveConflict(choice: 'theirs' | 'mine'): Promise<boolean>
}

/** What is compared to decide whether a document changed: everything but the save stamp. */
function fingerprint(doc: Assessment): string {
  return JSON.stringify({ ...doc, updatedAt: '' })
}

const plain = (doc: Assessment) => JSON.parse(JSON.stringify(doc)) as Assessment

/**
 * The version of a document this tab last loaded or saved, made (and fingerprinted) only when
 * first needed: most loaded documents are never compared, and copying them all slowed start-up.
 * `read` must return a copy nobody else holds.
 */
function baseline(read: () => Assessment) {
  let doc: Assessment | undefined
  let print: string | undefined
  return {
    doc: () => (doc ??= read()),
    print: () => (print ??= fingerprint((doc ??= read()))),
  }
}

type Baseline = ReturnType<typeof baseline>

type TabMessage = { type: 'saved' | 'removed'; id: string; from: string }

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  return (
    (m.type === 'saved' || m.type === 'removed') &&
    typeof m.id === 'string' &&
    typeof m.from === 'string'
  )
}

/** Creates the session of one tab; nothing is opened until `start`. */
export function createLibrarySession(host: LibrarySessionHost): LibrarySession {
  let db: LibraryDb | null = null
  let journal: Journal | null = null
  let channel: TabChannel | null = null
  const tabId = newId()
  /** Each document as last loaded or saved by this tab. */
  const baselines = new Map<string, Baseline>()
  /** The stored record's `rev` as this tab last loaded or saved it. */
  const revs = new Map<string, number>()
  const lastSnapshotAt = new Map<string, number>()
  /** Recovered edits whose stored version could not be kept yet: it is, before their first save. */
  const keepBeforeRecovery = new Set<string>()
  const snapshotPrint = new Map<string, string>()
  /** Assessments saved by this tab since it started, so leaving them may take a snapshot. */
  const edited = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  // Storage work runs one task at a time: a save must start from the rev the previous one left.
  let queue: Promise<void> = Promise.resolve()

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task)
    queue = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  function markSaved(doc: Assessment, rev: number) {
    const json = JSON.stringify(doc)
    baselines.set(
      doc.id,
      baseline(() => JSON.parse(json) as Assessment),
    )
    revs.set(doc.id, rev)
  }

  function forget(id: string) {
    baselines.delete(id)
    revs.delete(id)
    keepBeforeRecovery.delete(id)
  }

  const isUnsaved = (doc: Assessment) => baselines.get(doc.id)?.print() !== fingerprint(doc)
  const inConflict = (id: string) => host.conflict()?.id === id

  async function start(
    idb: IDBFactory | undefined,
    options: StartOptions,
    loaded: (library: LoadedLibrary) => void,
  ) {
    const now = options.now ?? new Date()
    journal = options.storage ? createJournal(options.storage) : null
    if (journal && !journal.isWritable()) journal = null
    channel = options.channel ?? null
    if (channel) channel.onmessage = (event) => onTabMessage(event.data)
    try {
      if (options.library) db = options.library
      else if (!idb) throw new Error('IndexedDB is not available')
      else db = await openLibrary(idb)
      if (options.listed) options.listed(await db.listSummaries(options.earlySummaries))
      const library = await db.loadAll(now)
      for (const doc of library.assessments) {
        // Parsed again from what was read, so the copy is this session's alone.
        // Parsing is pure, so a loaded id always parses again: this copy is the session's alone.
        baselines.set(
          doc.id,
          baseline(() => library.copyOf(doc.id)!),
        )
        revs.set(doc.id, library.revs[doc.id] ?? 0)
      }
      loaded(library)
      // Recovered edits go in before any screen shows the document.
      await enqueue(recoverJournal)
    } catch (error) {
      db = null
      throw error
    }
  }

  /** Keeps a snapshot among the document's revisions. */
  async function keepSnapshot(doc: Assessment, reason: RevisionReason) {
    if (!db) return UNAVAILABLE
    const result = await db.addRevision(plain(doc), reason)
    if (!result.ok) return result
    lastSnapshotAt.set(doc.id, Date.now())
    snapshotPrint.set(doc.id, fingerprint(doc))
    return result
  }

  /** Keeps a snapshot among the document's revisions; returns its key, or null if it failed. */
  async function takeSnapshot(doc: Assessment, reason: RevisionReason): Promise<number | null> {
    const result = await keepSnapshot(doc, reason)
    return result.ok ? result.key : null
  }

  /** The time rule of SNAPSHOT_INTERVAL_MS: keep the version this save replaces. */
  async function snapshotBeforeSave(id: string) {
    const last = lastSnapshotAt.get(id)
    if (last !== undefined && Date.now() - last < SNAPSHOT_INTERVAL_MS) return
    const previous = baselines.get(id)
    if (previous) await takeSnapshot(previous.doc(), 'edit')
  }

  /** Writes one document if it changed; call inside `enqueue`. */
  async function saveNow(id: string): Promise<SaveOutcome> {
    const doc = host.get(id)
    if (!doc) return { ok: true }
    if (inConflict(id)) return { ok: false, reason: 'conflict' }
    if (!isUnsaved(doc)) return { ok: true }
    if (!db) return failed(doc, UNAVAILABLE)
    // Only what is stored gets the stamp: stamping the held document changes it, which would
    // schedule another save, again and again while saves fail.
    const copy = { ...plain(doc), updatedAt: new Date().toISOString() }
    const before = baselines.get(id)
    if (before && keepBeforeRecovery.has(id)) {
      // The version the recovered edits replace is kept first, as for any recovery.
      const kept = await keepSnapshot(before.doc(), 'before-recovery')
      if (!kept.ok) return failed(doc, kept)
      keepBeforeRecovery.delete(id)
    } else if (before) await snapshotBeforeSave(id)
    // Deleted (or replaced) while the snapshot was written: never bring it back.
    if (host.get(id) !== doc) return { ok: true }
    const result = await db.save(copy, { expectedRev: revs.get(id) })
    if (result.ok) {
      // `copy` is held nowhere else: it is the saved version as it is.
      baselines.set(
        id,
        baseline(() => copy),
      )
      revs.set(id, result.rev)
      doc.updatedAt = copy.updatedAt
      journal?.clear(id)
      edited.add(id)
      host.setSaveFailure(null)
      announce({ type: 'saved', id, from: tabId })
      return { ok: true }
    }
    if (result.reason === 'conflict') {
      host.setConflict({ kind: 'saved', id, theirs: result.stored, rev: result.rev })
      return { ok: false, reason: 'conflict' }
    }
    if (result.reason === 'deleted') {
      host.setConflict({ kind: 'deleted', id })
      return { ok: false, reason: 'conflict' }
    }
    return failed(doc, result)
  }

  /**
   * A save failed: the journal keeps the whole document as it is now (so it holds every edit not
   * yet stored, recovered ones included) until a save succeeds.
   */
  function failed(doc: Assessment, failure: SaveFailure): SaveFailure {
    journal?.write(doc, revs.get(doc.id) ?? null)
    host.setSaveFailure(failure)
    return failure
  }

  function announce(message: TabMessage) {
    try {
      channel?.postMessage(message)
    } catch {
      // A closed channel: the check before each save still prevents silent overwrites.
    }
  }

  /**
   * Applies edits the journal caught as a tab closed, but only onto the version they were made
   * from: if anything was saved since (another tab, a later session) or the assessment was
   * deleted, the stored state wins and the caught edits are kept as a revision instead. When
   * storage refuses to write (full), the caught edits are shown all the same and stay in the
   * journal until a save succeeds: over a version saved since, as a conflict to settle.
   */
  async function recoverJournal() {
    if (!journal) return
    for (const { doc: entry, baseRev } of journal.entries()) {
      const known = host.get(entry.id)
      const storedRev = revs.get(entry.id) ?? null
      if (known && fingerprint(known) === fingerprint(entry)) {
        journal.clear(entry.id)
        continue
      }
      if (!known && baseRev !== null) {
        // Saved once, then deleted: a deletion is not undone behind the person's back.
        journal.clear(entry.id)
        continue
      }
      if (known && storedRev !== baseRev) {
        if ((await takeSnapshot(entry, 'before-recovery')) !== null) journal.clear(entry.id)
        else {
          host.put(entry)
          host.setConflict({ kind: 'saved', id: entry.id, theirs: known, rev: storedRev ?? 0 })
        }
        continue
      }
      // The stored version is replaced: keep it among the revisions first (see `saveNow`).
      if (known && (await takeSnapshot(known, 'before-recovery')) === null)
        keepBeforeRecovery.add(entry.id)
      host.put(entry)
      await saveNow(entry.id)
    }
  }

  function recordBeforeLeaving(doc: Assessment) {
    if (!inConflict(doc.id) && isUnsaved(doc)) journal?.write(doc, revs.get(doc.id) ?? null)
  }

  function saveAfterPause(run: () => void) {
    cancelPause()
    timer = setTimeout(() => {
      timer = null
      run()
    }, AUTOSAVE_DELAY_MS)
  }

  function cancelPause() {
    if (timer) clearTimeout(timer)
    timer = null
  }

  function snapshotOnLeaving(doc: Assessment) {
    const leaving = plain(doc)
    return enqueue(async () => {
      if (!edited.has(leaving.id) || inConflict(leaving.id)) return
      if (snapshotPrint.get(leaving.id) === fingerprint(leaving)) return
      await takeSnapshot(leaving, 'closed')
    })
  }

  function remove(id: string) {
    forget(id)
    journal?.clear(id)
    return enqueue(async () => {
      if (!db || host.get(id)) return
      const result = await db.remove(id)
      if (!result.ok) host.setSaveFailure(result)
      else announce({ type: 'removed', id, from: tabId })
    })
  }

  async function discardQuarantined(key: string) {
    if (db) await db.discardQuarantined(key)
  }

  async function listRevisions(id: string): Promise<Revision[] | null> {
    if (!db) return null
    const result = await db.listRevisions(id)
    return result.ok ? result.revisions : null
  }

  function restoreRevision(id: string, key: number): Promise<number | null> {
    return enqueue(async () => {
      if (!db || inConflict(id)) return null
      await saveNow(id)
      const doc = host.get(id)
      const listed = await db.listRevisions(id)
      const revision = listed.ok ? listed.revisions.find((r) => r.key === key) : undefined
      if (!doc || !revision?.readable) return null
      const undoKey = await takeSnapshot(doc, 'before-restore')
      if (undoKey === null) return null
      host.put(plain(revision.assessment))
      await saveNow(id)
      return undoKey
    })
  }

  function resolveConflict(choice: 'theirs' | 'mine'): Promise<boolean> {
    return enqueue(async () => {
      const c = host.conflict()
      if (!c) return false
      const mine = host.get(c.id)
      if (c.kind === 'deleted') {
        host.setConflict(null)
        // Unknown to storage now: `mine` writes it again as a new record, `theirs` forgets it.
        forget(c.id)
        if (choice === 'mine') await saveNow(c.id)
        else journal?.clear(c.id)
        return true
      }
      if (choice === 'theirs') {
        if (mine && (await takeSnapshot(mine, 'conflict-mine')) === null) return false
        host.put(plain(c.theirs))
        markSaved(c.theirs, c.rev)
        journal?.clear(c.id)
        host.setConflict(null)
        return true
      }
      if ((await takeSnapshot(c.theirs, 'conflict-theirs')) === null) return false
      host.setConflict(null)
      revs.set(c.id, c.rev)
      // Unknown as saved by this tab: the next save writes this tab's version over theirs.
      baselines.delete(c.id)
      await saveNow(c.id)
      return true
    })
  }

  function onTabMessage(data: unknown) {
    if (!isTabMessage(data) || data.from === tabId) return
    const { id } = data
    if (data.type === 'removed') {
      if (host.dropDeleted(id)) forget(id)
      else if (host.get(id)) host.setConflict({ kind: 'deleted', id })
      return
    }
    void enqueue(() => adoptOtherTabsSave(id))
  }

  /**
   * Another tab saved `id`: take its version when this tab has no other content of its own,
   * else raise the conflict and let the person choose.
   */
  async function adoptOtherTabsSave(id: string) {
    if (!db) return
    const stored = await db.get(id)
    if (!stored.ok || revs.get(id) === stored.rev) return
    const mine = host.get(id)
    const c = host.conflict()
    // Saved again after a deletion (an undo): this tab is no longer asked about the deletion.
    if (c?.kind === 'deleted' && c.id === id) host.setConflict(null)
    if (mine && fingerprint(mine) === fingerprint(stored.assessment)) {
      revs.set(id, stored.rev)
      return
    }
    if (mine && isUnsaved(mine)) {
      host.setConflict({ kind: 'saved', id, theirs: stored.assessment, rev: stored.rev })
      return
    }
    host.put(stored.assessment)
    markSaved(stored.assessment, stored.rev)
  }

  return {
    start,
    isUnsaved,
    isStored: (id) => revs.has(id),
    canJournal: () => journal !== null,
    save: (id) =>
      enqueue(() => (id === null ? Promise.resolve({ ok: true as const }) : saveNow(id))),
    saveAfterPause,
    cancelPause,
    isPausing: () => timer !== null,
    recordBeforeLeaving,
    snapshotOnLeaving,
    remove,
    discardQuarantined,
    listRevisions,
    restoreRevision,
    resolveConflict,
  }
}
