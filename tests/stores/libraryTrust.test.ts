import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia } from 'pinia'
import { IDBFactory } from 'fake-indexeddb'
import { nextTick } from 'vue'
import { SNAPSHOT_INTERVAL_MS, useLibraryStore, type TabChannel } from '@/stores/library'
import { createJournal, openLibrary, type LibraryDb, type Revision } from '@/persistence'
import { MemoryStorage } from './helpers'

/** Channels that deliver to every other member of the hub, asynchronously like the real one. */
function channelHub() {
  const members: TabChannel[] = []
  return () => {
    const channel: TabChannel = {
      onmessage: null,
      postMessage(data: unknown) {
        for (const other of members)
          if (other !== channel)
            setTimeout(() =>
              other.onmessage?.call(other as BroadcastChannel, { data } as MessageEvent),
            )
      },
    }
    members.push(channel)
    return channel
  }
}

async function tab(
  idb: IDBFactory,
  options: Parameters<ReturnType<typeof useLibraryStore>['init']>[1] = {},
) {
  const store = useLibraryStore(createPinia())
  await store.init(idb, options)
  return store
}

const titlesOf = (revisions: Revision[] | null) =>
  (revisions ?? []).map((r) => (r.readable ? r.assessment.flag.title : '(unreadable)'))
const reasonsOf = (revisions: Revision[] | null) => (revisions ?? []).map((r) => r.reason)

async function edit(store: ReturnType<typeof useLibraryStore>, title: string) {
  store.current!.flag.title = title
  await nextTick()
}

// The clock, the autosave timer and channel delivery are fake; fake-indexeddb runs on setImmediate.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(new Date('2026-02-01T09:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('revisions', () => {
  it('keeps the version before the first save, then at most every 5 minutes, and on leaving', async () => {
    const store = await tab(new IDBFactory())
    const { doc } = await store.createBlank('en')
    store.open(doc.id)
    await edit(store, 'First draft')
    await store.flush()
    expect(titlesOf(await store.listRevisions(doc.id))).toEqual([''])

    await edit(store, 'Second draft')
    await store.flush()
    expect(titlesOf(await store.listRevisions(doc.id))).toEqual([''])

    vi.setSystemTime(Date.now() + SNAPSHOT_INTERVAL_MS)
    await edit(store, 'Third draft')
    await store.flush()
    expect(titlesOf(await store.listRevisions(doc.id))).toEqual(['Second draft', ''])

    store.open(null)
    await store.flush()
    const revisions = await store.listRevisions(doc.id)
    expect(titlesOf(revisions)).toEqual(['Third draft', 'Second draft', ''])
    expect(reasonsOf(revisions)).toEqual(['closed', 'edit', 'edit'])

    // Opening and leaving again without a change adds nothing.
    store.open(doc.id)
    store.open(null)
    await store.flush()
    expect(await store.listRevisions(doc.id)).toHaveLength(3)
  })

  it('restores a snapshot after keeping the current state, and undoes the restore', async () => {
    const idb = new IDBFactory()
    const store = await tab(idb)
    const { doc } = await store.createBlank('en')
    store.open(doc.id)
    await edit(store, 'Good version')
    await store.flush()
    store.open(null)
    store.open(doc.id)
    await edit(store, 'Ruined version')
    await store.flush()

    const revisions = await store.listRevisions(doc.id)
    const good = revisions!.find((r) => r.readable && r.assessment.flag.title === 'Good version')!
    expect(await store.restoreRevision(doc.id, good.key)).toBe(true)
    expect(store.current!.flag.title).toBe('Good version')
    expect(store.lastRestore).toMatchObject({ id: doc.id })
    const after = await store.listRevisions(doc.id)
    expect(reasonsOf(after)[0]).toBe('before-restore')
    expect(titlesOf(after)[0]).toBe('Ruined version')
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Good version')

    expect(await store.undoRestore()).toBe(true)
    expect(store.current!.flag.title).toBe('Ruined version')
    expect(store.lastRestore).toBeNull()
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Ruined version')
  })

  it('lists an unreadable snapshot and refuses to restore it, changing nothing', async () => {
    const idb = new IDBFactory()
    const store = await tab(idb)
    const { doc } = await store.createBlank('en')
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = idb.open('iiat')
      request.onsuccess = () => resolve(request.result)
    })
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('revisions', 'readwrite')
      tx.objectStore('revisions').add({ assessmentId: doc.id, takenAt: 'x', doc: 'garbage' })
      tx.oncomplete = () => resolve()
    })
    raw.close()
    const revisions = await store.listRevisions(doc.id)
    expect(revisions).toMatchObject([{ readable: false }])
    expect(await store.restoreRevision(doc.id, revisions![0]!.key)).toBe(false)
    expect(store.docs[doc.id]!.flag.title).toBe('')
  })

  it('keeps the stored version before recovering newer edits from the journal', async () => {
    const idb = new IDBFactory()
    const storage = new MemoryStorage()
    const { doc } = await (await tab(idb)).createBlank('en')
    const lib = await openLibrary(idb)
    const got = await lib.get(doc.id)
    lib.close()
    createJournal(storage).write(
      { ...doc, flag: { ...doc.flag, title: 'Recovered' } },
      got.ok ? got.rev : null,
    )
    const store = await tab(idb, { storage })
    expect(store.docs[doc.id]!.flag.title).toBe('Recovered')
    const revisions = await store.listRevisions(doc.id)
    expect(reasonsOf(revisions)).toEqual(['before-recovery'])
    expect(titlesOf(revisions)).toEqual([''])
  })
})

describe('the same assessment in two tabs', () => {
  it('takes the other tab’s save quietly when this tab has no edits of its own', async () => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    const { doc } = await a.createBlank('en')
    const b = await tab(idb, { channel: hub() })
    a.open(doc.id)
    b.open(doc.id)
    await edit(b, 'Written in tab B')
    await b.flush()
    await vi.waitFor(() => expect(a.current!.flag.title).toBe('Written in tab B'))
    expect(a.conflict).toBeNull()
    // A's next edit builds on B's version and saves without conflict.
    await edit(a, 'Then tab A')
    await a.flush()
    expect(a.conflict).toBeNull()
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Then tab A')
  })

  it('asks when this tab has unsaved edits; loading the other version keeps its own as a revision', async () => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    const { doc } = await a.createBlank('en')
    const b = await tab(idb, { channel: hub() })
    a.open(doc.id)
    b.open(doc.id)
    await edit(a, 'Unsaved in tab A')
    await edit(b, 'Saved in tab B')
    await b.flush()
    await vi.waitFor(() =>
      expect(a.conflict).toMatchObject({ theirs: { flag: { title: 'Saved in tab B' } } }),
    )
    // Nothing overwritten while the person decides.
    await a.flush()
    expect(a.current!.flag.title).toBe('Unsaved in tab A')
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Saved in tab B')

    expect(await a.resolveConflict('theirs')).toBe(true)
    expect(a.conflict).toBeNull()
    expect(a.current!.flag.title).toBe('Saved in tab B')
    const revisions = await a.listRevisions(doc.id)
    expect(revisions![0]).toMatchObject({ reason: 'conflict-mine' })
    expect(titlesOf(revisions)[0]).toBe('Unsaved in tab A')
  })

  it('without a channel, the check before saving raises the conflict; keeping mine wins after a revision of theirs', async () => {
    const idb = new IDBFactory()
    const a = await tab(idb)
    const { doc } = await a.createBlank('en')
    const b = await tab(idb)
    a.open(doc.id)
    b.open(doc.id)
    await edit(b, 'Saved in tab B')
    await b.flush()
    await edit(a, 'Saved in tab A')
    await a.flush()
    expect(a.conflict).toMatchObject({ id: doc.id, theirs: { flag: { title: 'Saved in tab B' } } })
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Saved in tab B')

    expect(await a.resolveConflict('mine')).toBe(true)
    expect(a.conflict).toBeNull()
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Saved in tab A')
    const revisions = await a.listRevisions(doc.id)
    expect(revisions![0]).toMatchObject({ reason: 'conflict-theirs' })
    expect(titlesOf(revisions)[0]).toBe('Saved in tab B')

    // Tab B, in turn, does not overwrite A silently.
    await edit(b, 'B again')
    await b.flush()
    expect(b.conflict).not.toBeNull()
  })

  it('lists assessments another tab creates and drops those it deletes', async () => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    const b = await tab(idb, { channel: hub() })
    const { doc } = await b.createBlank('en')
    await vi.waitFor(() => expect(a.docs[doc.id]).toBeDefined())
    await b.remove(doc.id)
    await vi.waitFor(() => expect(a.docs[doc.id]).toBeUndefined())
  })
})

describe('storage full', () => {
  it('says so, keeps the document in memory and exportable, and loses nothing saved', async () => {
    const idb = new IDBFactory()
    const first = await tab(idb)
    const { doc } = await first.createBlank('en')
    first.open(doc.id)
    await edit(first, 'Safely saved')
    await first.flush()

    const real = await openLibrary(idb)
    const full: LibraryDb = {
      ...real,
      save: () => Promise.resolve({ ok: false, reason: 'quota', message: 'QuotaExceededError' }),
      addRevision: () =>
        Promise.resolve({ ok: false, reason: 'quota', message: 'QuotaExceededError' }),
    }
    const store = useLibraryStore(createPinia())
    await store.init(undefined, { library: full })
    store.open(doc.id)
    await edit(store, 'Typed while the disk is full')
    await store.flush()
    expect(store.saveFailure?.reason).toBe('quota')
    expect(store.current!.flag.title).toBe('Typed while the disk is full')
    expect(JSON.parse((await store.exportFile(doc.id))!.text)).toMatchObject({
      flag: { title: 'Typed while the disk is full' },
    })
    expect((await tab(idb)).docs[doc.id]!.flag.title).toBe('Safely saved')
    real.close()
  })

  type Store = ReturnType<typeof useLibraryStore>
  const file = (doc: unknown) =>
    new File([JSON.stringify(doc)], 'a.iia.json', { type: 'application/json' })
  it.each([
    ['a blank assessment', (s: Store) => s.createBlank('en')],
    ['a template', (s: Store) => s.createFromTemplate('eu-fair-share', 'en')],
    ['a duplicate', async (s: Store, id: string) => (await s.duplicate(id))!],
    [
      'an import',
      async (s: Store, id: string) => {
        const result = await s.importFile(file(s.docs[id]))
        if (!result.ok) throw new Error('not imported')
        return { doc: s.docs[Object.keys(s.docs).find((k) => k !== id)!]!, ...result }
      },
    ],
  ])('reports %s it could not store, and holds it as unstored', async (_case, create) => {
    const idb = new IDBFactory()
    const { doc: saved } = await (await tab(idb)).createBlank('en')
    const real = await openLibrary(idb)
    const quota = { ok: false as const, reason: 'quota' as const, message: 'QuotaExceededError' }
    const full: LibraryDb = { ...real, save: () => Promise.resolve(quota) }
    const store = useLibraryStore(createPinia())
    await store.init(undefined, { library: full })
    expect(store.unstored).toEqual([])

    const { doc, failure } = await create(store, saved.id)
    expect(failure).toMatchObject({ reason: 'quota' })
    expect(store.docs[doc.id]).toBe(doc)
    expect(store.unstored).toEqual([doc.id])
    expect(Object.keys((await tab(idb)).docs)).toEqual([saved.id])
    real.close()
  })
})

describe('an assessment another tab deleted while it is open here', () => {
  it.each([
    ['“keep it” stores it again and keeps it open', 'mine', true],
    ['“close” lets go of it', 'theirs', false],
  ] as const)('asks; %s', async (_case, choice, kept) => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    const b = await tab(idb, { channel: hub() })
    const { doc } = await a.createBlank('en')
    a.open(doc.id)
    await vi.waitFor(() => expect(b.docs[doc.id]).toBeDefined())
    await b.remove(doc.id)
    await vi.waitFor(() => expect(a.conflict).toEqual({ kind: 'deleted', id: doc.id }))
    expect(await a.resolveConflict(choice)).toBe(true)
    expect(a.conflict).toBeNull()
    expect(a.currentId === doc.id).toBe(kept)
    expect(doc.id in (await tab(idb)).docs).toBe(kept)
  })
})

describe('reload protection', () => {
  it('is off when Web Storage refuses writes, and on otherwise', async () => {
    const off = await tab(new IDBFactory(), { storage: new MemoryStorage(true) })
    expect(off.reloadProtected).toBe(false)
    const on = await tab(new IDBFactory(), { storage: new MemoryStorage() })
    expect(on.reloadProtected).toBe(true)
  })
})
