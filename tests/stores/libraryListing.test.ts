import { describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IDBFactory } from 'fake-indexeddb'
import { flushPromises } from '@vue/test-utils'
import { summarizeLibrary } from '@/domain'
import { openLibrary, type LibraryDb, type LoadResult } from '@/persistence'
import { useLibraryStore } from '@/stores/library'
import { createAssessment } from './helpers'

/** A library whose `loadAll` waits until `release` is called, as a slow read of many documents. */
async function slowLibrary() {
  const idb = new IDBFactory()
  const db = await openLibrary(idb)
  const docs = [createAssessment('alpha', 'Alpha'), createAssessment('beta', 'Beta')]
  docs[1]!.updatedAt = '2026-02-01T00:00:00.000Z'
  for (const doc of docs) await db.save(doc)
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const library: LibraryDb = {
    ...db,
    async loadAll(now): Promise<LoadResult> {
      await gate
      return db.loadAll(now)
    },
  }
  setActivePinia(createPinia())
  const store = useLibraryStore()
  const started = store.init(idb, { library })
  await vi.waitFor(() => expect(store.listed).not.toBeNull())
  return { store, docs, release, started }
}

describe('library store: the list before the documents', () => {
  it('lists the stored summaries, newest first, while the documents are still being read', async () => {
    const { store, docs, release, started } = await slowLibrary()
    expect(store.status).toBe('loading')
    expect(store.docs).toEqual({})
    expect(store.summaries).toEqual(summarizeLibrary(docs))
    expect(store.summaries.map((s) => s.id)).toEqual(['beta', 'alpha'])
    release()
    await started
    expect(store.status).toBe('ready')
    expect(store.listed).toBeNull()
    expect(store.summaries).toEqual(summarizeLibrary(Object.values(store.docs)))
  })

  it('waits for the documents before duplicating or deleting from that list', async () => {
    const { store, release, started } = await slowLibrary()
    const copied = store.duplicate('alpha')
    const removed = store.remove('beta')
    await flushPromises()
    expect(store.docs).toEqual({})
    release()
    await started
    await copied
    await removed
    // The copy is made from the document read, and the deletion found its document.
    expect(Object.values(store.docs).map((d) => d.flag.title)).toEqual(['Alpha', 'Alpha'])
  })

  it('settles at once when loading is over, also when storage is unavailable', async () => {
    setActivePinia(createPinia())
    const store = useLibraryStore()
    await store.init(undefined)
    expect(store.status).toBe('unavailable')
    await expect(store.settled()).resolves.toBeUndefined()
  })
})
