import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  copyAssessment,
  createAssessment,
  loadTemplate,
  newId,
  summarizeLibrary,
  type Assessment,
  byUpdatedDesc,
  type AssessmentSummary,
  type Locale,
} from '@/domain'
import {
  assessmentFile,
  createLibrarySession,
  readAssessmentFile,
  type ImportResult,
  type QuarantinedRecord,
  type Revision,
  type SaveFailure,
  type SaveOutcome,
  type SkippedRecord,
  type StartOptions,
  type TabConflict,
} from '@/persistence'

export {
  AUTOSAVE_DELAY_MS,
  SNAPSHOT_INTERVAL_MS,
  TAB_CHANNEL_NAME,
  takeEarlySummaries,
  type TabChannel,
  type TabConflict,
} from '@/persistence'

/**
 * A document just added to the library, and why it could not be stored, if so: it is then held
 * only in this tab (see `unstored`) until a save succeeds.
 */
export interface Created {
  doc: Assessment
  failure: Exclude<SaveOutcome, { ok: true }> | null
}

/** An import, and whether the document it added could be stored (see `Created`). */
export type ImportOutcome =
  | Extract<ImportResult, { ok: false }>
  | (Extract<ImportResult, { ok: true }> & Pick<Created, 'failure'>)

const NOT_STORED: SaveFailure = { ok: false, reason: 'unknown', message: 'Not stored.' }

/**
 * The library of assessments saved in this browser, and the one that is open. Documents live
 * here; every rule about them is a call into the domain, every write goes through the library
 * session (`persistence/librarySession.ts`): the write queue, tab conflicts, snapshots, journal.
 */
export const useLibraryStore = defineStore('library', () => {
  const docs = ref<Record<string, Assessment>>({})
  const quarantined = ref<QuarantinedRecord[]>([])
  /** Records left untouched: made by a newer app version, or not yet set aside (storage full). */
  const skipped = ref<SkippedRecord[]>([])
  const status = ref<'idle' | 'loading' | 'ready' | 'unavailable'>('idle')
  /** The stored summaries, shown while the documents are still being read. */
  const listed = ref<AssessmentSummary[] | null>(null)
  const saveFailure = ref<SaveFailure | null>(null)
  const pendingSave = ref(false)
  const currentId = ref<string | null>(null)
  const recentlyRemoved = ref<Assessment | null>(null)
  /** Set while another tab's version waits for this tab's choice; saves of it are paused. */
  const conflict = ref<TabConflict | null>(null)
  /** The snapshot taken by the last restore, which `undoRestore` brings back. */
  const lastRestore = ref<{ id: string; undoKey: number } | null>(null)
  /** Whether edits are journaled on leaving, so a reload loses none; null until known. */
  const reloadProtected = ref<boolean | null>(null)
  /** Counts the session's writes, so what depends on its stored state is computed again. */
  const writes = ref(0)

  // This tab's connection to storage: a service the store calls, not state it shows.
  const session = createLibrarySession({
    get: (id) => docs.value[id],
    put: (doc) => {
      docs.value[doc.id] = doc
    },
    dropDeleted: (id) => {
      if (currentId.value === id || !docs.value[id]) return false
      drop(id)
      return true
    },
    conflict: () => conflict.value,
    setConflict: (value) => (conflict.value = value),
    setSaveFailure: (value) => {
      saveFailure.value = value
      writes.value++
    },
  })

  function drop(id: string) {
    if (currentId.value === id) currentId.value = null
    const { [id]: _gone, ...rest } = docs.value
    void _gone
    docs.value = rest
  }

  /**
   * Opens storage and loads every saved assessment, then recovers edits that the journal caught
   * as a tab closed. Works in memory if storage is unavailable. Listens to saves made by other
   * tabs.
   */
  async function init(idb: IDBFactory | undefined, options: StartOptions = {}) {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    try {
      const listing = (found: AssessmentSummary[]) => {
        listed.value = found.sort(byUpdatedDesc)
      }
      await session.start(idb, { ...options, listed: listing }, (loaded) => {
        listed.value = null
        const next: Record<string, Assessment> = {}
        for (const doc of loaded.assessments) next[doc.id] = doc
        docs.value = next
        quarantined.value = loaded.quarantined
        skipped.value = loaded.skipped
      })
      status.value = 'ready'
      reloadProtected.value = session.canJournal()
    } catch {
      reloadProtected.value = session.canJournal()
      listed.value = null
      status.value = 'unavailable'
      saveFailure.value = { ok: false, reason: 'unavailable', message: 'IndexedDB unavailable' }
    }
  }

  /** Until the documents are read, the stored summaries (read far faster) stand in for them. */
  const summaries = computed<AssessmentSummary[]>(
    () => listed.value ?? summarizeLibrary(Object.values(docs.value)),
  )

  /** Resolves once loading has ended (ready or unavailable): the documents are then held. */
  function settled(): Promise<void> {
    if (status.value !== 'idle' && status.value !== 'loading') return Promise.resolve()
    return new Promise((resolve) => {
      const stop = watch(status, (now) => {
        if (now === 'idle' || now === 'loading') return
        stop()
        resolve()
      })
    })
  }

  const current = computed(() => (currentId.value ? (docs.value[currentId.value] ?? null) : null))

  /** The assessments held only in this tab (never stored): a reload would lose them. */
  const unstored = computed(() => {
    void writes.value
    return Object.keys(docs.value).filter((id) => !session.isStored(id))
  })

  /** Writes the open assessment now instead of waiting for the autosave pause. */
  async function flush() {
    session.cancelPause()
    // Always through the session's queue, so a flush also waits for storage work already started.
    await session.save(current.value?.id ?? null)
    // Edits made meanwhile wait for their own save: until then, nothing is called saved.
    if (!session.isPausing()) pendingSave.value = false
  }

  /**
   * For pagehide / visibilitychange: records unsaved edits synchronously in the journal (the
   * page may be gone before IndexedDB finishes), then starts the normal save, which clears it.
   */
  function flushBeforeLeaving() {
    if (current.value) session.recordBeforeLeaving(current.value)
    void flush()
  }

  watch(
    current,
    (doc) => {
      if (!doc || !session.isUnsaved(doc)) return
      pendingSave.value = true
      session.saveAfterPause(() => void flush())
    },
    { deep: true },
  )

  /**
   * Adds a new document and stores it: the one way a document enters the library (blank,
   * template, file, copy, undone deletion; share links and workshop results too). When it cannot
   * be stored it is still held, and the failure says why: callers must say so, not "added".
   */
  async function add(doc: Assessment): Promise<Created> {
    docs.value[doc.id] = doc
    const outcome = await session.save(doc.id)
    writes.value++
    const held = docs.value[doc.id] ?? doc
    if (session.isStored(doc.id)) return { doc: held, failure: null }
    return { doc: held, failure: outcome.ok ? NOT_STORED : outcome }
  }

  function open(id: string | null) {
    const previous = currentId.value
    if (id !== previous) {
      void flush()
      const doc = previous ? docs.value[previous] : undefined
      if (doc) void session.snapshotOnLeaving(doc)
    }
    currentId.value = id && docs.value[id] ? id : null
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

  async function duplicate(id: string) {
    await settled()
    const doc = docs.value[id]
    if (!doc) return null
    return add(copyAssessment(doc, { id: newId(), now: new Date() }))
  }

  /** Deletes an assessment; `undoRemove` brings it back until the next deletion. */
  async function remove(id: string): Promise<void> {
    await settled()
    const doc = docs.value[id]
    if (!doc) return
    if (currentId.value === id) currentId.value = null
    recentlyRemoved.value = doc
    const { [id]: _removed, ...rest } = docs.value
    void _removed
    docs.value = rest
    await session.remove(id)
  }

  async function undoRemove(): Promise<Created | null> {
    const doc = recentlyRemoved.value
    if (!doc) return null
    recentlyRemoved.value = null
    return add(doc)
  }

  /** Imports a `.iia.json` file as a new assessment; existing work is never overwritten. */
  async function importFile(file: File): Promise<ImportOutcome> {
    return addImported(await readAssessmentFile(file, { newId, now: new Date() }))
  }

  /** Adds what an import already read (a file, a share link): a copy under its new id. */
  async function addImported(result: ImportResult): Promise<ImportOutcome> {
    if (!result.ok) return result
    const { failure } = await add(result.assessment)
    return { ...result, failure }
  }

  /** The open document as a `.iia.json` file, ready to download. */
  async function exportFile(id: string): Promise<{ text: string; fileName: string } | null> {
    const doc = docs.value[id]
    return doc ? assessmentFile(doc) : null
  }

  async function discardQuarantined(key: string) {
    await session.discardQuarantined(key)
    quarantined.value = quarantined.value.filter((q) => q.key !== key)
  }

  /** The snapshots of an assessment, newest first; null when storage cannot be read. */
  function listRevisions(id: string): Promise<Revision[] | null> {
    return session.listRevisions(id)
  }

  /**
   * Replaces an assessment by one of its snapshots. The current state is snapshotted first
   * (`undoRestore` brings it back); if that fails, nothing is replaced. Returns whether it
   * was restored.
   */
  async function restoreRevision(id: string, key: number): Promise<boolean> {
    session.cancelPause()
    pendingSave.value = false
    const undoKey = await session.restoreRevision(id, key)
    if (undoKey !== null) lastRestore.value = { id, undoKey }
    return undoKey !== null
  }

  /** Restores the snapshot the last restore took, so the state before it comes back. */
  async function undoRestore(): Promise<boolean> {
    const last = lastRestore.value
    if (!last) return false
    const done = (await session.restoreRevision(last.id, last.undoKey)) !== null
    if (done) lastRestore.value = null
    return done
  }

  /**
   * Settles a conflict between tabs. `theirs`: this tab's version is kept as a revision, then
   * the other version is loaded. `mine`: the other version is kept as a revision, then this
   * tab's version is saved over it. Returns false (and leaves the conflict) if the revision
   * could not be written, so nothing is lost.
   */
  async function resolveConflict(choice: 'theirs' | 'mine'): Promise<boolean> {
    const settling = conflict.value
    const done = await session.resolveConflict(choice)
    if (done) pendingSave.value = false
    // Another tab deleted it and the person let it go: this tab lets go of it too.
    if (done && settling?.kind === 'deleted' && choice === 'theirs') drop(settling.id)
    return done
  }

  return {
    docs,
    quarantined,
    skipped,
    status,
    listed,
    saveFailure,
    pendingSave,
    currentId,
    current,
    recentlyRemoved,
    conflict,
    lastRestore,
    reloadProtected,
    summaries,
    unstored,
    init,
    add,
    settled,
    open,
    flush,
    flushBeforeLeaving,
    createBlank,
    createFromTemplate,
    duplicate,
    remove,
    undoRemove,
    importFile,
    addImported,
    exportFile,
    discardQuarantined,
    listRevisions,
    restoreRevision,
    undoRestore,
    resolveConflict,
  }
})
