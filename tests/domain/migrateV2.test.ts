/**
 * Version 1 → version 2 (src/domain/assessment/versions/v2.ts), the first real migration: every
 * valid version-1 document opens as a valid version-2 document and loses nothing. What version 1
 * said stays where it was, its authors move into the publication facts, and what version 2 adds
 * starts empty (the report keeps printing everything, as version 1 did). Later versions have
 * their own tests: this one reads through the registry as it stood when version 2 was current.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ITEM_IDS } from '@/domain'
import { parseVersioned } from '@/domain/assessment/parse'
import { defineVersions } from '@/domain/assessment/versions'
import { v1 as version1, type AssessmentV1 } from '@/domain/assessment/versions/v1'
import { v2 } from '@/domain/assessment/versions/v2'
import type { AssessmentV2 } from '@/domain/assessment/versions/v3'
import { PROPERTY_TIMEOUT, assessmentV1Arb } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

/** The registry as it stood when version 2 was current: this file tests that one step. */
const UP_TO_V2 = defineVersions([version1, v2])
const parseAssessment = (input: unknown) => parseVersioned(input, UP_TO_V2)

const fixture = (name: string): AssessmentV1 =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as AssessmentV1

/** The version-1 content of a version-2 document, put back the way version 1 kept it. */
function asVersion1(doc: AssessmentV2): AssessmentV1 {
  const back: Record<string, unknown> = structuredClone(doc)
  const without = (value: object, key: string) =>
    Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))
  for (const key of ['publication', 'brief', 'report']) delete back[key]
  back.schemaVersion = 1
  const v1Keys = Object.keys(back)
  back.authors = doc.publication.authors.map((a) => a.name)
  back.flag = { ...doc.flag, dates: without(doc.flag.dates, 'inForce') }
  back.analysis = Object.fromEntries(ITEM_IDS.map((id) => [id, without(doc.analysis[id], 'mixed')]))
  return Object.fromEntries([...v1Keys, 'authors'].map((k) => [k, back[k]])) as AssessmentV1
}

/** Checks that a migrated document kept everything of the original and added only blanks. */
function expectLosslessUpgrade(original: AssessmentV1): void {
  const result = parseAssessment(structuredClone(original))
  expect(result.ok ? [] : result.issues).toEqual([])
  if (!result.ok) return
  const doc = result.assessment
  expect(result.migratedFrom).toBe(1)
  expect(doc.schemaVersion).toBe(2)
  expectEqual(asVersion1(doc), original)
  expect(doc.publication.authors.map((a) => a.name)).toEqual(original.authors)
  expect(new Set(doc.publication.authors.map((a) => a.id)).size).toBe(original.authors.length)
  expect(doc.publication).toMatchObject({ contributors: [], version: '', published: '' })
  expectEqual(doc.report, { profile: 'complete', hiddenSections: [] })
  expect(Object.values(doc.brief.goalConclusions).every((t) => t === '')).toBe(true)
  expect(doc.flag.dates.inForce).toBe('')
  // The migrated document is itself current: parsing it again changes nothing.
  expectEqual(parseAssessment(structuredClone(doc)), {
    ok: true,
    assessment: doc,
    migratedFrom: null,
  })
}

describe('version 1 → 2', () => {
  it.each(['v1-blank.iia.json', 'v1-fair-share.iia.json'])('opens %s losing nothing', (name) => {
    expectLosslessUpgrade(fixture(name))
  })

  it('keeps named authors, in order, as authors without affiliation', () => {
    const doc = { ...fixture('v1-blank.iia.json'), authors: ['Ana', 'Ana', 'محمد'] }
    const result = parseAssessment(doc)
    expect(result.ok && result.assessment.publication.authors).toEqual([
      { id: 'author-1', name: 'Ana', affiliation: '' },
      { id: 'author-2', name: 'Ana', affiliation: '' },
      { id: 'author-3', name: 'محمد', affiliation: '' },
    ])
  })

  it('keeps the choices version 1 made: kind, stage, tactic and ally kinds', () => {
    const v1 = fixture('v1-fair-share.iia.json')
    const result = parseAssessment(structuredClone(v1))
    if (!result.ok) throw new Error('fixture must parse')
    expect(result.assessment.flag.kind).toBe(v1.flag.kind)
    expect(result.assessment.flag.stage).toBe(v1.flag.stage)
    expect(result.assessment.strategy.tactics.map((t) => t.kind)).toEqual(
      v1.strategy.tactics.map((t) => t.kind),
    )
  })

  it('refuses what version 1 never allowed, before migrating', () => {
    const doc = { ...fixture('v1-blank.iia.json') } as Record<string, unknown>
    doc.flag = { ...(doc.flag as object), kind: null }
    const result = parseAssessment(doc)
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(['flag.kind'])
  })

  it(
    'opens every valid version-1 document as a valid version-2 document that lost nothing',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(fc.property(assessmentV1Arb(), (doc) => expectLosslessUpgrade(doc)))
    },
  )
})
