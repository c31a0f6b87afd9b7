import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { createAssessment, summarizeAssessment, type Assessment } from '@/domain'
import { LIBRARY_DB_VERSION, openLibrary, type LibraryDb } from '@/persistence'
import {
  EARLY_SUMMARIES_KEY,
  LIBRARY_DB_NAME,
  SUMMARIES_STORE,
  startEarlySummaries,
  takeEarlySummaries,
  type EarlySummaries,
} from '@/persistence/earlySummaries'

const NOW = new Date('2025-03-01T10:00:00.000Z')
const open: LibraryDb[] = []

afterEach(() => {
  for (const library of open.splice(0)) library.close()
})

function makeDoc(id: string): Assessment {
  const doc = createAssessment({ id, now: NOW, locale: 'en' })
  doc.flag.title = `Title of ${id}`
  return doc
}

/** Starts the early read the way the built page does, and takes its promise the way the app does. */
function readEarly(idb: IDBFactory): EarlySummaries {
  const page = {}
  startEarlySummaries(idb, LIBRARY_DB_NAME, SUMMARIES_STORE, page, EARLY_SUMMARIES_KEY)
  const early = takeEarlySummaries(page)
  if (!early) throw new Error('no early read was left on the page')
  return early
}

async function libraryWith(idb: IDBFactory, ...ids: string[]) {
  const library = await openLibrary(idb)
  open.push(library)
  for (const id of ids) await library.save(makeDoc(id))
  return library
}

describe('the early read of the library summaries', () => {
  it('reads every stored summary, and the library checks them like its own read', async () => {
    const idb = new IDBFactory()
    const library = await libraryWith(idb, 'alpha', 'beta')
    const early = readEarly(idb)
    expect(await early).toHaveLength(2)
    expect(await library.listSummaries(early)).toEqual(await library.listSummaries())
    expect((await library.listSummaries(early)).map((s) => s.id).sort()).toEqual(['alpha', 'beta'])
  })

  it('leaves out damaged summaries, as the library does', async () => {
    const idb = new IDBFactory()
    const library = await libraryWith(idb, 'alpha')
    const damaged: EarlySummaries = Promise.resolve([
      summarizeAssessment(makeDoc('alpha')),
      { id: 'gamma', verdict: 'catastrophic' },
      'not a summary',
    ])
    expect((await library.listSummaries(damaged)).map((s) => s.id)).toEqual(['alpha'])
  })

  it('when it found nothing, the library reads the summaries itself', async () => {
    const idb = new IDBFactory()
    const library = await libraryWith(idb, 'alpha')
    expect((await library.listSummaries(Promise.resolve(null))).map((s) => s.id)).toEqual(['alpha'])
  })

  it('on a first visit finds nothing and creates no database, so the app creates it', async () => {
    const idb = new IDBFactory()
    expect(await readEarly(idb)).toBeNull()
    expect(await idb.databases()).toEqual([])
    const library = await libraryWith(idb, 'alpha')
    expect(await library.listSummaries()).toHaveLength(1)
    expect(await idb.databases()).toEqual([{ name: LIBRARY_DB_NAME, version: LIBRARY_DB_VERSION }])
  })

  it('finds nothing in a library from before the summaries were stored', async () => {
    const idb = new IDBFactory()
    await new Promise<void>((resolve, reject) => {
      const request = idb.open(LIBRARY_DB_NAME, 2)
      request.onupgradeneeded = () => request.result.createObjectStore('assessments')
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    expect(await readEarly(idb)).toBeNull()
    // Its connection is closed: the app's upgrade to the current version is not blocked.
    const library = await libraryWith(idb, 'alpha')
    expect(await library.listSummaries()).toHaveLength(1)
  })

  it('gives way at once to an upgrade asked for while it reads', async () => {
    const idb = new IDBFactory()
    await libraryWith(idb, 'alpha').then((library) => library.close())
    const early = readEarly(idb)
    const upgraded = new Promise<number>((resolve, reject) => {
      const request = idb.open(LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1)
      request.onblocked = () => reject(new Error('blocked by the early read'))
      request.onsuccess = () => {
        resolve(request.result.version)
        request.result.close()
      }
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    await early
    expect(await upgraded).toBe(LIBRARY_DB_VERSION + 1)
  })

  it('gives null, never an error, when storage cannot be opened', async () => {
    const broken = {
      open: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    } as unknown as IDBFactory
    expect(await readEarly(broken)).toBeNull()
  })

  it('is taken once; a page without it gives null', () => {
    expect(takeEarlySummaries({})).toBeNull()
    const page = {}
    startEarlySummaries(new IDBFactory(), 'x', SUMMARIES_STORE, page, EARLY_SUMMARIES_KEY)
    expect(takeEarlySummaries(page)).toBeInstanceOf(Promise)
    expect(takeEarlySummaries(page)).toBeNull()
    expect(takeEarlySummaries({ [EARLY_SUMMARIES_KEY]: 'not a promise' })).toBeNull()
  })

  it('does nothing when it arrives after the app has gone on without it (async script)', () => {
    const page = {}
    expect(takeEarlySummaries(page)).toBeNull()
    let opened = 0
    const idb = {
      open: () => {
        opened++
        throw new DOMException('not expected', 'InvalidStateError')
      },
    } as unknown as IDBFactory
    startEarlySummaries(idb, 'x', SUMMARIES_STORE, page, EARLY_SUMMARIES_KEY)
    expect(opened).toBe(0)
    expect(takeEarlySummaries(page)).toBeNull()
  })

  it('works from its own source alone, as the build inlines it into the page', async () => {
    const idb = new IDBFactory()
    await libraryWith(idb, 'alpha')
    const page = {}
    // A scope without this module's imports or constants: only what the page passes in.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the build does the same
    const inlined = new Function(
      `return (${startEarlySummaries.toString()})`,
    )() as typeof startEarlySummaries
    inlined(idb, LIBRARY_DB_NAME, SUMMARIES_STORE, page, EARLY_SUMMARIES_KEY)
    expect(await takeEarlySummaries(page)).toHaveLength(1)
  })
})
