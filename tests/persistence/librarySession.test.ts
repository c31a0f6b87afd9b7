import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { createAssessment, type Assessment } from '@/domain'
import {
  SNAPSHOT_INTERVAL_MS,
  AUTOSAVE_DELAY_MS,
  createJournal,
  createLibrarySession,
  openLibrary,
  type LibrarySession,
  type Revision,
  type SaveFailure,
  type StartOptions,
  type TabChannel,
  type TabConflict,
} from '@/persistence'

/** Web Storage in memory, for the journal. */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  }
}

/** Channels that deliver to every other member, a task later like the real one. */
function channelHub() {
  const members: TabChannel[] = []
  return (): TabChannel => {
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

/** A session with its documents held in a Map, as the library store holds them in a ref. */
async function tab(idb: IDBFactory | undefined, options: StartOptions = {}) {
  const docs = new Map<string, Assessment>()
  const state = {
    open: null as string | null,
    conflict: null as TabConflict | null,
    failure: null as SaveFailure | null,
  }
  const session: LibrarySession = createLibrarySession({
    get: (id) => docs.get(id),
    put: (doc) => void docs.set(doc.id, doc),
    dropDeleted: (id) => state.open !== id && docs.delete(id),
    conflict: () => state.conflict,
    setConflict: (value) => (state.conflict = value),
    setSaveFailure: (value) => (state.failure = value),
  })
  let started = true
  await session
    .start(idb, options, (loaded) => {
      for (const doc of loaded.assessments) docs.set(doc.id, doc)
    })
    .catch(() => (started = false))
  /** Adds a new document and saves it, as the store's `add` does. */
  const add = async (id: string, title = '') => {
    const doc = createAssessment({ id, now: new Date(), locale: 'en' })
    doc.flag.title = title
    docs.set(id, doc)
    await session.save(id)
    return doc
  }
  return { session, docs, state, started, add }
}

async function stored(idb: IDBFactory, id: string) {
  const db = await openLibrary(idb)
  const got = await db.get(id)
  db.close()
  return got
}

const titlesOf = (revisions: Revision[] | null) =>
  (revisions ?? []).map((r) => (r.readable ? r.assessment.flag.title : '(unreadable)'))
const reasonsOf = (revisions: Revision[] | null) => (revisions ?? []).map((r) => r.reason)

// The clock and the timers are fake; fake-indexeddb runs on setImmediate, which stays real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(new Date('2026-02-01T09:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('start', () => {
  it('hands over every stored assessment, none of them unsaved', async () => {
    const idb = new IDBFactory()
    await (await tab(idb)).add('alpha', 'Stored')
    const { docs, session, started } = await tab(idb)
    expect(started).toBe(true)
    expect(docs.get('alpha')!.flag.title).toBe('Stored')
    expect(session.isUnsaved(docs.get('alpha')!)).toBe(false)
    docs.get('alpha')!.flag.title = 'Edited'
    expect(session.isUnsaved(docs.get('alpha')!)).toBe(true)
  })

  it('rejects without storage; saves then change nothing but the stamp', async () => {
    const { started, add, docs, session } = await tab(undefined)
    expect(started).toBe(false)
    const doc = await add('alpha')
    doc.flag.title = 'In memory'
    await session.save('alpha')
    expect(docs.get('alpha')!.flag.title).toBe('In memory')
    expect(await session.listRevisions('alpha')).toBeNull()
  })
})

describe('saving', () => {
  it('writes only what changed, stamping updatedAt', async () => {
    const idb = new IDBFactory()
    const { session, add } = await tab(idb)
    const doc = await add('alpha')
    const first = await stored(idb, 'alpha')
    await session.save('alpha')
    expect(await stored(idb, 'alpha')).toEqual(first)
    vi.advanceTimersByTime(1000)
    doc.flag.title = 'Changed'
    await session.save('alpha')
    expect(await stored(idb, 'alpha')).toMatchObject({
      ok: true,
      rev: 2,
      assessment: { flag: { title: 'Changed' }, updatedAt: '2026-02-01T09:00:01.000Z' },
    })
  })

  it('runs storage work in order: a deletion queued after a save stays deleted', async () => {
    const idb = new IDBFactory()
    const { session, add, docs } = await tab(idb)
    const doc = await add('alpha')
    doc.flag.title = 'Edited, then deleted'
    const saving = session.save('alpha')
    docs.delete('alpha')
    await Promise.all([saving, session.remove('alpha')])
    expect(await stored(idb, 'alpha')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('calls back after the autosave pause, once for several edits', async () => {
    const { session } = await tab(new IDBFactory())
    const run = vi.fn()
    session.saveAfterPause(run)
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1)
    session.saveAfterPause(run)
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    session.saveAfterPause(run)
    session.cancelPause()
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('reports a storage failure and clears it after the next good save', async () => {
    const idb = new IDBFactory()
    const real = await openLibrary(idb)
    let full = true
    const library = {
      ...real,
      save: (doc: Assessment, options?: { expectedRev?: number }) =>
        full
          ? Promise.resolve({ ok: false as const, reason: 'quota' as const, message: 'full' })
          : real.save(doc, options),
    }
    const { session, add, state } = await tab(undefined, { library })
    const doc = await add('alpha')
    expect(state.failure?.reason).toBe('quota')
    full = false
    doc.flag.title = 'Room again'
    await session.save('alpha')
    expect(state.failure).toBeNull()
    real.close()
  })
})

describe('revisions (SNAPSHOT_INTERVAL_MS)', () => {
  it.each([
    ['right after the first save', 0, ['']],
    ['within the interval', SNAPSHOT_INTERVAL_MS - 1, ['']],
    ['once the interval has passed', SNAPSHOT_INTERVAL_MS, ['Second', '']],
  ])('a save %s keeps the version it replaces as needed', async (_when, wait, titles) => {
    const idb = new IDBFactory()
    const { session, add } = await tab(idb)
    const doc = await add('alpha')
    doc.flag.title = 'First'
    await session.save('alpha')
    doc.flag.title = 'Second'
    await session.save('alpha')
    vi.advanceTimersByTime(wait)
    doc.flag.title = 'Third'
    await session.save('alpha')
    expect(titlesOf(await session.listRevisions('alpha'))).toEqual(titles)
  })

  it('leaving keeps the final state once, only if this tab saved it', async () => {
    const idb = new IDBFactory()
    const { session, add, docs } = await tab(idb)
    const doc = await add('alpha')
    doc.flag.title = 'Final'
    await session.save('alpha')
    await session.snapshotOnLeaving(doc)
    await session.snapshotOnLeaving(doc)
    expect(reasonsOf(await session.listRevisions('alpha'))).toEqual(['closed', 'edit'])

    const other = await tab(idb)
    await other.session.snapshotOnLeaving(other.docs.get('alpha')!)
    expect(await other.session.listRevisions('alpha')).toHaveLength(2)
    expect(docs.size).toBe(1)
  })

  it('restores a snapshot after keeping the current state, which restores back', async () => {
    const idb = new IDBFactory()
    const { session, add, docs } = await tab(idb)
    const doc = await add('alpha')
    doc.flag.title = 'Good'
    await session.save('alpha')
    await session.snapshotOnLeaving(doc)
    doc.flag.title = 'Ruined'
    const good = (await session.listRevisions('alpha'))!.find((r) => r.reason === 'closed')!
    const undoKey = await session.restoreRevision('alpha', good.key)
    expect(undoKey).not.toBeNull()
    expect(docs.get('alpha')!.flag.title).toBe('Good')
    expect(await stored(idb, 'alpha')).toMatchObject({ assessment: { flag: { title: 'Good' } } })
    expect(await session.restoreRevision('alpha', undoKey!)).not.toBeNull()
    expect(docs.get('alpha')!.flag.title).toBe('Ruined')
  })
})

describe('journal recovery at start-up', () => {
  const edited = (doc: Assessment, title: string) => ({ ...doc, flag: { ...doc.flag, title } })

  it.each([
    // case, what happens to the stored record before the restart, applied?, kept as revision?
    ['made on the stored version', 'nothing', 'Caught', ['']],
    ['made on an older version', 'saved again', 'Saved since', ['Caught', '']],
    ['of a deleted assessment', 'deleted', undefined, []],
  ])('edits %s', async (_case, meanwhile, title, revisionTitles) => {
    const idb = new IDBFactory()
    const storage = memoryStorage()
    const first = await tab(idb)
    const doc = await first.add('alpha')
    const got = await stored(idb, 'alpha')
    createJournal(storage).write(edited(doc, 'Caught'), got.ok ? got.rev : null)
    if (meanwhile === 'saved again') {
      doc.flag.title = 'Saved since'
      await first.session.save('alpha')
    }
    if (meanwhile === 'deleted') {
      first.docs.delete('alpha')
      await first.session.remove('alpha')
    }

    const again = await tab(idb, { storage })
    expect(again.docs.get('alpha')?.flag.title).toBe(title)
    expect(titlesOf(await again.session.listRevisions('alpha'))).toEqual(revisionTitles)
    expect(storage.length).toBe(0)
    if (title) expect(await stored(idb, 'alpha')).toMatchObject({ assessment: { flag: { title } } })
  })

  it('records unsaved edits on leaving, and nothing when there are none', async () => {
    const storage = memoryStorage()
    const { session, add } = await tab(new IDBFactory(), { storage })
    const doc = await add('alpha')
    session.recordBeforeLeaving(doc)
    expect(storage.length).toBe(0)
    doc.flag.title = 'Typed a moment ago'
    session.recordBeforeLeaving(doc)
    expect(createJournal(storage).entries()).toMatchObject([
      { doc: { flag: { title: 'Typed a moment ago' } }, baseRev: 1 },
    ])
    await session.save('alpha')
    expect(storage.length).toBe(0)
  })
})

describe('two tabs', () => {
  it('raises a conflict instead of overwriting the other tab’s save; nothing is written meanwhile', async () => {
    const idb = new IDBFactory()
    const a = await tab(idb)
    await a.add('alpha')
    const b = await tab(idb)
    b.docs.get('alpha')!.flag.title = 'From B'
    await b.session.save('alpha')
    a.docs.get('alpha')!.flag.title = 'From A'
    await a.session.save('alpha')
    expect(a.state.conflict).toMatchObject({ id: 'alpha', theirs: { flag: { title: 'From B' } } })
    a.docs.get('alpha')!.flag.title = 'From A, again'
    await a.session.save('alpha')
    expect(await stored(idb, 'alpha')).toMatchObject({ assessment: { flag: { title: 'From B' } } })
  })

  it.each([
    ['mine', 'From A', 'conflict-theirs', 'From B'],
    ['theirs', 'From B', 'conflict-mine', 'From A'],
  ] as const)(
    'keeping %s leaves %j and the other version as a revision',
    async (choice, kept, reason, revisionTitle) => {
      const idb = new IDBFactory()
      const a = await tab(idb)
      await a.add('alpha')
      const b = await tab(idb)
      b.docs.get('alpha')!.flag.title = 'From B'
      await b.session.save('alpha')
      a.docs.get('alpha')!.flag.title = 'From A'
      await a.session.save('alpha')
      expect(await a.session.resolveConflict(choice)).toBe(true)
      expect(a.state.conflict).toBeNull()
      expect(a.docs.get('alpha')!.flag.title).toBe(kept)
      expect(await stored(idb, 'alpha')).toMatchObject({ assessment: { flag: { title: kept } } })
      const revisions = await a.session.listRevisions('alpha')
      expect(revisions![0]).toMatchObject({ reason })
      expect(titlesOf(revisions)[0]).toBe(revisionTitle)
    },
  )

  it('follows the other tab’s saves quietly, or asks when this tab has edits of its own', async () => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    await a.add('alpha')
    const b = await tab(idb, { channel: hub() })
    b.docs.get('alpha')!.flag.title = 'From B'
    await b.session.save('alpha')
    await vi.waitFor(() => expect(a.docs.get('alpha')!.flag.title).toBe('From B'))
    expect(a.state.conflict).toBeNull()

    a.docs.get('alpha')!.flag.title = 'Unsaved in A'
    b.docs.get('alpha')!.flag.title = 'From B, again'
    await b.session.save('alpha')
    await vi.waitFor(() =>
      expect(a.state.conflict).toMatchObject({
        kind: 'saved',
        theirs: { flag: { title: 'From B, again' } },
      }),
    )
    expect(a.docs.get('alpha')!.flag.title).toBe('Unsaved in A')
  })

  it('drops an assessment the other tab deleted, unless it is open here', async () => {
    const idb = new IDBFactory()
    const hub = channelHub()
    const a = await tab(idb, { channel: hub() })
    const b = await tab(idb, { channel: hub() })
    await b.add('alpha')
    await b.add('beta')
    await vi.waitFor(() => expect([...a.docs.keys()].sort()).toEqual(['alpha', 'beta']))
    a.state.open = 'beta'
    for (const id of ['alpha', 'beta']) {
      b.docs.delete(id)
      await b.session.remove(id)
    }
    await vi.advanceTimersByTimeAsync(1)
    expect([...a.docs.keys()]).toEqual(['beta'])
  })

  it('ignores messages that are not the library’s', async () => {
    const hub = channelHub()
    const channel = hub()
    const a = await tab(new IDBFactory(), { channel: hub() })
    await a.add('alpha')
    for (const data of [
      null,
      'saved',
      { type: 'removed', id: 'alpha' },
      { type: 'x', id: 'alpha', from: 'y' },
    ])
      channel.postMessage(data)
    await vi.advanceTimersByTimeAsync(1)
    expect([...a.docs.keys()]).toEqual(['alpha'])
  })
})

/** The library in `idb`, whose writes fail as on a full disk while `full.on` is true. */
async function fillable(idb: IDBFactory) {
  const real = await openLibrary(idb)
  const full = { on: true }
  const quota = { ok: false as const, reason: 'quota' as const, message: 'QuotaExceededError' }
  const library: typeof real = {
    ...real,
    save: (doc, options) => (full.on ? Promise.resolve(quota) : real.save(doc, options)),
    addRevision: (doc, reason, keep) =>
      full.on ? Promise.resolve(quota) : real.addRevision(doc, reason, keep),
  }
  return { library, full, close: () => real.close() }
}

describe('storage full', () => {
  it('shows the journal’s edits, keeps them in the journal with later ones, and stores them once there is room', async () => {
    const idb = new IDBFactory()
    const storage = memoryStorage()
    const doc = await (await tab(idb)).add('alpha', 'Stored')
    createJournal(storage).write({ ...doc, flag: { ...doc.flag, summary: 'Typed while full' } }, 1)

    const { library, full, close } = await fillable(idb)
    const { docs, state, session } = await tab(undefined, { library, storage })
    const shown = docs.get('alpha')!
    expect(shown.flag.summary).toBe('Typed while full')
    expect(state.failure?.reason).toBe('quota')
    shown.flag.title = 'Typed after the reload'
    expect(await session.save('alpha')).toMatchObject({ ok: false, reason: 'quota' })
    expect(createJournal(storage).entries()).toMatchObject([
      { doc: { flag: { title: 'Typed after the reload', summary: 'Typed while full' } } },
    ])

    full.on = false
    expect(await session.save('alpha')).toEqual({ ok: true })
    expect(state.failure).toBeNull()
    expect(storage.length).toBe(0)
    expect(await stored(idb, 'alpha')).toMatchObject({
      assessment: { flag: { title: 'Typed after the reload', summary: 'Typed while full' } },
    })
    const revisions = await session.listRevisions('alpha')
    expect(reasonsOf(revisions)).toEqual(['before-recovery'])
    expect(titlesOf(revisions)).toEqual(['Stored'])
    close()
  })

  it('shows edits caught on an older version as a conflict, and keeps them in the journal', async () => {
    const idb = new IDBFactory()
    const storage = memoryStorage()
    const first = await tab(idb)
    const doc = await first.add('alpha', 'Stored')
    createJournal(storage).write({ ...doc, flag: { ...doc.flag, title: 'Caught' } }, 1)
    doc.flag.title = 'Saved since'
    await first.session.save('alpha')

    const { library, close } = await fillable(idb)
    const { docs, state } = await tab(undefined, { library, storage })
    expect(docs.get('alpha')!.flag.title).toBe('Caught')
    expect(state.conflict).toMatchObject({
      kind: 'saved',
      theirs: { flag: { title: 'Saved since' } },
    })
    expect(createJournal(storage).entries()).toMatchObject([{ doc: { flag: { title: 'Caught' } } }])
    close()
  })

  it('reports a new document it could not store, and keeps it in memory and in the journal', async () => {
    const storage = memoryStorage()
    const { library, close } = await fillable(new IDBFactory())
    const { session, docs } = await tab(undefined, { library, storage })
    docs.set('alpha', createAssessment({ id: 'alpha', now: new Date(), locale: 'en' }))
    expect(await session.save('alpha')).toMatchObject({ ok: false, reason: 'quota' })
    expect(session.isStored('alpha')).toBe(false)
    expect(createJournal(storage).entries()).toMatchObject([
      { doc: { id: 'alpha' }, baseRev: null },
    ])
    close()
  })
})

describe('reload protection', () => {
  const throwing = (): Storage => {
    const storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('refused', 'QuotaExceededError')
    }
    return storage
  }
  it.each([
    ['a working Web Storage', 'on', memoryStorage],
    ['no Web Storage', 'off', () => null],
    ['a Web Storage that refuses every write', 'off', throwing],
  ])('with %s is %s', async (_case, on, storage) => {
    const { session } = await tab(new IDBFactory(), { storage: storage() })
    expect(session.canJournal()).toBe(on === 'on')
  })
})

describe('an assessment deleted in another tab while open here', () => {
  async function deletedElsewhere(options: { channel: boolean }) {
    const idb = new IDBFactory()
    const hub = channelHub()
    const storage = memoryStorage()
    const a = await tab(idb, { storage, channel: options.channel ? hub() : null })
    const b = await tab(idb, { channel: options.channel ? hub() : null })
    await a.add('alpha', 'Open in A')
    a.state.open = 'alpha'
    await b.session.remove('alpha')
    await vi.advanceTimersByTimeAsync(1)
    a.docs.get('alpha')!.flag.summary = 'Typed in A'
    await a.session.save('alpha')
    return { a, idb, storage }
  }

  it.each([true, false])('asks instead of saving it back (channel: %s)', async (channel) => {
    const { a, idb } = await deletedElsewhere({ channel })
    expect(a.state.conflict).toEqual({ kind: 'deleted', id: 'alpha' })
    expect(await stored(idb, 'alpha')).toEqual({ ok: false, reason: 'not-found' })
    expect(a.docs.get('alpha')!.flag.summary).toBe('Typed in A')
  })

  it('“keep it” stores this tab’s version again', async () => {
    const { a, idb } = await deletedElsewhere({ channel: true })
    expect(await a.session.resolveConflict('mine')).toBe(true)
    expect(a.state.conflict).toBeNull()
    expect(await stored(idb, 'alpha')).toMatchObject({
      ok: true,
      assessment: { flag: { summary: 'Typed in A' } },
    })
  })

  it('“close” lets it go: nothing is stored, nothing is left in the journal', async () => {
    const { a, idb, storage } = await deletedElsewhere({ channel: true })
    a.session.recordBeforeLeaving(a.docs.get('alpha')!)
    expect(await a.session.resolveConflict('theirs')).toBe(true)
    expect(a.state.conflict).toBeNull()
    expect(a.session.isStored('alpha')).toBe(false)
    expect(storage.length).toBe(0)
    expect(await stored(idb, 'alpha')).toEqual({ ok: false, reason: 'not-found' })
  })
})
