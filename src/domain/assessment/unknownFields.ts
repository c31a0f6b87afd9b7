/**
 * Finding what an imported file has beyond its schema (a newer app's fields, another tool's, a
 * hand edit's), so the import keeps it instead of dropping it without a word. Loaded with the
 * import, not with the first screen.
 */
import { VERSIONS } from './versions'
import type { Assessment } from './schema'
import {
  MAX_KEPT_CHARS,
  MAX_KEPT_FIELDS,
  UNSAFE_KEYS,
  entryId,
  isObject,
  type KeptField,
  type KeptStep,
} from './keptFields'

/**
 * What `input` has that `parsed` (the schema's output for it, same version) does not: keys of an
 * object the schema dropped, found inside list entries by their ids. Entries without an id are
 * matched by position only in lists whose entries have no ids (none in the schema today), and
 * anything past the limits, or under an unsafe key, is left out. `dropped` counts what was left.
 */
function findUnknownFields(
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
        walk(a[i], bItem, [...path, id === null ? { key: String(i) } : { id }])
      })
      return
    }
    if (!isObject(a) || !isObject(b)) return
    for (const key of Object.keys(a)) {
      if (Object.hasOwn(b, key)) {
        walk(a[key], b[key], [...path, { key }])
        continue
      }
      const json = UNSAFE_KEYS.has(key) ? undefined : JSON.stringify(a[key])
      // A value that carries "__proto__" inside would not survive copying faithfully either.
      if (json?.includes('"__proto__"')) {
        dropped++
        continue
      }
      if (
        json === undefined ||
        kept.length >= MAX_KEPT_FIELDS ||
        chars + json.length > MAX_KEPT_CHARS
      ) {
        dropped++
        continue
      }
      chars += json.length
      kept.push({ path: [...path, { key }], value: JSON.parse(json) as unknown })
    }
  }
  walk(input, parsed, [])
  return { kept, dropped }
}

/**
 * The fields a document already kept plus those just found, one per place (a new value replaces
 * an old one at the same path), within the limits; `dropped` counts what did not fit.
 */
function mergeKept(
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

/** A path in words for a message, e.g. "flag.sources[src-1].budget". */
export function keptFieldPath(path: readonly KeptStep[]): string {
  return path
    .map((step, i) =>
      step.key !== undefined ? (i === 0 ? step.key : `.${step.key}`) : `[${step.id ?? ''}]`,
    )
    .join('')
}

/** What an import found beyond the schema: kept in the document, and how many were not. */
export interface UnknownFields {
  kept: KeptField[]
  dropped: number
}

/**
 * The parsed document of an imported file with what the file had beyond its own version's
 * schema (compared before any migration moves things) added to its `kept` list, and what was
 * found; `unknown` is null when the file had nothing more.
 */
export function keepUnknownFields(
  raw: unknown,
  doc: Assessment,
): { assessment: Assessment; unknown: UnknownFields | null } {
  const version = isObject(raw) ? raw.schemaVersion : undefined
  const own = VERSIONS.find((v) => v.version === version)
  const result = own?.schema.safeParse(raw)
  if (!result?.success) return { assessment: doc, unknown: null }
  const found = findUnknownFields(raw, result.data)
  if (found.kept.length === 0 && found.dropped === 0) return { assessment: doc, unknown: null }
  const merged = mergeKept(doc.kept ?? [], found.kept)
  return {
    assessment: merged.kept.length ? { ...doc, kept: merged.kept } : doc,
    unknown: { kept: found.kept, dropped: found.dropped + merged.dropped },
  }
}
