import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { createAssessment, type Assessment } from '@/domain'
import { LIBRARY_DB_VERSION, MAX_REVISIONS, openLibrary, type LibraryDb } from '@/persistence'

const NOW = new Date('2025-03-01T10:00:00.000Z')

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

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('aborted'))
  })
}

const open: LibraryDb[] = []
async function openFresh(idb = new IDBFactory()) {
  let tick = 0
  // Each call a second later, so snapshots have distinct times.
  const library = await openLibrary(idb, { clock: () => new Date(NOW.getTime() + 1000 * tick++) })
  open.push(library)
  return { idb, library }
}

afterEach(() => {
  for (const library of open.splice(0)) library.close()
})

async function titles(library: LibraryDb, id: string) {
  const result = await library.listRevisions(id)
  if (!result.ok) throw new Error(result.message)
  return result.revisions.map((r) => (r.readable ? r.assessment.flag.title : '(unreadable)'))
}

describe('revisions', () => {
  it('keeps snapshots per assessment, newest first, parsed', async () => {
    const { library } = await openFresh()
    await library.addRevision(makeDoc('alpha', 'one'), 'edit')
    await library.addRevision(makeDoc('beta', 'other'), 'edit')
    await library.addRevision(makeDoc('alpha', 'two'), 'closed')
    const result = await library.listRevisions('alpha')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.revisions.map((r) => [r.reason, r.readable])).toEqual([
      ['closed', true],
      ['edit', true],
    ])
    expect(await titles(library, 'alpha')).toEqual(['two', 'one'])
    expect(result.revisions[0]!.takenAt > result.revisions[1]!.takenAt).toBe(true)
    expect(await titles(library, 'beta')).toEqual(['other'])
    expect(await titles(library, 'never')).toEqual([])
  })

  it('does not add a snapshot identical to the newest one, and returns its key', async () => {
    const { library } = await openFresh()
    const first = await library.addRevision(makeDoc('alpha', 'same'), 'edit')
    const again = await library.addRevision(makeDoc('alpha', 'same'), 'closed')
    expect(again).toEqual(first)
    expect(await titles(library, 'alpha')).toEqual(['same'])
  })

  it(`keeps only the newest ${MAX_REVISIONS} (or the given number) per assessment`, async () => {
    const { library } = await openFresh()
    for (let i = 1; i <= 5; i++) await library.addRevision(makeDoc('alpha', `v${i}`), 'edit', 3)
    await library.addRevision(makeDoc('beta', 'untouched'), 'edit', 3)
    expect(await titles(library, 'alpha')).toEqual(['v5', 'v4', 'v3'])
    for (let i = 1; i <= MAX_REVISIONS + 2; i++)
      await library.addRevision(makeDoc('gamma', `v${i}`), 'edit')
    expect(await titles(library, 'gamma')).toHaveLength(MAX_REVISIONS)
    expect(await titles(library, 'beta')).toEqual(['untouched'])
  })

  it('lists a damaged snapshot as unreadable, with its raw text, without failing', async () => {
    const { idb, library } = await openFresh()
    await library.addRevision(makeDoc('alpha', 'good'), 'edit')
    const db = await request(idb.open('iiat'))
    const tx = db.transaction('revisions', 'readwrite')
    tx.objectStore('revisions').add({ assessmentId: 'alpha', takenAt: 42, doc: { flag: 'x' } })
    tx.objectStore('revisions').add({ assessmentId: 'alpha', reason: 'edit', doc: makeDoc('x') })
    await done(tx)
    db.close()
    const result = await library.listRevisions('alpha')
    if (!result.ok) throw new Error(result.message)
    const [otherId, garbage, good] = result.revisions
    expect(otherId).toMatchObject({ readable: false, takenAt: '' })
    expect(garbage).toMatchObject({ readable: false, reason: 'edit' })
    expect(garbage!.readable === false && garbage!.raw).toContain('"flag": "x"')
    expect(good).toMatchObject({ readable: true })
  })
})

describe('save with expectedRev', () => {
  it('counts saves and refuses to overwrite a record saved elsewhere meanwhile', async () => {
    const idb = new IDBFactory()
    const { library: tabA } = await openFresh(idb)
    const { library: tabB } = await openFresh(idb)
    expect(await tabA.save(makeDoc('alpha', 'first'))).toEqual({ ok: true, rev: 1 })
    expect(await tabB.save(makeDoc('alpha', 'from B'), { expectedRev: 1 })).toEqual({
      ok: true,
      rev: 2,
    })
    const refused = await tabA.save(makeDoc('alpha', 'from A'), { expectedRev: 1 })
    expect(refused).toMatchObject({ ok: false, reason: 'conflict', rev: 2 })
    expect(refused.ok === false && refused.reason === 'conflict' && refused.stored.flag.title).toBe(
      'from B',
    )
    expect(await tabA.get('alpha')).toMatchObject({
      rev: 2,
      assessment: { flag: { title: 'from B' } },
    })
    // Knowing the other version, the next save wins.
    expect(await tabA.save(makeDoc('alpha', 'from A'), { expectedRev: 2 })).toEqual({
      ok: true,
      rev: 3,
    })
    expect((await tabB.loadAll(NOW)).revs).toEqual({ alpha: 3 })
  })

  it('writes a record nothing was expected of, and refuses to bring back one deleted since', async () => {
    const { library } = await openFresh()
    expect(await library.save(makeDoc('alpha'))).toEqual({ ok: true, rev: 1 })
    await library.remove('alpha')
    expect(await library.save(makeDoc('alpha'), { expectedRev: 1 })).toEqual({
      ok: false,
      reason: 'deleted',
    })
    expect(await library.get('alpha')).toEqual({ ok: false, reason: 'not-found' })
  })
})

describe('upgrade from a version 1 database', () => {
  it('keeps every assessment and quarantined record and adds the revisions store', async () => {
    const idb = new IDBFactory()
    const doc = makeDoc('alpha', 'Saved by version 1')
    const upgrade = idb.open('iiat', 1)
    upgrade.onupgradeneeded = () => {
      upgrade.result.createObjectStore('assessments')
      upgrade.result.createObjectStore('quarantine', { autoIncrement: true })
    }
    const v1 = await request(upgrade)
    const tx = v1.transaction(['assessments', 'quarantine'], 'readwrite')
    tx.objectStore('assessments').put({ id: 'alpha', savedAt: NOW.toISOString(), doc }, 'alpha')
    tx.objectStore('quarantine').add({
      sourceKey: 'old',
      foundAt: NOW.toISOString(),
      reason: 'invalid',
      raw: '{}',
      issues: [],
    })
    await done(tx)
    v1.close()

    const { library } = await openFresh(idb)
    const loaded = await library.loadAll(NOW)
    expect(loaded.assessments).toEqual([doc])
    expect(loaded.revs).toEqual({ alpha: 0 })
    expect(loaded.quarantined.map((q) => q.sourceKey)).toEqual(['old'])
    expect(await library.addRevision(doc, 'edit')).toMatchObject({ ok: true })
    expect(await titles(library, 'alpha')).toEqual(['Saved by version 1'])
    expect(await library.save(doc, { expectedRev: 0 })).toEqual({ ok: true, rev: 1 })
    library.close()

    const db = await request(idb.open('iiat'))
    expect(db.version).toBe(LIBRARY_DB_VERSION)
    expect([...db.objectStoreNames]).toEqual([
      'assessments',
      'quarantine',
      'revisions',
      'summaries',
    ])
    db.close()
  })
})
