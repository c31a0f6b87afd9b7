/**
 * Fields an imported file had that this version does not know, kept in the document's `kept`
 * list (`unknownFields.ts` finds them, on import only) and written back in place when the
 * document goes into a file again. A list entry is found again by its id, never by its
 * position, so reordering or deleting entries cannot move a field onto another entry.
 */
/** One step of a path: an object's key, or the entry of a list that has this id. */
export interface KeptStep {
  /** The key, when the step is into an object (or, for a list without ids, the position). */
  key?: string
  /** The id, when the step is to the entry of a list that has it; used when key is absent. */
  id?: string
}

/** A field the schema does not know, where it was, and its JSON value. */
export interface KeptField {
  path: KeptStep[]
  value: unknown
}

/** At most this many fields are kept, and their JSON at most this many characters in all. */
export const MAX_KEPT_FIELDS = 100
export const MAX_KEPT_CHARS = 100_000

/** Keys never copied back into an object: they would change what every object inherits. */
export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const entryId = (value: unknown): string | null =>
  isObject(value) && typeof value.id === 'string' ? value.id : null

/** The place a path leads to in a document, or undefined when that entry or key is gone. */
function resolve(root: unknown, steps: readonly KeptStep[]): unknown {
  let here: unknown = root
  for (const step of steps) {
    if (step.key !== undefined) {
      if (Array.isArray(here)) here = here[Number(step.key)]
      else if (isObject(here) && Object.hasOwn(here, step.key)) here = here[step.key]
      else return undefined
    } else {
      if (!Array.isArray(here)) return undefined
      here = here.find((item) => step.id !== undefined && entryId(item) === step.id)
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
    const key = field.path.at(-1)?.key
    if (key === undefined || UNSAFE_KEYS.has(key)) continue
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
