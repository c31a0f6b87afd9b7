import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { openLibrary, type LibraryDb } from '@/persistence'

const NOW = new Date('2025-03-01T10:00:00.000Z')

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('request failed'))
  })
}

/** Writes a value straight into the assessments store, as devtools or another app would. */
async function putRaw(idb: IDBFactory, key: string, value: unknown) {
  const db = await request(idb.open('iiat'))
  try {
    const tx = db.transaction('assessments', 'readwrite')
    await request(tx.objectStore('assessments').put(value, key))
  } finally {
    db.close()
  }
}

const open: LibraryDb[] = []
afterEach(() => {
  for (const library of open.splice(0)) library.close()
})

async function quarantinedRaw(value: unknown) {
  const idb = new IDBFactory()
  const library = await openLibrary(idb)
  open.push(library)
  await putRaw(idb, 'bad', value)
  const { quarantined } = await library.loadAll(NOW)
  expect(quarantined).toHaveLength(1)
  return quarantined[0]!.raw
}

describe('quarantine of binary records', () => {
  const text = '{"format":"iiat-assessment","half":'
  const bytes = new TextEncoder().encode(text)

  it.each<[string, unknown]>([
    ['a Blob', new Blob([text], { type: 'application/json' })],
    [
      'a library record whose document is a Blob',
      { id: 'bad', savedAt: '', doc: new Blob([text]) },
    ],
    ['an ArrayBuffer', bytes.buffer],
    ['a Uint8Array', bytes],
  ])('keeps the real content of %s for download, not {}', async (_, value) => {
    const raw = await quarantinedRaw(value)
    expect(raw).toBeInstanceOf(Blob)
    // What the download saves: the record's own bytes.
    expect(await new Blob([raw]).text()).toBe(text)
  })

  it('still keeps other values as text', async () => {
    expect(await quarantinedRaw({ format: 'x' })).toBe('{\n  "format": "x"\n}')
  })
})
