/**
 * Entry ids are unique within each list of a document (DESIGN.md §3: ids are stable slugs that
 * other parts of the document refer to). A file may still carry two entries with one id; what
 * happens then depends on whether anything refers to that id: if something does, the reference
 * is ambiguous and the document is refused, since guessing could attach evidence to the wrong
 * source; if nothing does, the later entries get new ids and the first keeps its own, so
 * nothing the document says changes.
 */
import type { ParseIssue } from './parse'
import type { Assessment } from './schema'

type Path = (string | number)[]

/** A list whose entries other parts of the document point at, and the ids they point with. */
interface ReferencedList {
  path: Path
  entries: (doc: Assessment) => readonly { id: string }[]
  references: (doc: Assessment) => Iterable<string>
}

/** Every list whose ids are referenced: evidence cites Flag sources, messages name audiences. */
const REFERENCED_LISTS: readonly ReferencedList[] = [
  {
    path: ['flag', 'sources'],
    entries: (doc) => doc.flag.sources,
    references: (doc) =>
      Object.values(doc.analysis).flatMap((row) => (row?.evidence ?? []).map((e) => e.sourceId)),
  },
  {
    path: ['strategy', 'audiences'],
    entries: (doc) => doc.strategy.audiences,
    references: (doc) => doc.strategy.messages.flatMap((message) => message.audienceIds),
  },
]

/**
 * One `duplicate-id` issue per entry that repeats an id something in the document refers to,
 * at that entry's id, with the id and the 1-based position of the entry that first has it.
 */
export function findAmbiguousIds(doc: Assessment): ParseIssue[] {
  return REFERENCED_LISTS.flatMap(({ path, entries, references }) => {
    const referenced = new Set(references(doc))
    const first = new Map<string, number>()
    const issues: ParseIssue[] = []
    entries(doc).forEach(({ id }, index) => {
      const seen = first.get(id)
      if (seen === undefined) first.set(id, index)
      else if (referenced.has(id))
        issues.push({
          path: [...path, index, 'id'],
          code: 'duplicate-id',
          params: { id, first: seen + 1 },
        })
    })
    return issues
  })
}

/** Longest id the schema accepts (IdSchema). */
const MAX_ID_LENGTH = 64

/**
 * The document with a fresh id for every entry that repeats an id earlier in its list (the
 * first keeps it); call it after `findAmbiguousIds` found nothing, so no reference changes
 * meaning. New ids are the old one with `-2`, `-3`… (shortened to fit), never one the list
 * already uses. Returns the document itself when every id is unique.
 */
export function rekeyDuplicateIds(doc: Assessment): Assessment {
  return rekey(doc) as Assessment
}

function rekey(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(rekey)
    const fixed = isEntryList(items) ? uniqueEntries(items) : items
    return fixed.every((item, i) => item === value[i]) ? value : fixed
  }
  if (typeof value !== 'object' || value === null) return value
  let changed = false
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    out[key] = rekey(child)
    if (out[key] !== child) changed = true
  }
  return changed ? out : value
}

function isEntryList(items: readonly unknown[]): items is { id: string }[] {
  return items.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { id?: unknown }).id === 'string',
  )
}

function uniqueEntries(entries: { id: string }[]): { id: string }[] {
  const used = new Set(entries.map((entry) => entry.id))
  const kept = new Set<string>()
  return entries.map((entry) => {
    if (!kept.has(entry.id)) {
      kept.add(entry.id)
      return entry
    }
    const id = freshId(entry.id, used)
    used.add(id)
    kept.add(id)
    return { ...entry, id }
  })
}

function freshId(id: string, used: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}
