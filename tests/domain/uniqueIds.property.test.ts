/**
 * Property test of ids repeated in a list (src/domain/assessment/uniqueIds.ts): whatever list of
 * a valid document gets a repeated id, `parseAssessment` either refuses it, pointing at the
 * repeated entry, because something refers to that id, or gives every entry a unique id while
 * each reference still reaches the entry it reached before.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS, parseAssessment, type Assessment } from '@/domain'
import { PROPERTY_TIMEOUT, assessmentArb, expectReadableIssues } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

type Path = (string | number)[]
type Entry = { id: string } & Record<string, unknown>

/** Every list of entries with ids in a document, with its path. */
function entryLists(value: unknown, path: Path = []): [Path, Entry[]][] {
  if (Array.isArray(value)) {
    const own: [Path, Entry[]][] =
      value.length > 0 && value.every((v) => typeof (v as Entry | null)?.id === 'string')
        ? [[path, value as Entry[]]]
        : []
    return [...own, ...value.flatMap((v, i) => entryLists(v, [...path, i]))]
  }
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => entryLists(v, [...path, k]))
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((p, i) => p === b[i])

/** The ids other parts of the document refer to, per referenced list. */
function referencesTo(doc: Assessment, list: Path): string[] {
  if (samePath(list, ['flag', 'sources']))
    return Object.values(doc.analysis).flatMap((row) => row.evidence.map((e) => e.sourceId))
  if (samePath(list, ['strategy', 'audiences']))
    return doc.strategy.messages.flatMap((m) => m.audienceIds)
  return []
}

/** An entry without its id. */
const withoutId = (entry: Entry) => Object.entries(entry).filter(([key]) => key !== 'id')

/**
 * A valid document with one more entry in one of its lists: a copy of any entry of that list
 * under the id of an earlier one, inserted after it. No id is lost, so every reference the
 * document had still resolves before parsing.
 */
const injectedArb = fc
  .record({
    generated: assessmentArb(),
    list: fc.nat(),
    a: fc.nat(),
    b: fc.nat(),
    c: fc.nat(),
    cite: fc.boolean(),
  })
  .map(({ generated, list, a, b, c, cite }) => {
    // fast-check may hand the same generated value to several runs: never change it in place.
    const doc = structuredClone(generated)
    // Authors and contributors have their own, smaller limit.
    const max = (path: Path) => (path[0] === 'publication' ? LIMITS.authors : LIMITS.listItems)
    const lists = entryLists(doc).filter(([path, entries]) => entries.length < max(path))
    const picked = lists[list % Math.max(lists.length, 1)]
    if (!picked) return null
    const [path, entries] = picked
    const first = a % entries.length
    const at = first + 1 + (b % (entries.length - first))
    const id = entries[first]!.id
    entries.splice(at, 0, { ...structuredClone(entries[c % entries.length]!), id })
    // Now and then make something cite the repeated id, so both outcomes are tried.
    const room = (list: readonly unknown[]) => list.length < LIMITS.listItems
    if (cite && samePath(path, ['flag', 'sources']) && room(doc.analysis.privacy.evidence))
      doc.analysis.privacy.evidence.push({ id: 'cites-it', sourceId: id, note: '' })
    if (cite && samePath(path, ['strategy', 'audiences']) && room(doc.strategy.messages))
      doc.strategy.messages.push({ id: 'names-it', text: '', itemIds: [], audienceIds: [id] })
    return doc
  })
  .filter((doc): doc is Assessment => doc !== null)

describe('parseAssessment and repeated ids', { timeout: PROPERTY_TIMEOUT }, () => {
  it('refuses an id something refers to, or makes ids unique with every reference intact', () => {
    fc.assert(
      fc.property(injectedArb, (doc) => {
        const input = structuredClone(doc)
        const ambiguous = entryLists(input).flatMap(([path, entries]) => {
          const refs = new Set(referencesTo(input, path))
          return entries.flatMap((entry, index) =>
            entries.findIndex((e) => e.id === entry.id) < index && refs.has(entry.id)
              ? [{ path: [...path, index, 'id'], id: entry.id }]
              : [],
          )
        })
        const result = parseAssessment(doc)
        if (ambiguous.length) {
          expect(result.ok).toBe(false)
          if (result.ok) return
          expectReadableIssues(result.issues)
          expect(result.issues.map((i) => [i.code, i.path, i.params?.id])).toEqual(
            ambiguous.map((x) => ['duplicate-id', x.path, x.id]),
          )
          for (const issue of result.issues) {
            const [path, index] = [issue.path.slice(0, -2), Number(issue.path.at(-2))]
            const entries = entryLists(input).find(([p]) => samePath(p, path))![1]
            expect(entries[Number(issue.params?.first) - 1]!.id).toBe(entries[index]!.id)
          }
          return
        }
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const parsed = result.assessment
        const before = entryLists(input)
        const after = entryLists(parsed)
        expectEqual(
          after.map(([p]) => p),
          before.map(([p]) => p),
        )
        after.forEach(([path, entries], n) => {
          const old = before[n]![1]
          expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
          // Same entries in the same order; an entry keeps its id if it had it first.
          expectEqual(entries.map(withoutId), old.map(withoutId))
          old.forEach((entry, i) => {
            if (old.findIndex((e) => e.id === entry.id) === i) expect(entries[i]!.id).toBe(entry.id)
          })
          // Every reference reaches the entry it reached before: the first with that id.
          for (const ref of referencesTo(parsed, path))
            expectEqual(
              entries.find((e) => e.id === ref),
              old.find((e) => e.id === ref),
            )
        })
      }),
    )
  })
})
