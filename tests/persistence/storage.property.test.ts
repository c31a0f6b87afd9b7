/**
 * Property test of reading the library back (DESIGN.md §1.5, "the user's work is sacred"):
 * whatever the assessments store holds, `loadAll` never throws, returns every readable document,
 * and accounts for every other record, in quarantine with its content or left in place, so
 * that nothing is lost and a second load sees the same.
 */
import fc from 'fast-check'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, createAssessment, type Assessment } from '@/domain'
import { openLibrary, type LoadResult, type QuarantinedRecord } from '@/persistence'
import {
  assessmentArb,
  expectReadableIssues,
  idArb,
  textArb,
  PROPERTY_TIMEOUT,
} from '../fixtures/arbitraries'
import { expectEqual, expectStrictEqual } from '../setup/equal'

const NOW = new Date('2026-03-01T10:00:00.000Z')
const LATER = new Date('2026-03-02T09:30:00.000Z')
const DB_NAME = 'iiat-property'

type Key = string | number | (string | number)[]

/** What a run puts into the assessments store, and what `loadAll` should make of it. */
type Entry =
  | { kind: 'valid'; key: string; value: unknown; doc: Assessment }
  | { kind: 'newer'; key: string; value: unknown }
  /** `json`: the value has a faithful JSON form, so its quarantined text must give it back. */
  | { kind: 'garbage'; key: Key; value: unknown; json: boolean }

const record = (doc: unknown) => ({ id: 'any', savedAt: NOW.toISOString(), doc })

/** Valid documents: fully random ones, and cheap blanks with a random id and title. */
const validDocArb: fc.Arbitrary<Assessment> = fc.oneof(
  { weight: 1, arbitrary: assessmentArb() },
  {
    weight: 2,
    arbitrary: fc.tuple(idArb, textArb(300)).map(([id, title]) => {
      const doc = createAssessment({ id, now: NOW, locale: 'en' })
      doc.flag.title = title
      return doc
    }),
  },
)

/** The library keeps a record `{ id, savedAt, doc }`; a bare document is read as well. */
const storedFormArb = fc.constantFrom('record', 'bare')
const wrap = (doc: unknown, form: string) => (form === 'record' ? record(doc) : doc)

const validEntryArb: fc.Arbitrary<Entry> = fc
  .tuple(validDocArb, storedFormArb)
  .map(([doc, form]) => ({ kind: 'valid', key: doc.id, value: wrap(doc, form), doc }))

const newerEntryArb: fc.Arbitrary<Entry> = fc
  .tuple(validDocArb, fc.integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 1_000 }), storedFormArb)
  .map(([doc, version, form]) => ({
    kind: 'newer',
    key: doc.id,
    value: wrap({ ...doc, schemaVersion: version, futureField: { nested: [1, 2] } }, form),
  }))

const garbageKeyArb: fc.Arbitrary<Key> = fc.oneof(
  idArb,
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 }),
)

/** Damage with a faithful JSON form: what a bug, another app or devtools could leave behind. */
const jsonGarbageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue().map(record),
  fc.object().map(record),
  // A real document with one field broken, in either stored form.
  fc
    .tuple(validDocArb, fc.constantFrom('2026-02-30', 'tomorrow', 42, null), storedFormArb)
    .map(([doc, date, form]) => {
      const broken = structuredClone(doc) as unknown as { flag: { dates: { vote: unknown } } }
      broken.flag.dates.vote = date
      return wrap(broken, form)
    }),
  fc.tuple(validDocArb, storedFormArb).map(([doc, form]) => {
    const partial: Partial<Assessment> = structuredClone(doc)
    delete partial.analysis
    return wrap(partial, form)
  }),
)

/** Values only structured cloning can store: no faithful JSON form, but must not crash. */
const cloneOnlyGarbageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.constant(undefined).map(record),
  fc.bigInt().map((n) => record({ format: 'iiat-assessment', schemaVersion: n })),
  fc.constant(null).map(() => {
    const cyclic: Record<string, unknown> = { format: 'iiat-assessment', schemaVersion: 1 }
    cyclic.self = cyclic
    return record(cyclic)
  }),
)

const garbageEntryArb: fc.Arbitrary<Entry> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(garbageKeyArb, jsonGarbageArb)
      .map(([key, value]) => ({ kind: 'garbage' as const, key, value, json: true })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(garbageKeyArb, cloneOnlyGarbageArb)
      .map(([key, value]) => ({ kind: 'garbage' as const, key, value, json: false })),
  },
  // A readable document filed under another key than its id.
  {
    weight: 1,
    arbitrary: fc.tuple(validDocArb, storedFormArb).map(([doc, form]) => ({
      kind: 'garbage' as const,
      key: `moved-${doc.id}`,
      value: wrap(doc, form),
      json: true,
    })),
  },
)

const keySignature = (key: Key) =>
  typeof key === 'string'
    ? `s:${key}`
    : typeof key === 'number'
      ? `n:${key}`
      : `a:${JSON.stringify(key)}`

const entriesArb: fc.Arbitrary<Entry[]> = fc.uniqueArray(
  fc.oneof(
    { weight: 3, arbitrary: validEntryArb },
    { weight: 1, arbitrary: newerEntryArb },
    { weight: 4, arbitrary: garbageEntryArb },
  ),
  { selector: (e) => keySignature(e.key), maxLength: 8 },
)

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('request failed'))
  })
}

/** Writes the entries straight into the store, as devtools or another app version could. */
async function putRaw(idb: IDBFactory, entries: Entry[]): Promise<void> {
  const db = await request(idb.open(DB_NAME))
  try {
    const tx = db.transaction('assessments', 'readwrite')
    const store = tx.objectStore('assessments')
    for (const entry of entries) store.put(entry.value, entry.key)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error ?? new Error('aborted'))
    })
  } finally {
    db.close()
  }
}

/** The document inside a stored value, as the library's quarantine documents it. */
function documentOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'doc' in value
    ? value.doc
    : value
}

/** The key as the quarantine names it: the string itself, or its JSON. */
const keyText = (key: Key) => (typeof key === 'string' ? key : JSON.stringify(key, null, 2))

/** JSON cannot tell -0 from 0; the quarantined text is compared with what JSON can say. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null')

function expectAccountedFor(entries: Entry[], result: LoadResult): void {
  const valid = entries.filter((e) => e.kind === 'valid')
  const newer = entries.filter((e) => e.kind === 'newer')
  const garbage = entries.filter((e) => e.kind === 'garbage')

  // Every readable document, in key order (string keys sort by UTF-16 code units).
  const expected = [...valid].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  expectStrictEqual(
    result.assessments,
    expected.map((e) => e.doc),
  )

  // Nothing is dropped: every record is returned, quarantined or skipped.
  expect(result.assessments.length + result.quarantined.length + result.skipped.length).toBe(
    entries.length,
  )

  expect(result.skipped.map((s) => [s.sourceKey, s.reason]).sort()).toEqual(
    newer.map((e) => [e.key, 'newer-version']).sort(),
  )
  for (const skipped of result.skipped) {
    const entry = newer.find((e) => e.key === skipped.sourceKey)!
    expect(JSON.parse(skipped.raw)).toEqual(viaJson(documentOf(entry.value)))
    expect(skipped.issues.map((i) => i.code)).toEqual(['newer-version'])
    expectReadableIssues(skipped.issues)
  }

  expect(new Set(result.quarantined.map((q) => q.key)).size).toBe(result.quarantined.length)
  const pool: QuarantinedRecord[] = [...result.quarantined]
  for (const entry of garbage) {
    const index = pool.findIndex(
      (q) =>
        q.sourceKey === keyText(entry.key) &&
        (!entry.json ||
          (typeof q.raw === 'string' &&
            isDeepEqual(parseJson(q.raw), viaJson(documentOf(entry.value))))),
    )
    expect(index, `quarantine entry for ${keyText(entry.key)}`).toBeGreaterThanOrEqual(0)
    const [quarantined] = pool.splice(index, 1)
    expect(quarantined!.reason).toBe('invalid')
    expect(quarantined!.foundAt).toBe(NOW.toISOString())
    // Binary data is kept as a Blob of its bytes (JSON would turn it into {}), the rest as text.
    const raw = quarantined!.raw
    const doc = documentOf(entry.value)
    if (doc instanceof ArrayBuffer || ArrayBuffer.isView(doc))
      expect(raw instanceof Blob && raw.size).toBe(doc.byteLength)
    else expect(typeof raw === 'string' && raw.length).toBeGreaterThan(0)
    expectReadableIssues(quarantined!.issues)
  }
  expect(pool).toEqual([])
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return Symbol('not JSON')
  }
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expectEqual(a, b)
    return true
  } catch {
    return false
  }
}

describe(
  'loadAll over a store of valid documents and garbage',
  { timeout: PROPERTY_TIMEOUT },
  () => {
    it('never throws, returns every valid document, and accounts for every other record', async () => {
      await fc.assert(
        fc.asyncProperty(entriesArb, async (entries) => {
          const idb = new IDBFactory()
          const library = await openLibrary(idb, { name: DB_NAME, clock: () => LATER })
          try {
            await putRaw(idb, entries)
            const first = await library.loadAll(NOW)
            expectAccountedFor(entries, first)

            // A second load loses nothing and moves nothing again.
            const second = await library.loadAll(LATER)
            expectStrictEqual({ ...second, copyOf: null }, { ...first, copyOf: null })
          } finally {
            library.close()
          }
        }),
      )
    })
  },
)
