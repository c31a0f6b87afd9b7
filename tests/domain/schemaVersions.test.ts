/**
 * The versioned schema layout (src/domain/assessment/versions): the registry is well formed,
 * every version has a fixture, and the migration loop runs a registered `up`, proved with a
 * test-only version 2 that ships nowhere.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { CURRENT_SCHEMA_VERSION, parseAssessment } from '@/domain'
import { parseVersioned } from '@/domain/assessment/parse'
import { defineVersions, VERSIONS } from '@/domain/assessment/versions'
import { defineVersion } from '@/domain/assessment/versions/defineVersion'
import { AssessmentV1Schema, v1, type AssessmentV1 } from '@/domain/assessment/versions/v1'

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.iia.json'))
const readFixture = (file: string): unknown => JSON.parse(readFileSync(fixturesDir + file, 'utf8'))
const blankV1 = () => readFixture('v1-blank.iia.json') as AssessmentV1

describe('the registry', () => {
  it('numbers the versions 1, 2, … in order, and the last is current', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1))
    expect(VERSIONS.at(-1)?.version).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('gives every version but the first an up, and freezes them all', () => {
    expect(VERSIONS.map((v) => v.up === null)).toEqual(VERSIONS.map((_, i) => i === 0))
    for (const v of VERSIONS) expect(Object.isFrozen(v)).toBe(true)
  })

  it.each(VERSIONS.map((v) => [v.version]))('has a fixture for version %i', (version) => {
    expect(fixtures.filter((f) => f.startsWith(`v${version}-`))).not.toEqual([])
  })

  it.each(fixtures.map((f) => [f]))('reads %s as its own version, current or migrated', (file) => {
    const version = Number(/^v(\d+)-/.exec(file)?.[1])
    const result = parseAssessment(readFixture(file))
    expect(result.ok && result.migratedFrom).toBe(
      version === CURRENT_SCHEMA_VERSION ? null : version,
    )
  })
})

/** A test-only version 2: adds a list of reviewers, empty for documents that predate it. */
const V2Schema = z.extend(AssessmentV1Schema, {
  schemaVersion: z.literal(2),
  reviewers: z.array(z.string().check(z.maxLength(20))),
})
const testV2 = defineVersion({
  version: 2,
  schema: V2Schema,
  up: (previous: AssessmentV1) => ({ ...previous, schemaVersion: 2 as const, reviewers: [] }),
})
const withV2 = defineVersions([v1, testV2])

describe('a registered version 2', () => {
  it('migrates a version-1 document with its up and says where it came from', () => {
    const result = parseVersioned(blankV1(), withV2)
    expect(result).toEqual({
      ok: true,
      assessment: { ...blankV1(), schemaVersion: 2, reviewers: [] },
      migratedFrom: 1,
    })
  })

  it('reads a version-2 document as current', () => {
    const doc = { ...blankV1(), schemaVersion: 2, reviewers: ['Ana'] }
    expect(parseVersioned(doc, withV2)).toEqual({ ok: true, assessment: doc, migratedFrom: null })
  })

  it('checks a version-1 document against version 1 before migrating it', () => {
    const doc = { ...blankV1(), reviewers: 'not checked in version 1', id: 'has spaces' }
    expect(parseVersioned(doc, withV2)).toEqual({
      ok: false,
      issues: [{ path: ['id'], code: 'invalid-id' }],
    })
  })

  it('checks what up produces against version 2', () => {
    const longName = defineVersion({
      version: 2,
      schema: V2Schema,
      up: (previous: AssessmentV1) => ({
        ...previous,
        schemaVersion: 2 as const,
        reviewers: ['x'.repeat(21)],
      }),
    })
    expect(parseVersioned(blankV1(), defineVersions([v1, longName]))).toEqual({
      ok: false,
      issues: [{ path: ['reviewers', 0], code: 'too-long', params: { max: 20 } }],
    })
  })

  it('turns an up that throws into an issue instead of throwing', () => {
    const broken = defineVersion({
      version: 2,
      schema: V2Schema,
      up: (previous: AssessmentV1): z.input<typeof V2Schema> => {
        throw new Error(`bug in up, reading ${previous.id}`)
      },
    })
    expect(parseVersioned(blankV1(), defineVersions([v1, broken]))).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid' }],
    })
  })

  it('refuses version 3 as newer, naming 2 as the newest it reads', () => {
    const doc = { ...blankV1(), schemaVersion: 3 }
    expect(parseVersioned(doc, withV2)).toEqual({
      ok: false,
      issues: [
        { path: ['schemaVersion'], code: 'newer-version', params: { found: 3, supported: 2 } },
      ],
    })
  })

  it('does not type-check an up that reads something other than the version before', () => {
    const misfit = defineVersion({
      version: 2,
      schema: V2Schema,
      up: (previous: { reviewers: string[] }) => ({
        ...blankV1(),
        ...previous,
        schemaVersion: 2 as const,
      }),
    })
    // @ts-expect-error: version 1 documents have no reviewers to read.
    expect(defineVersions([v1, misfit])).toHaveLength(2)
  })
})
