import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  copyAssessment,
  createAssessment,
  decideVerdict,
  loadTemplate,
  type Assessment,
  type Locale,
  type Verdict,
  newId,
} from '@/domain'
import {
  assessmentFileName,
  createJournal,
  openLibrary,
  readAssessmentFile,
  serializeAssessment,
  type ImportResult,
  type Journal,
  type LibraryDb,
  type QuarantinedRecord,
  type Revision,
  type RevisionReason,
  type SaveResult,
  type SkippedRecord,
} from '@/persistence'

export interface AssessmentSummary {
  id: string
  title: string
  verdict: Verdict
  provisional: boolean
  updatedAt: string
}

type SaveFailure = Exclude<Extract<SaveResult, { ok: false }>, { reason: 'conflict' }>

/** The same assessment saved meanwhile by another tab, while this one has other content. */
export interface TabConflict {
  id: string
  /** The version the other tab saved. */
  theirs: Assessment
  rev: number
}

/** What the browser says about keeping our data: null when it cannot tell. */
export interface StorageInfo {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/** The part of the StorageManager (`navigator.storage`) the library uses; all of it optional. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>

/** A BroadcastChannel, or a fake of one in tests. */
export type TabChannel = Pick<BroadcastChannel, 'postMessage' | 'onmessage'>

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

/** What is compared to decide whether a document changed: everything but the save stamp. */
function fingerprint(doc: Assessment): string {
  return JSON.stringify({ ...doc, updatedAt: '' })
}

const plain = (doc: Assessment) => JSON.parse(JSON.stringify(doc)) as Assessment

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

/**
 * The library of assessments saved in this browser, and the one that is open. Documents live
 * here; every rule about them is a call into the domain, every write goes through persistence.
 */
export const useLibraryStore = defineStore('library', () => {
  const docs = ref<Record<string, Assessment>>({})
  const quarantined = ref<QuarantinedRecord[]>([])
  /** Records left untouched: made by a newer app version, or not yet set aside (storage full). */
  const skipped = ref<SkippedRecord[]>([])
  const status = ref<'idle' | 'loading' | 'ready' | 'unavailable'>('idle')
  const saveFailure = ref<SaveFailure | null>(null)
  const pendingSave = ref(false)
  const currentId = ref<string | null>(null)
  const recentlyRemoved = ref<Assessment | null>(null)
  /** Set while another tab's version waits for this tab's choice; saves of it are paused. */
  const conflict = ref<TabConflict | null>(null)
  /** The snapshot taken by the last restore, which `undoRestore` brings back. */
  const lastRestore = ref<{ id: string; undoKey: number } | null>(null)
  const storageInfo = ref<StorageInfo>({ persisted: null, usage: null, quota: null })

  let db: LibraryDb | null = null
  let journal: Journal | null = null
  let channel: TabChannel | null = null
  let storageManager: StorageManagerLike | null = null
  const tabId = newId()
  /** Fingerprint of each document as last loaded or saved by this tab. */
  const saved = new Map<string, string>()
  /** The document as last loaded or saved, kept to snapshot it before it is replaced. */
  const savedJson = new Map<string, string>()
  /** The stored record's `rev` as this tab last loaded or saved it. */
  const revs = new Map<string, number>()
  const lastSnapshotAt = new Map<string, number>()
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
    saved.set(doc.id, fingerprint(doc))
    savedJson.set(doc.id, JSON.stringify(doc))
    revs.set(doc.id, rev)
  }

  /**
   * Opens storage and loads every saved assessment, then recovers edits that the journal caught
   * as a tab closed. Works in memory if storage is unavailable. Also asks the browser to keep
   * the data (persistent storage) and listens to saves made by other tabs.
   */
  async function init(
    idb: IDBFactory | undefined,
    options: {
      storage?: Storage | null
      now?: Date
      storageManager?: StorageManagerLike | null
      channel?: TabChannel | null
      /** An already open library, used instead of opening `idb` (tests pass fakes). */
      library?: LibraryDb
    } = {},
  ) {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    const now = options.now ?? new Date()
    journal = options.storage ? createJournal(options.storage) : null
    storageManager = options.storageManager ?? null
    channel = options.channel ?? null
    if (channel) channel.onmessage = (event) => onTabMessage(event.data)
    void requestPersistence()
    try {
      if (options.library) db = options.library
      else if (!idb) throw new Error('IndexedDB is not available')
      else db = await openLibrary(idb)
      const loaded = await db.loadAll(now)
      const next: Record<string, Assessment> = {}
      for (const doc of loaded.assessments) {
        next[doc.id] = doc
        markSaved(doc, loaded.revs[doc.id] ?? 0)
      }
      docs.value = next
      quarantined.value = loaded.quarantined
      skipped.value = loaded.skipped
      // Recovered edits go in before any screen shows the document.
      await enqueue(recoverJournal)
      status.value = 'ready'
    } catch {
      db = null
      status.value = 'unavailable'
      saveFailure.value = { ok: false, reason: 'unavailable', message: 'IndexedDB unavailable' }
    }
  }

  /** Asks once for persistent storage; browsers without the API simply leave it unknown. */
  async function requestPersistence() {
    try {
      if (typeof storageManager?.persist === 'function')
        storageInfo.value.persisted = await storageManager.persist()
      else if (typeof storageManager?.persisted === 'function')
        storageInfo.value.persisted = await storageManager.persisted()
    } catch {
      storageInfo.value.persisted = null
    }
    await refreshStorageEstimate()
  }

  /** Reads how much storage the app uses and may use, when the browser tells. */
  async function refreshStorageEstimate() {
    try {
      if (typeof storageManager?.estimate !== 'function') return
      const estimate = await storageManager.estimate()
      storageInfo.value.usage = typeof estimate.usage === 'number' ? estimate.usage : null
      storageInfo.value.quota = typeof estimate.quota === 'number' ? estimate.quota : null
    } catch {
      // No estimate: the home screen just does not show one.
    }
  }

  const summaries = computed<AssessmentSummary[]>(() =>
    Object.values(docs.value)
      .map((d) => {
        const v = decideVerdict(d.analysis)
        return {
          id: d.id,
          title: d.flag.title,
          verdict: v.verdict,
          provisional: v.provisional,
          updatedAt: d.updatedAt,
        }
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  )

  const current = computed(() => (currentId.value ? (docs.value[currentId.value] ?? null) : null))

  /** Keeps a snapshot among the document's revisions; returns its key, or null if it failed. */
  async function takeSnapshot(doc: Assessment, reason: RevisionReason): Promise<number | null> {
    if (!db) return null
    const result = await db.addRevision(plain(doc), reason)
    if (!result.ok) return null
    lastSnapshotAt.set(doc.id, Date.now())
    snapshotPrint.set(doc.id, fingerprint(doc))
    return result.key
  }

  /** The time rule of SNAPSHOT_INTERVAL_MS: keep the version this save replaces. */
  async function snapshotBeforeSave(id: string) {
    const last = lastSnapshotAt.get(id)
    if (last !== undefined && Date.now() - last < SNAPSHOT_INTERVAL_MS) return
    const previous = savedJson.get(id)
    if (previous) await takeSnapshot(JSON.parse(previous) as Assessment, 'edit')
  }

  /** Writes one document if it changed; call inside `enqueue`. */
  async function persistNow(id: string): Promise<void> {
    const doc = docs.value[id]
    if (!doc || conflict.value?.id === id) return
    const print = fingerprint(doc)
    if (saved.get(id) === print) return
    doc.updatedAt = new Date().toISOString()
    if (!db) return
    const copy = plain(doc)
    if (saved.has(id)) await snapshotBeforeSave(id)
    // Deleted (or replaced) while the snapshot was written: never bring it back.
    if (docs.value[id] !== doc) return
    const result = await db.save(copy, { expectedRev: revs.get(id) })
    if (result.ok) {
      markSaved(copy, result.rev)
      journal?.clear(id)
      edited.add(id)
      saveFailure.value = null
      announce({ type: 'saved', id, from: tabId })
    } else if (result.reason === 'conflict') {
      conflict.value = { id, theirs: result.stored, rev: result.rev }
    } else saveFailure.value = result
  }

  const persist = (id: string) => enqueue(() => persistNow(id))

  function announce(message: TabMessage) {
    try {
      channel?.postMessage(message)
    } catch {
      // A closed channel: the check before each save still prevents silent overwrites.
    }
  }

  /** Writes the open assessment now instead of waiting for the autosave pause. */
  async function flush() {
    if (timer) clearTimeout(timer)
    timer = null
    const doc = current.value
    // Always through the queue, so a flush also waits for storage work already started.
    await enqueue(() => (doc ? persistNow(doc.id) : Promise.resolve()))
    pendingSave.value = false
  }

  /**
   * For pagehide / visibilitychange: records unsaved edits synchronously in the journal (the
   * page may be gone before IndexedDB finishes), then starts the normal save, which clears it.
   */
  function flushBeforeLeaving() {
    const doc = current.value
    if (doc && conflict.value?.id !== doc.id && saved.get(doc.id) !== fingerprint(doc))
      journal?.write(doc, revs.get(doc.id) ?? null)
    void flush()
  }

  /**
   * Applies edits the journal caught as a tab closed, but only onto the version they were made
   * from: if anything was saved since (another tab, a later session) or the assessment was
   * deleted, the stored state wins and the caught edits are kept as a revision instead.
   */
  async function recoverJournal() {
    if (!journal) return
    for (const { doc: entry, baseRev } of journal.entries()) {
      const known = docs.value[entry.id]
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
        continue
      }
      // The stored version is replaced: keep it among the revisions first, or do nothing.
      if (known && (await takeSnapshot(known, 'before-recovery')) === null) continue
      docs.value[entry.id] = entry
      await persistNow(entry.id)
    }
  }

  watch(
    current,
    (doc) => {
      if (!doc || saved.get(doc.id) === fingerprint(doc)) return
      pendingSave.value = true
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    { deep: true },
  )

  async function add(doc: Assessment): Promise<Assessment> {
    docs.value[doc.id] = doc
    await persist(doc.id)
    return docs.value[doc.id]!
  }

  function open(id: string | null) {
    const previous = currentId.value
    if (id !== previous) {
      void flush()
      const doc = previous ? docs.value[previous] : undefined
      // The state as it is now: the next screen may change the document before this runs.
      const leaving = doc ? plain(doc) : null
      if (leaving) void enqueue(() => snapshotOnLeaving(leaving))
    }
    currentId.value = id && docs.value[id] ? id : null
  }

  /** Leaving an assessment keeps its final state, if this tab changed it since the last one. */
  async function snapshotOnLeaving(doc: Assessment) {
    if (!edited.has(doc.id) || conflict.value?.id === doc.id) return
    if (snapshotPrint.get(doc.id) === fingerprint(doc)) return
    await takeSnapshot(doc, 'closed')
  }

  function createBlank(locale: Locale) {
    return add(createAssessment({ id: newId(), now: new Date(), locale }))
  }

  /** Starts from a built-in template, whose content is loaded only now. */
  async function createFromTemplate(templateId: string, locale: Locale) {
    const template = await loadTemplate(templateId)
    if (!template) throw new Error(`unknown template ${templateId}`)
    return add(template.create({ id: newId(), now: new Date(), locale }))
  }

  function duplicate(id: string) {
    const doc = docs.value[id]
    if (!doc) return null
    return add(copyAssessment(doc, { id: newId(), now: new Date() }))
  }

  function forget(id: string) {
    saved.delete(id)
    savedJson.delete(id)
    revs.delete(id)
  }

  /** Deletes an assessment; `undoRemove` brings it back until the next deletion. */
  async function remove(id: string): Promise<void> {
    const doc = docs.value[id]
    if (!doc) return
    if (currentId.value === id) currentId.value = null
    recentlyRemoved.value = doc
    const { [id]: _removed, ...rest } = docs.value
    void _removed
    docs.value = rest
    forget(id)
    journal?.clear(id)
    // Through the queue, after any save of it already under way.
    await enqueue(async () => {
      if (!db || docs.value[id]) return
      const result = await db.remove(id)
      if (!result.ok) saveFailure.value = result
      else announce({ type: 'removed', id, from: tabId })
    })
  }

  async function undoRemove(): Promise<Assessment | null> {
    const doc = recentlyRemoved.value
    if (!doc) return null
    recentlyRemoved.value = null
    return add(doc)
  }

  /** Imports a `.iia.json` file as a new assessment; existing work is never overwritten. */
  async function importFile(file: File): Promise<ImportResult> {
    const result = await readAssessmentFile(file, { newId, now: new Date() })
    if (result.ok) await add(result.assessment)
    return result
  }

  /** The open document as a `.iia.json` file, ready to download. */
  function exportFile(id: string): { text: string; fileName: string } | null {
    const doc = docs.value[id]
    return doc ? { text: serializeAssessment(doc), fileName: assessmentFileName(doc) } : null
  }

  async function discardQuarantined(key: string) {
    if (db) await db.discardQuarantined(key)
    quarantined.value = quarantined.value.filter((q) => q.key !== key)
  }

  /** The snapshots of an assessment, newest first; null when storage cannot be read. */
  async function listRevisions(id: string): Promise<Revision[] | null> {
    if (!db) return null
    const result = await db.listRevisions(id)
    return result.ok ? result.revisions : null
  }

  /**
   * Replaces an assessment by one of its snapshots. The current state is snapshotted first
   * (`undoRestore` brings it back); if that fails, nothing is replaced. Returns whether it
   * was restored.
   */
  function restoreRevision(id: string, key: number): Promise<boolean> {
    if (timer) clearTimeout(timer)
    timer = null
    pendingSave.value = false
    return enqueue(async () => {
      const done = await restoreNow(id, key)
      if (done !== null) lastRestore.value = { id, undoKey: done }
      return done !== null
    })
  }

  /** Restores the snapshot the last restore took, so the state before it comes back. */
  function undoRestore(): Promise<boolean> {
    const last = lastRestore.value
    if (!last) return Promise.resolve(false)
    return enqueue(async () => {
      const done = await restoreNow(last.id, last.undoKey)
      if (done !== null) lastRestore.value = null
      return done !== null
    })
  }

  /** Returns the key of the snapshot of the replaced state, or null when nothing was done. */
  async function restoreNow(id: string, key: number): Promise<number | null> {
    if (!db || conflict.value?.id === id) return null
    await persistNow(id)
    const doc = docs.value[id]
    const listed = await db.listRevisions(id)
    const revision = listed.ok ? listed.revisions.find((r) => r.key === key) : undefined
    if (!doc || !revision?.readable) return null
    const undoKey = await takeSnapshot(doc, 'before-restore')
    if (undoKey === null) return null
    docs.value[id] = plain(revision.assessment)
    await persistNow(id)
    return undoKey
  }

  /**
   * Settles a conflict between tabs. `theirs`: this tab's version is kept as a revision, then
   * the other version is loaded. `mine`: the other version is kept as a revision, then this
   * tab's version is saved over it. Returns false (and leaves the conflict) if the revision
   * could not be written, so nothing is lost.
   */
  function resolveConflict(choice: 'theirs' | 'mine'): Promise<boolean> {
    return enqueue(async () => {
      const c = conflict.value
      if (!c) return false
      const mine = docs.value[c.id]
      if (choice === 'theirs') {
        if (mine && (await takeSnapshot(mine, 'conflict-mine')) === null) return false
        docs.value[c.id] = plain(c.theirs)
        markSaved(c.theirs, c.rev)
        journal?.clear(c.id)
        conflict.value = null
        pendingSave.value = false
        return true
      }
      if ((await takeSnapshot(c.theirs, 'conflict-theirs')) === null) return false
      conflict.value = null
      revs.set(c.id, c.rev)
      saved.delete(c.id)
      savedJson.set(c.id, JSON.stringify(c.theirs))
      await persistNow(c.id)
      pendingSave.value = false
      return true
    })
  }

  function onTabMessage(data: unknown) {
    if (!isTabMessage(data) || data.from === tabId) return
    const { id } = data
    if (data.type === 'removed') {
      // Only out of the list: an open document stays, and its next save brings it back.
      if (currentId.value === id || !docs.value[id]) return
      const { [id]: _gone, ...rest } = docs.value
      void _gone
      docs.value = rest
      forget(id)
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
    const mine = docs.value[id]
    if (mine && fingerprint(mine) === fingerprint(stored.assessment)) {
      revs.set(id, stored.rev)
      return
    }
    if (mine && saved.get(id) !== fingerprint(mine)) {
      conflict.value = { id, theirs: stored.assessment, rev: stored.rev }
      return
    }
    docs.value[id] = stored.assessment
    markSaved(stored.assessment, stored.rev)
  }

  return {
    docs,
    quarantined,
    skipped,
    status,
    saveFailure,
    pendingSave,
    currentId,
    current,
    recentlyRemoved,
    conflict,
    lastRestore,
    storageInfo,
    summaries,
    init,
    open,
    flush,
    flushBeforeLeaving,
    createBlank,
    createFromTemplate,
    duplicate,
    remove,
    undoRemove,
    importFile,
    exportFile,
    discardQuarantined,
    refreshStorageEstimate,
    listRevisions,
    restoreRevision,
    undoRestore,
    resolveConflict,
  }
})
