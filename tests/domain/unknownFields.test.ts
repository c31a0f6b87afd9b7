/**
 * Fields a file has that this version does not know (src/domain/assessment/unknownFields.ts):
 * kept by parseAssessment, written back in place on export, found again by entry id, bounded,
 * and never copied under a key that would change what objects inherit.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  keepUnknownFields,
  keptFieldPath,
  parseAssessment,
  parseAssessmentText,
  withKeptFields,
  type Assessment,
  type UnknownFields,
} from '@/domain'
import { MAX_KEPT_FIELDS } from '@/domain/assessment/keptFields'
import { serializeAssessment } from '@/persistence/fileTransfer'
import { PROPERTY_TIMEOUT, assessmentArb } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >

/** What the import does with a file's text: parse it, then keep what the schema does not know. */
function importText(
  text: string,
): { ok: true; assessment: Assessment; unknown: UnknownFields | null } | { ok: false } {
  const result = parseAssessmentText(text)
  if (!result.ok) return { ok: false }
  return { ok: true, ...keepUnknownFields(JSON.parse(text) as unknown, result.assessment) }
}

function parsed(input: unknown): Assessment {
  const result = importText(JSON.stringify(input))
  if (!result.ok) throw new Error('refused')
  return result.assessment
}

function parsedAgain(doc: Assessment): Assessment {
  const result = parseAssessment(structuredClone(doc))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.assessment
}

describe('unknown fields', () => {
  it('keeps them, says which, and writes them back where they were', () => {
    const input = fixture('v3-brief.iia.json')
    input.budget = { amount: 12, currency: 'EUR' }
    const flag = input.flag as Record<string, unknown>
    flag.committee = 'ITRE'
    const sources = flag.sources as Record<string, unknown>[]
    sources[1]!.archived = 'https://archive.example/1'
    const result = importText(JSON.stringify(input))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.unknown?.kept.map((f) => keptFieldPath(f.path))).toEqual([
      `flag.sources[${String(sources[1]!.id)}].archived`,
      'flag.committee',
      'budget',
    ])
    const out = JSON.parse(serializeAssessment(result.assessment)) as Record<string, unknown>
    // The version-3 file comes out as the current version, which only adds an optional record.
    expect(out).toEqual({ ...input, schemaVersion: CURRENT_SCHEMA_VERSION })
    expect(out).not.toHaveProperty('kept')
  })

  it('follows an entry by its id when the list is reordered, and forgets it when deleted', () => {
    const input = fixture('v3-brief.iia.json')
    const sources = (input.flag as { sources: Record<string, unknown>[] }).sources
    sources[0]!.extra = 'first'
    sources[1]!.extra = 'second'
    const doc = parsed(input)
    const [a, b, ...rest] = doc.flag.sources
    doc.flag.sources = [b!, ...rest] // the first source is deleted
    const out = withKeptFields(doc) as unknown as { flag: { sources: Record<string, unknown>[] } }
    expect(out.flag.sources[0]).toMatchObject({ id: b!.id, extra: 'second' })
    expect(out.flag.sources.some((s) => s.id === a!.id)).toBe(false)
    expect(out.flag.sources.filter((s) => 'extra' in s)).toHaveLength(1)
  })

  it('never writes a key that would change what objects inherit', () => {
    const text = JSON.stringify(fixture('v3-blank.iia.json')).replace(
      '"flag":{',
      '"flag":{"__proto__":{"polluted":true},"constructor":{"x":1},"note":{"__proto__":1},',
    )
    const result = importText(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.unknown?.dropped).toBe(3)
    const out = withKeptFields({
      ...result.assessment,
      kept: [{ path: [{ key: 'flag' }, { key: '__proto__' }], value: { polluted: true } }],
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(out.flag)).toBe(Object.prototype)
  })

  it('keeps at most MAX_KEPT_FIELDS fields and counts the rest as not kept', () => {
    const input = fixture('v3-blank.iia.json')
    for (let i = 0; i < MAX_KEPT_FIELDS + 7; i++) input[`extra${i}`] = i
    const result = importText(JSON.stringify(input))
    expect(result.ok && result.unknown).toMatchObject({ dropped: 7 })
    expect(result.ok && result.assessment.kept).toHaveLength(MAX_KEPT_FIELDS)
    // The document with its kept fields is itself valid, and saving it again keeps them.
    if (result.ok) expect(parsedAgain(result.assessment)).toEqual(result.assessment)
  })

  it('keeps what a version-1 file had beyond version 1', () => {
    const input = fixture('v1-fair-share.iia.json')
    input.reviewedBy = 'Chapter board'
    const doc = parsed(input)
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(JSON.parse(serializeAssessment(doc))).toMatchObject({ reviewedBy: 'Chapter board' })
  })

  it(
    'round-trips extra keys anywhere in any valid document: parse, export, parse',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      const key = fc.constantFrom('x_extra', 'notes2', 'ext', 'Zeta', 'ñandú', 'حقل')
      fc.assert(
        fc.property(
          assessmentArb(),
          fc.nat(),
          key,
          // A value carrying "__proto__" is never kept (tested above); every other is.
          fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).includes('"__proto__"')),
          (doc, at, k, v) => {
            // An extra key on one of the document's objects, picked by position.
            const input = structuredClone(doc) as unknown
            const objects: Record<string, unknown>[] = []
            const collect = (value: unknown) => {
              if (Array.isArray(value)) value.forEach(collect)
              else if (typeof value === 'object' && value !== null) {
                objects.push(value as Record<string, unknown>)
                Object.values(value).forEach(collect)
              }
            }
            collect(input)
            const target = objects[at % objects.length]!
            if (k in target) return
            target[k] = v
            const first = importText(JSON.stringify(input))
            if (!first.ok) return // the extra key made a record key invalid (analysis)
            const text = serializeAssessment(first.assessment)
            expectEqual(JSON.parse(text), JSON.parse(JSON.stringify(input)))
            const second = importText(text)
            expectEqual(second.ok && second.assessment.kept, first.assessment.kept)
            // A saved document (no extra keys, its kept list) reads back unchanged.
            expectEqual(parsedAgain(first.assessment), first.assessment)
          },
        ),
      )
    },
  )
})
