import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory } from 'fake-indexeddb'
import { nextTick } from 'vue'
import { AUTOSAVE_DELAY_MS, useLibraryStore } from '@/stores/library'
import { MemoryStorage, createAssessment, serializeForTest } from './helpers'
import { createJournal, openLibrary } from '@/persistence'

async function freshStore(idb = new IDBFactory()) {
  setActivePinia(createPinia())
  const store = useLibraryStore()
  await store.init(idb)
  return { store, idb }
}

/** The save counter of the stored record, as a tab that loaded it would know it. */
async function storedRev(idb: IDBFactory, id: string): Promise<number> {
  const db = await openLibrary(idb)
  const got = await db.get(id)
  db.close()
  if (!got.ok) throw new Error('not stored')
  return got.rev
}

async function reload(idb: IDBFactory) {
  return (await freshStore(idb)).store
}

const file = (text: string, name = 'a.iia.json') =>
  new File([text], name, { type: 'application/json' })

describe('library store', () => {
  // Only the clock and the autosave timer are fake: fake-indexeddb runs on setImmediate.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('starts empty and ready', async () => {
    const { store } = await freshStore()
    expect(store.status).toBe('ready')
    expect(store.summaries).toEqual([])
  })

  it('saves a new assessment and finds it again after a reload', async () => {
    const { store, idb } = await freshStore()
    const { doc } = await store.createBlank('en')
    const again = await reload(idb)
    expect(Object.keys(again.docs)).toEqual([doc.id])
  })

  it('autosaves edits to the open assessment after a short pause, and on flush at once', async () => {
    const { store, idb } = await freshStore()
    const { doc } = await store.createBlank('en')
    store.open(doc.id)
    store.current!.flag.title = 'Draft law on DNS blocking'
    await nextTick()
    expect(store.pendingSave).toBe(true)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect((await reload(idb)).docs[doc.id]!.flag.title).toBe('')
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(store.pendingSave).toBe(false))
    expect((await reload(idb)).docs[doc.id]!.flag.title).toBe('Draft law on DNS blocking')

    setActivePinia(createPinia())
    const store2 = useLibraryStore()
    await store2.init(idb)
    store2.open(doc.id)
    store2.current!.flag.summary = 'typed right before closing the tab'
    await nextTick()
    await store2.flush()
    expect((await reload(idb)).docs[doc.id]!.flag.summary).toBe(
      'typed right before closing the tab',
    )
  })

  it('bumps updatedAt only when something really changed', async () => {
    const { store } = await freshStore()
    const { doc } = await store.createBlank('en')
    store.open(doc.id)
    const before = store.current!.updatedAt
    await store.flush()
    expect(store.current!.updatedAt).toBe(before)
    vi.advanceTimersByTime(5)
    store.current!.flag.title = 'x'
    await store.flush()
    expect(store.current!.updatedAt > before).toBe(true)
  })

  it('deletes with undo', async () => {
    const { store, idb } = await freshStore()
    const { doc } = await store.createBlank('en')
    await store.remove(doc.id)
    expect(store.docs[doc.id]).toBeUndefined()
    expect(Object.keys((await reload(idb)).docs)).toEqual([])
    await store.undoRemove()
    expect(Object.keys((await reload(idb)).docs)).toEqual([doc.id])
  })

  it('duplicates under a new id without touching the original', async () => {
    const { store } = await freshStore()
    const { doc } = await store.createBlank('en')
    doc.flag.title = 'Original'
    const copy = (await store.duplicate(doc.id))!.doc
    expect(copy.id).not.toBe(doc.id)
    expect(copy.flag.title).toBe('Original')
    copy.flag.title = 'Changed'
    expect(store.docs[doc.id]!.flag.title).toBe('Original')
  })

  it('imports a valid file as a new copy, even when the same id exists', async () => {
    const { store } = await freshStore()
    const { doc } = await store.createBlank('en')
    store.docs[doc.id]!.flag.title = 'Mine'
    const exported = createAssessment(doc.id, 'Theirs')
    const result = await store.importFile(file(serializeForTest(exported)))
    expect(result.ok).toBe(true)
    expect(Object.keys(store.docs)).toHaveLength(2)
    expect(store.docs[doc.id]!.flag.title).toBe('Mine')
  })

  it.each([
    ['not JSON', '{ nope'],
    ['a wrong format', JSON.stringify({ format: 'something-else' })],
    ['a future schema version', JSON.stringify({ format: 'iiat-assessment', schemaVersion: 99 })],
  ])('refuses %s and leaves the library as it was', async (_name, text) => {
    const { store } = await freshStore()
    await store.createBlank('en')
    const before = JSON.stringify(store.docs)
    const result = await store.importFile(file(text))
    expect(result.ok).toBe(false)
    expect(JSON.stringify(store.docs)).toBe(before)
  })

  it('adds a share link as a copy that is stored, and refuses nothing silently', async () => {
    const { store, idb } = await freshStore()
    const { doc } = await store.createBlank('en')
    const { encodeAssessmentFragment, openFragment } = await import('@/persistence/shareLink')
    const opened = await openFragment(
      await encodeAssessmentFragment(createAssessment(doc.id, 'Shared')),
      {
        newId: () => 'shared-copy',
        now: new Date(),
      },
    )
    if (!opened.ok || opened.kind !== 'assessment') throw new Error('the link did not open')
    const outcome = await store.addImported(opened.result)
    expect(outcome.ok && outcome.failure).toBe(null)
    expect(Object.keys(store.docs).sort()).toEqual([doc.id, 'shared-copy'].sort())
    expect(store.docs['shared-copy']!.flag.title).toBe('Shared')
    await store.flush()
    const stored = await reload(idb)
    expect(Object.keys(stored.docs).sort()).toEqual([doc.id, 'shared-copy'].sort())

    const before = JSON.stringify(store.docs)
    const refused = await store.addImported({ ok: false, issues: [{ path: [], code: 'not-json' }] })
    expect(refused.ok).toBe(false)
    expect(JSON.stringify(store.docs)).toBe(before)
  })

  it('exports a file named after the title whose text parses back to the same document', async () => {
    const { store } = await freshStore()
    const { doc } = await store.createBlank('en')
    store.docs[doc.id]!.flag.title = 'Loi sur le réseau'
    const out = (await store.exportFile(doc.id))!
    expect(out.fileName).toMatch(/^Loi-sur-le-réseau.*\.iia\.json$/)
    expect(JSON.parse(out.text)).toEqual(JSON.parse(JSON.stringify(store.docs[doc.id])))
  })

  it('keeps working in memory when storage is unavailable, and says so', async () => {
    setActivePinia(createPinia())
    const store = useLibraryStore()
    await store.init(undefined)
    expect(store.status).toBe('unavailable')
    expect(store.saveFailure?.reason).toBe('unavailable')
    const { doc } = await store.createBlank('en')
    expect(store.docs[doc.id]).toBeDefined()
  })

  it('records unsaved edits synchronously when the tab is left', async () => {
    const storage = new MemoryStorage()
    setActivePinia(createPinia())
    const store = useLibraryStore()
    await store.init(new IDBFactory(), { storage })
    const { doc } = await store.createBlank('en')
    store.open(doc.id)
    store.current!.flag.title = 'Typed a moment ago'
    store.flushBeforeLeaving()
    // Before any await: the page may be gone by then.
    expect(
      createJournal(storage)
        .entries()
        .map((e) => e.doc.flag.title),
    ).toEqual(['Typed a moment ago'])
    await store.flush()
    expect(storage.length).toBe(0)
  })

  it('recovers edits from the journal at start-up when IndexedDB missed them', async () => {
    const idb = new IDBFactory()
    const storage = new MemoryStorage()
    const { store } = await freshStore(idb)
    const { doc } = await store.createBlank('en')
    const edited = {
      ...JSON.parse(JSON.stringify(doc)),
      flag: { ...doc.flag, title: 'Not yet in IndexedDB' },
    }
    createJournal(storage).write(edited, await storedRev(idb, doc.id))

    setActivePinia(createPinia())
    const again = useLibraryStore()
    await again.init(idb, { storage })
    expect(again.docs[doc.id]!.flag.title).toBe('Not yet in IndexedDB')
    expect(storage.length).toBe(0)
    expect((await reload(idb)).docs[doc.id]!.flag.title).toBe('Not yet in IndexedDB')
  })

  it('ignores unreadable journal entries and keeps the saved document', async () => {
    const idb = new IDBFactory()
    const storage = new MemoryStorage()
    const { store } = await freshStore(idb)
    const { doc } = await store.createBlank('en')
    storage.setItem(`iiat:unsaved:${doc.id}`, '{ broken')
    setActivePinia(createPinia())
    const again = useLibraryStore()
    await again.init(idb, { storage })
    expect(again.docs[doc.id]).toEqual(JSON.parse(JSON.stringify(doc)))
  })

  it('does not apply journal edits over a version saved since (another tab, a later session)', async () => {
    const idb = new IDBFactory()
    const storage = new MemoryStorage()
    const { store } = await freshStore(idb)
    const { doc } = await store.createBlank('en')
    const base = await storedRev(idb, doc.id)
    createJournal(storage).write(
      { ...JSON.parse(JSON.stringify(doc)), flag: { ...doc.flag, title: 'Old edits' } },
      base,
    )
    store.open(doc.id)
    store.current!.flag.title = 'Newer work, saved'
    await store.flush()

    setActivePinia(createPinia())
    const again = useLibraryStore()
    await again.init(idb, { storage })
    expect(again.docs[doc.id]!.flag.title).toBe('Newer work, saved')
    expect(storage.length).toBe(0)
    const revisions = await again.listRevisions(doc.id)
    expect(revisions!.some((r) => r.readable && r.assessment.flag.title === 'Old edits')).toBe(true)
  })

  it('does not bring back a deleted assessment from the journal', async () => {
    const idb = new IDBFactory()
    const storage = new MemoryStorage()
    const { store } = await freshStore(idb)
    const { doc } = await store.createBlank('en')
    createJournal(storage).write(JSON.parse(JSON.stringify(doc)), await storedRev(idb, doc.id))
    await store.remove(doc.id)

    setActivePinia(createPinia())
    const again = useLibraryStore()
    await again.init(idb, { storage })
    expect(again.docs[doc.id]).toBeUndefined()
  })

  it.each([2, 5, 10, 20, 40])(
    'a deletion %i microtasks after leaving an edited assessment stays deleted',
    async (delay) => {
      const idb = new IDBFactory()
      const { store } = await freshStore(idb)
      const { doc } = await store.createBlank('en')
      await store.flush()
      store.open(doc.id)
      store.current!.flag.title = 'Edited, then left'
      store.open(null)
      for (let i = 0; i < delay; i++) await Promise.resolve()
      await store.remove(doc.id)
      await store.flush()
      expect((await reload(idb)).docs[doc.id]).toBeUndefined()
    },
  )
})
