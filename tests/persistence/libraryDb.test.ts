import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  createAssessment,
  parseAssessment,
  summarizeAssessment,
  type Assessment,
  type IssueCode,
} from '@/domain'
import { LIBRARY_DB_VERSION, LibraryError, openLibrary, type LibraryDb } from '@/persistence'

const NEWER = CURRENT_SCHEMA_VERSION + 1

const NOW = new Date('2025-03-01T10:00:00.000Z')
const LATER = new Date('2025-03-02T09:30:00.000Z')
const DB_NAME = 'iiat'

function makeDoc(id: string, title = `Title of ${id}`): Assessment {
  const doc = createAssessment({ id, now: NOW, locale: 'en' })
  doc.flag.title = title
  return doc
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('request failed'))
  })
}

/** Raw access to the database behind the library, as devtools or another app version would. */
async function withRawDb<T>(
  idb: IDBFactory,
  storeName: 'assessments' | 'quarantine' | 'summaries',
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await request(idb.open(DB_NAME))
  try {
    const tx = db.transaction(storeName, 'readwrite')
    const result = await request(body(tx.objectStore(storeName)))
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error ?? new Error('aborted'))
    })
    return result
  } finally {
    db.close()
  }
}

const putRaw = (idb: IDBFactory, key: IDBValidKey, value: unknown) =>
  withRawDb(idb, 'assessments', (store) => store.put(value, key))
const rawKeys = (idb: IDBFactory) => withRawDb(idb, 'assessments', (store) => store.getAllKeys())
const rawValue = (idb: IDBFactory, key: string) =>
  withRawDb(idb, 'assessments', (store) => store.get(key) as IDBRequest<unknown>)

const open: LibraryDb[] = []
async function openFresh(idb = new IDBFactory()) {
  const library = await openLibrary(idb, { clock: () => LATER })
  open.push(library)
  return { idb, library }
}

afterEach(() => {
  vi.restoreAllMocks()
  for (const library of open.splice(0)) library.close()
})

function namedError(name: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(`${name} (simulated)`), { name }, extra)
}

describe('save, loadAll, get, remove', () => {
  it('round-trips a new assessment', async () => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha')
    expect(await library.save(doc)).toEqual({ ok: true, rev: 1 })
    expect(await library.loadAll(NOW)).toEqual({
      assessments: [doc],
      quarantined: [],
      skipped: [],
      revs: { alpha: 1 },
      copyOf: expect.any(Function),
    })
    expect(await library.get('alpha')).toEqual({
      ok: true,
      assessment: doc,
      migratedFrom: null,
      rev: 1,
    })
  })

  it('gives a separate copy of a loaded assessment on request, and none of an unknown id', async () => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha', 'Loaded')
    await library.save(doc)
    const loaded = await library.loadAll(NOW)
    const copy = loaded.copyOf('alpha')!
    expect(copy).toEqual(loaded.assessments[0])
    loaded.assessments[0]!.flag.title = 'Edited after loading'
    expect(copy.flag.title).toBe('Loaded')
    expect(loaded.copyOf('alpha')).not.toBe(copy)
    expect(loaded.copyOf('beta')).toBeUndefined()
  })

  it('stores a record with the document, its id and the save time', async () => {
    const { idb, library } = await openFresh()
    const doc = makeDoc('alpha')
    await library.save(doc)
    expect(await rawValue(idb, 'alpha')).toEqual({
      id: 'alpha',
      savedAt: LATER.toISOString(),
      rev: 1,
      doc,
    })
  })

  it('overwrites the record of the same id on update, without a backup', async () => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha', 'First title')
    await library.save(doc)
    await library.save({ ...doc, flag: { ...doc.flag, title: 'Second title' } })
    const loaded = await library.loadAll(NOW)
    expect(loaded.assessments.map((d) => d.flag.title)).toEqual(['Second title'])
    expect(loaded.quarantined).toEqual([])
  })

  it('saves a proxied document (as held by a reactive store) as plain data', async () => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha')
    expect(await library.save(new Proxy(doc, {}))).toEqual({ ok: true, rev: 1 })
    expect((await library.loadAll(NOW)).assessments).toEqual([doc])
  })

  it('refuses to write a document that does not parse, and writes nothing', async () => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha', 'x'.repeat(301))
    const result = await library.save(doc)
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(result.ok === false && result.reason === 'invalid' && result.issues).toEqual([
      { path: ['flag', 'title'], code: 'too-long', params: { max: 300 } },
    ])
    expect(await library.get('alpha')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('removes one assessment and keeps the others; removing a missing id is fine', async () => {
    const { library } = await openFresh()
    await library.save(makeDoc('alpha'))
    await library.save(makeDoc('beta'))
    expect(await library.remove('alpha')).toEqual({ ok: true })
    expect(await library.remove('never-saved')).toEqual({ ok: true })
    expect((await library.loadAll(NOW)).assessments.map((d) => d.id)).toEqual(['beta'])
    expect(await library.get('alpha')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('get reports an unreadable record without moving it', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'bad', { format: 'x' })
    expect(await library.get('bad')).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ path: ['format'], code: 'wrong-format' }],
    })
    expect(await rawKeys(idb)).toEqual(['bad'])
  })
})

describe('quarantine of unreadable records', () => {
  const valid = makeDoc('bad')
  const cases: {
    name: string
    value: unknown
    issue: { path: (string | number)[]; code: IssueCode }
  }[] = [
    { name: 'a string', value: 'just a string', issue: { path: [], code: 'not-an-object' } },
    { name: 'null', value: null, issue: { path: [], code: 'not-an-object' } },
    { name: 'an array', value: [1, 2], issue: { path: [], code: 'not-an-object' } },
    {
      name: 'a foreign object',
      value: { format: 'x' },
      issue: { path: ['format'], code: 'wrong-format' },
    },
    {
      name: 'a record with a broken timestamp',
      value: { id: 'bad', savedAt: '', doc: { ...valid, createdAt: 'yesterday' } },
      issue: { path: ['createdAt'], code: 'invalid-timestamp' },
    },
    {
      name: 'a bare document with an impossible date',
      value: {
        ...valid,
        flag: { ...valid.flag, dates: { ...valid.flag.dates, published: '2024-02-30' } },
      },
      issue: { path: ['flag', 'dates', 'published'], code: 'invalid-date' },
    },
    {
      name: 'a valid document filed under another key',
      value: { id: 'bad', savedAt: '', doc: makeDoc('other') },
      issue: { path: ['id'], code: 'invalid' },
    },
  ]

  it.each(cases)('moves $name to quarantine and still loads the good ones', async (c) => {
    const { idb, library } = await openFresh()
    const good = makeDoc('good')
    await library.save(good)
    await putRaw(idb, 'bad', c.value)

    const loaded = await library.loadAll(NOW)

    expect(loaded.assessments).toEqual([good])
    expect(loaded.skipped).toEqual([])
    expect(loaded.quarantined).toHaveLength(1)
    const [record] = loaded.quarantined
    expect(record).toMatchObject({
      sourceKey: 'bad',
      foundAt: NOW.toISOString(),
      reason: 'invalid',
    })
    expect(record!.issues).toContainEqual(expect.objectContaining(c.issue))
    expect(await rawKeys(idb)).toEqual(['good'])
  })

  it('keeps the document itself as pretty JSON, ready to download and repair', async () => {
    const { idb, library } = await openFresh()
    const broken = { ...makeDoc('bad'), createdAt: 'yesterday' }
    await putRaw(idb, 'bad', { id: 'bad', savedAt: '', doc: broken })
    const [record] = (await library.loadAll(NOW)).quarantined
    expect(record!.raw).toBe(JSON.stringify(broken, null, 2))
  })

  it.each([
    ['a string', 'oops', '"oops"'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a BigInt', 12n, '12'],
  ])('keeps %s as text', async (_name, value, raw) => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'bad', value)
    const [record] = (await library.loadAll(NOW)).quarantined
    expect(record!.raw).toBe(raw)
  })

  it('names non-string keys readably', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 42, 'oops')
    const [record] = (await library.loadAll(NOW)).quarantined
    expect(record!.sourceKey).toBe('42')
  })

  it('survives reopening, and a second load moves nothing again', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'bad', 'oops')
    const first = await library.loadAll(NOW)
    library.close()

    const reopened = await openFresh(idb)
    const second = await reopened.library.loadAll(LATER)
    expect(second.quarantined).toEqual(first.quarantined)
    expect(second.quarantined[0]!.foundAt).toBe(NOW.toISOString())
    expect(await reopened.library.listQuarantined()).toEqual(first.quarantined)
  })

  it('never overwrites an earlier quarantined record from the same key', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'bad', 'first')
    await library.loadAll(NOW)
    await putRaw(idb, 'bad', 'second')
    const { quarantined } = await library.loadAll(NOW)
    expect(quarantined.map((q) => q.raw)).toEqual(['"first"', '"second"'])
    expect(new Set(quarantined.map((q) => q.key)).size).toBe(2)
  })

  it('discards one quarantined record for good; unknown keys are fine', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'bad-1', 'one')
    await putRaw(idb, 'bad-2', 'two')
    const { quarantined } = await library.loadAll(NOW)
    expect(await library.discardQuarantined(quarantined[0]!.key)).toEqual({ ok: true })
    expect(await library.discardQuarantined('not-a-key')).toEqual({ ok: true })
    expect(await library.discardQuarantined('999')).toEqual({ ok: true })
    expect((await library.listQuarantined()).map((q) => q.sourceKey)).toEqual(['bad-2'])
  })

  it('lists a damaged quarantine entry with safe defaults instead of dropping it', async () => {
    const { idb, library } = await openFresh()
    await withRawDb(idb, 'quarantine', (store) => store.add('garbage'))
    expect(await library.listQuarantined()).toEqual([
      {
        key: expect.any(String) as string,
        sourceKey: '',
        foundAt: '',
        reason: 'invalid',
        raw: '"garbage"',
        issues: [],
      },
    ])
  })

  it('leaves a document from a newer app version in place and reports it', async () => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'future', {
      id: 'future',
      savedAt: '',
      doc: { ...makeDoc('future'), schemaVersion: NEWER },
    })
    const loaded = await library.loadAll(NOW)
    expect(loaded.quarantined).toEqual([])
    expect(loaded.skipped).toEqual([
      expect.objectContaining({
        sourceKey: 'future',
        reason: 'newer-version',
        issues: [expect.objectContaining({ code: 'newer-version' })],
      }),
    ])
    expect(await rawKeys(idb)).toEqual(['future'])
  })

  it('when moving fails (storage full), loads what it can and leaves the rest in place', async () => {
    const { idb, library } = await openFresh()
    const good = makeDoc('good')
    await library.save(good)
    await putRaw(idb, 'bad', 'oops')
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw namedError('QuotaExceededError')
    })

    const loaded = await library.loadAll(NOW)
    expect(loaded.assessments).toEqual([good])
    expect(loaded.quarantined).toEqual([])
    expect(loaded.skipped).toEqual([
      { sourceKey: 'bad', reason: 'not-moved', raw: '"oops"', issues: [expect.anything()] },
    ])
    expect(await rawKeys(idb)).toEqual(['bad', 'good'])

    add.mockRestore()
    expect((await library.loadAll(NOW)).quarantined).toHaveLength(1)
    expect(await rawKeys(idb)).toEqual(['good'])
  })
})

describe('migrated records', () => {
  /** A version-1 document saved by an older app, and what it reads as today. */
  function oldRecord(id: string): { original: unknown; current: Assessment } {
    const text = readFileSync(new URL('../fixtures/v1-blank.iia.json', import.meta.url), 'utf8')
    const original = { ...(JSON.parse(text) as object), id }
    const result = parseAssessment(structuredClone(original))
    if (!result.ok) throw new Error('the v1 fixture must read')
    return { original, current: result.assessment }
  }

  it('writes the migrated document back and keeps the original as a backup', async () => {
    const { idb, library } = await openFresh()
    const { original, current } = oldRecord('old')
    await putRaw(idb, 'old', { id: 'old', savedAt: '2020-01-01T00:00:00.000Z', doc: original })

    const loaded = await library.loadAll(NOW)
    expect(loaded.assessments).toEqual([current])
    expect(loaded.quarantined).toEqual([
      expect.objectContaining({
        sourceKey: 'old',
        reason: 'migrated-backup',
        issues: [],
        raw: JSON.stringify(original, null, 2),
      }),
    ])
    expect(await rawValue(idb, 'old')).toEqual({
      id: 'old',
      savedAt: NOW.toISOString(),
      rev: 0,
      doc: current,
    })

    // Already current now: a second load makes no second backup.
    expect((await library.loadAll(LATER)).quarantined).toHaveLength(1)
  })

  it('get migrates in memory only', async () => {
    const { idb, library } = await openFresh()
    const { original } = oldRecord('old')
    await putRaw(idb, 'old', { id: 'old', savedAt: '', doc: original })
    expect(await library.get('old')).toMatchObject({ ok: true, migratedFrom: 1 })
    expect(await rawValue(idb, 'old')).toMatchObject({ doc: { schemaVersion: 1 } })
  })
})

describe('save never replaces an unreadable record without a backup', () => {
  it.each([
    ['a newer-version document', { ...makeDoc('alpha'), schemaVersion: NEWER }, 'newer-version'],
    ['garbage', 'oops', 'not-an-object'],
  ])('keeps %s that a save replaces', async (_name, value, code) => {
    const { idb, library } = await openFresh()
    await putRaw(idb, 'alpha', value)
    expect(await library.save(makeDoc('alpha'))).toEqual({ ok: true, rev: 1 })
    expect(await library.listQuarantined()).toEqual([
      expect.objectContaining({
        sourceKey: 'alpha',
        foundAt: LATER.toISOString(),
        reason: 'replaced-backup',
        raw: JSON.stringify(value, null, 2),
        issues: [expect.objectContaining({ code })],
      }),
    ])
  })
})

describe('storage failures', () => {
  it.each([
    ['QuotaExceededError', {}, 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', {}, 'quota'],
    ['Error', { code: 22 }, 'quota'],
    ['InvalidStateError', {}, 'unavailable'],
    ['UnknownError', {}, 'unavailable'],
    ['DataCloneError', {}, 'unknown'],
  ])('maps a thrown %s %o to %s, and keeps the saved version', async (name, extra, reason) => {
    const { library } = await openFresh()
    const doc = makeDoc('alpha', 'Saved title')
    await library.save(doc)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw namedError(name, extra)
    })
    const result = await library.save({ ...doc, flag: { ...doc.flag, title: 'Lost title' } })
    expect(result).toEqual({ ok: false, reason, message: `${name} (simulated)` })
    vi.restoreAllMocks()
    expect((await library.loadAll(NOW)).assessments[0]!.flag.title).toBe('Saved title')
  })

  it('maps a non-Error thrown value by its name', async () => {
    const { library } = await openFresh()
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw { name: 'QuotaExceededError' } // eslint-disable-line @typescript-eslint/only-throw-error
    })
    expect(await library.save(makeDoc('alpha'))).toMatchObject({ ok: false, reason: 'quota' })
  })

  it('maps a transaction aborted with QuotaExceededError at commit to quota', async () => {
    const { library } = await openFresh()
    const aborted = new WeakSet<IDBTransaction>()
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!
      .value as IDBObjectStore['put']
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const req = put.apply(this, args)
      // What a browser does when the data does not fit: the whole transaction aborts, once,
      // after the writes were queued.
      const tx = this.transaction as unknown as IDBTransaction & { _abort(name: string): void }
      if (!aborted.has(tx)) {
        aborted.add(tx)
        req.addEventListener('success', () => tx._abort('QuotaExceededError'))
      }
      return req
    })
    expect(await library.save(makeDoc('alpha'))).toMatchObject({ ok: false, reason: 'quota' })
    vi.restoreAllMocks()
    expect(await library.get('alpha')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('steps aside for a newer version in another tab and then reports unavailable', async () => {
    const { idb, library } = await openFresh()
    const upgraded = await request(idb.open(DB_NAME, LIBRARY_DB_VERSION + 1))
    upgraded.close()
    expect(await library.save(makeDoc('alpha'))).toMatchObject({ ok: false, reason: 'unavailable' })
    expect(await library.remove('alpha')).toMatchObject({ ok: false, reason: 'unavailable' })
    expect(await library.get('alpha')).toMatchObject({ ok: false, reason: 'unavailable' })
    await expect(library.loadAll(NOW)).rejects.toMatchObject({
      name: 'LibraryError',
      reason: 'unavailable',
    })
    await expect(library.listQuarantined()).rejects.toBeInstanceOf(LibraryError)
  })
})

describe('openLibrary', () => {
  it('uses the given database name and creates every store', async () => {
    const idb = new IDBFactory()
    const library = await openLibrary(idb, { name: 'other' })
    library.close()
    const db = await request(idb.open('other'))
    expect([...db.objectStoreNames]).toEqual([
      'assessments',
      'quarantine',
      'revisions',
      'summaries',
    ])
    expect(db.version).toBe(LIBRARY_DB_VERSION)
    db.close()
  })

  it('rejects with reason version when a newer app left a newer database', async () => {
    const idb = new IDBFactory()
    ;(await request(idb.open(DB_NAME, 5))).close()
    await expect(openLibrary(idb)).rejects.toMatchObject({
      name: 'LibraryError',
      reason: 'version',
    })
  })

  it('rejects with reason unavailable when open throws (e.g. a private mode)', async () => {
    const idb = {
      open() {
        throw namedError('SecurityError')
      },
    } as unknown as IDBFactory
    const error: unknown = await openLibrary(idb).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LibraryError)
    expect(error).toMatchObject({ reason: 'unavailable', cause: { name: 'SecurityError' } })
  })

  it('rejects with reason unavailable when the open request fails', async () => {
    const req = {} as { error: Error; onerror?: () => void }
    const idb = { open: () => req } as unknown as IDBFactory
    const opening = openLibrary(idb)
    req.error = namedError('UnknownError')
    req.onerror!()
    await expect(opening).rejects.toMatchObject({ reason: 'unavailable' })
  })

  it('rejects with reason blocked, and closes a connection that opens afterwards', async () => {
    const req = {} as { result: { close(): void }; onblocked?: () => void; onsuccess?: () => void }
    const idb = { open: () => req } as unknown as IDBFactory
    const opening = openLibrary(idb)
    req.onblocked!()
    await expect(opening).rejects.toMatchObject({ reason: 'blocked' })
    const close = vi.fn()
    req.result = { close }
    req.onsuccess!()
    expect(close).toHaveBeenCalledOnce()
  })
})

describe('summaries', () => {
  const sorted = (list: { id: string }[]) => list.map((s) => s.id).sort()
  const putSummary = (idb: IDBFactory, key: string, value: unknown) =>
    withRawDb(idb, 'summaries', (store) => store.put(value, key))

  it('keeps one summary per saved assessment, written with the save and deleted with it', async () => {
    const { library } = await openFresh()
    const alpha = makeDoc('alpha')
    await library.save(alpha)
    await library.save(makeDoc('beta'))
    expect(await library.listSummaries()).toEqual([
      summarizeAssessment(alpha),
      summarizeAssessment(makeDoc('beta')),
    ])
    alpha.flag.title = 'Renamed'
    await library.save(alpha)
    expect((await library.listSummaries())[0]).toMatchObject({ id: 'alpha', title: 'Renamed' })
    await library.remove('beta')
    expect(sorted(await library.listSummaries())).toEqual(['alpha'])
  })

  it('loadAll brings stale, missing, damaged and orphaned summaries in line', async () => {
    const { idb, library } = await openFresh()
    await library.save(makeDoc('alpha'))
    await library.save(makeDoc('beta'))
    await library.save(makeDoc('gamma'))
    await putSummary(idb, 'alpha', { ...summarizeAssessment(makeDoc('alpha')), title: 'Stale' })
    await withRawDb(idb, 'summaries', (store) => store.delete('beta'))
    await putSummary(idb, 'gamma', { id: 'gamma', verdict: 'catastrophic' })
    await putSummary(idb, 'ghost', summarizeAssessment(makeDoc('ghost')))
    expect(sorted(await library.listSummaries())).toEqual(['alpha', 'ghost'])

    const loaded = await library.loadAll(NOW)
    expect(await library.listSummaries()).toEqual(loaded.assessments.map(summarizeAssessment))
    expect(sorted(await library.listSummaries())).toEqual(['alpha', 'beta', 'gamma'])
  })

  it('drops the summary of a record set aside as unreadable', async () => {
    const { idb, library } = await openFresh()
    await library.save(makeDoc('alpha'))
    await putRaw(idb, 'alpha', { id: 'alpha', savedAt: 'x', doc: { schemaVersion: 1 } })
    await library.loadAll(NOW)
    expect(await library.listSummaries()).toEqual([])
  })

  it('reads as empty, without throwing, when storage cannot be read', async () => {
    const { library } = await openFresh()
    await library.save(makeDoc('alpha'))
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw namedError('UnknownError')
    })
    expect(await library.listSummaries()).toEqual([])
  })
})
