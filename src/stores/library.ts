import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import {
  TEMPLATES,
  copyAssessment,
  createAssessment,
  decideVerdict,
  type Assessment,
  type Locale,
  type Verdict,
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
  type SaveResult,
  type SkippedRecord,
} from '@/persistence'
import { newId } from './newId'

export interface AssessmentSummary {
  id: string
  title: string
  verdict: Verdict
  provisional: boolean
  updatedAt: string
}

type SaveFailure = Extract<SaveResult, { ok: false }>

/** How long typing may pause before the open assessment is written to storage. */
export const AUTOSAVE_DELAY_MS = 300

/** What is compared to decide whether a document changed: everything but the save stamp. */
function fingerprint(doc: Assessment): string {
  return JSON.stringify({ ...doc, updatedAt: '' })
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

  let db: LibraryDb | null = null
  let journal: Journal | null = null
  const saved = new Map<string, string>()
  let timer: ReturnType<typeof setTimeout> | null = null

  /**
   * Opens storage and loads every saved assessment, then recovers edits that the journal caught
   * as a tab closed. Works in memory if storage is unavailable.
   */
  async function init(
    idb: IDBFactory | undefined,
    options: { storage?: Storage | null; now?: Date } = {},
  ) {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    const now = options.now ?? new Date()
    journal = options.storage ? createJournal(options.storage) : null
    try {
      if (!idb) throw new Error('IndexedDB is not available')
      db = await openLibrary(idb)
      const loaded = await db.loadAll(now)
      const next: Record<string, Assessment> = {}
      for (const doc of loaded.assessments) {
        next[doc.id] = doc
        saved.set(doc.id, fingerprint(doc))
      }
      docs.value = next
      quarantined.value = loaded.quarantined
      skipped.value = loaded.skipped
      status.value = 'ready'
      await recoverJournal()
    } catch {
      db = null
      status.value = 'unavailable'
      saveFailure.value = { ok: false, reason: 'unavailable', message: 'IndexedDB unavailable' }
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

  async function persist(doc: Assessment): Promise<void> {
    const print = fingerprint(doc)
    if (saved.get(doc.id) === print) return
    doc.updatedAt = new Date().toISOString()
    if (!db) return
    const result = await db.save(JSON.parse(JSON.stringify(doc)) as Assessment)
    if (result.ok) {
      saved.set(doc.id, print)
      saveFailure.value = null
    } else saveFailure.value = result
  }

  /** Writes the open assessment now instead of waiting for the autosave pause. */
  async function flush() {
    if (timer) clearTimeout(timer)
    timer = null
    const doc = current.value
    if (doc) await persist(doc)
    pendingSave.value = false
  }

  /**
   * For pagehide / visibilitychange: records unsaved edits synchronously in the journal (the
   * page may be gone before IndexedDB finishes), then starts the normal save, which clears it.
   */
  function flushBeforeLeaving() {
    const doc = current.value
    if (doc && saved.get(doc.id) !== fingerprint(doc)) journal?.write(doc)
    void flush().then(() => {
      if (doc && saved.get(doc.id) === fingerprint(doc)) journal?.clear(doc.id)
    })
  }

  async function recoverJournal() {
    if (!journal) return
    for (const entry of journal.entries()) {
      const known = docs.value[entry.id]
      if (!known || fingerprint(known) !== fingerprint(entry)) {
        docs.value[entry.id] = entry
        await persist(docs.value[entry.id]!)
      }
      if (saved.get(entry.id) === fingerprint(docs.value[entry.id]!)) journal.clear(entry.id)
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
    await persist(doc)
    return docs.value[doc.id]!
  }

  function open(id: string | null) {
    if (id !== currentId.value) void flush()
    currentId.value = id && docs.value[id] ? id : null
  }

  function createBlank(locale: Locale) {
    return add(createAssessment({ id: newId(), now: new Date(), locale }))
  }

  function createFromTemplate(templateId: string, locale: Locale) {
    const template = TEMPLATES.find((t) => t.id === templateId)
    if (!template) throw new Error(`unknown template ${templateId}`)
    return add(template.create({ id: newId(), now: new Date(), locale }))
  }

  function duplicate(id: string) {
    const doc = docs.value[id]
    if (!doc) return null
    return add(copyAssessment(doc, { id: newId(), now: new Date() }))
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
    saved.delete(id)
    if (db) {
      const result = await db.remove(id)
      if (!result.ok) saveFailure.value = result
    }
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
  }
})
