/**
 * Fields this version does not know (a newer app's, another tool's, a hand edit's) are kept,
 * not dropped: `findUnknownFields` lists what a file had beyond its schema, the document keeps
 * that list in `kept`, and `withKeptFields` puts each field back where it was when the document
 * is written to a file again. A list entry is found again by its id, never by its position, so
 * reordering or deleting entries cannot move a field onto another entry.
 */

/** One step of a path: an object key, or the entry of a list that has this id. */
export type KeptStep = string | { id: string }

/** A field the schema does not know, where it was, and its JSON value. */
export interface KeptField {
  path: KeptStep[]
  value: unknown
}

/** At most this many fields are kept, and their JSON at most this many characters in all. */
export const MAX_KEPT_FIELDS = 100
export const MAX_KEPT_CHARS = 100_000

/** Keys never copied back into an object: they would change what every object inherits. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const entryId = (value: unknown): string | null =>
  isObject(value) && typeof value.id === 'string' ? value.id : null

/**
 * What `input` has that `parsed` (the schema's output for it, same version) does not: keys of an
 * object the schema dropped, found inside list entries by their ids. Entries without an id are
 * matched by position only in lists whose entries have no ids (none in the schema today), and
 * anything past the limits, or under an unsafe key, is left out. `dropped` counts what was left.
 */
export function findUnknownFields(
  input: unknown,
  parsed: unknown,
): { kept: KeptField[]; dropped: number } {
  const kept: KeptField[] = []
  let dropped = 0
  let chars = 0
  const walk = (a: unknown, b: unknown, path: KeptStep[]): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      b.forEach((bItem, i) => {
        const id = entryId(bItem)
        // Parsing keeps entries in their order; a repeated id was renamed, so match by position
        // and name the entry by the id it has now.
        walk(a[i], bItem, [...path, id === null ? String(i) : { id }])
      })
      return
    }
    if (!isObject(a) || !isObject(b)) return
    for (const key of Object.keys(a)) {
      if (Object.hasOwn(b, key)) {
        walk(a[key], b[key], [...path, key])
        continue
      }
      const json = UNSAFE_KEYS.has(key) ? undefined : JSON.stringify(a[key])
      if (
        json === undefined ||
        kept.length >= MAX_KEPT_FIELDS ||
        chars + json.length > MAX_KEPT_CHARS
      ) {
        dropped++
        continue
      }
      chars += json.length
      kept.push({ path: [...path, key], value: JSON.parse(json) as unknown })
    }
  }
  walk(input, parsed, [])
  return { kept, dropped }
}

/**
 * The fields a document already kept plus those just found, one per place (a new value replaces
 * an old one at the same path), within the limits; `dropped` counts what did not fit.
 */
export function mergeKept(
  existing: readonly KeptField[],
  found: readonly KeptField[],
): { kept: KeptField[]; dropped: number } {
  const key = (field: KeptField) => JSON.stringify(field.path)
  const replaced = new Set(found.map(key))
  const all = [...existing.filter((f) => !replaced.has(key(f))), ...found]
  const kept: KeptField[] = []
  let chars = 0
  for (const field of all) {
    const size = JSON.stringify(field.value).length
    if (kept.length >= MAX_KEPT_FIELDS || chars + size > MAX_KEPT_CHARS) continue
    chars += size
    kept.push(field)
  }
  return { kept, dropped: all.length - kept.length }
}

/** The place a path leads to in a document, or undefined when that entry or key is gone. */
function resolve(root: unknown, steps: readonly KeptStep[]): unknown {
  let here: unknown = root
  for (const step of steps) {
    if (typeof step === 'string') {
      if (Array.isArray(here)) here = here[Number(step)]
      else if (isObject(here) && Object.hasOwn(here, step)) here = here[step]
      else return undefined
    } else {
      if (!Array.isArray(here)) return undefined
      here = here.find((item) => entryId(item) === step.id)
    }
  }
  return here
}

/**
 * The document as it goes into a file: a deep copy with every kept field back in its place
 * (unless the document now has that key itself, or the entry is gone), and without `kept`.
 */
export function withKeptFields<Doc extends { kept?: KeptField[] }>(doc: Doc): Omit<Doc, 'kept'> {
  const { kept = [], ...rest } = doc
  const copy = JSON.parse(JSON.stringify(rest)) as Omit<Doc, 'kept'>
  for (const field of kept) {
    const key = field.path.at(-1)
    if (typeof key !== 'string' || UNSAFE_KEYS.has(key)) continue
    const parent = resolve(copy, field.path.slice(0, -1))
    if (!isObject(parent) || Object.hasOwn(parent, key)) continue
    Object.defineProperty(parent, key, {
      value: field.value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}

/** A path in words for a message, e.g. "flag.sources[src-1].budget". */
export function keptFieldPath(path: readonly KeptStep[]): string {
  return path
    .map((step, i) => (typeof step === 'string' ? (i === 0 ? step : `.${step}`) : `[${step.id}]`))
    .join('')
}
