/**
 * Version 2 → version 3 (src/domain/assessment/versions/v3.ts): Arabic becomes a language a
 * document can be written in. Every valid version-2 document opens as a valid version-3 document
 * that lost nothing and gained nothing but its number; a version-2 file that claims Arabic is
 * refused, and a version-3 file in Arabic opens as current.
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, LOCALES, parseAssessment, type Locale } from '@/domain'
import { LOCALES as LOCALES_V1, type Locale as LocaleV1 } from '@/domain/assessment/versions/v1'
import type { AssessmentV2 } from '@/domain/assessment/versions/v3'
import { PROPERTY_TIMEOUT, assessmentV2Arb } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T

/** Checks that a migrated document is the original with its new number, and nothing else. */
function expectLosslessUpgrade(original: AssessmentV2): void {
  const result = parseAssessment(structuredClone(original))
  expect(result.ok ? [] : result.issues).toEqual([])
  if (!result.ok) return
  expect(result.migratedFrom).toBe(2)
  // Version 4 adds only an optional record, so the same document comes out under its number.
  expectEqual(result.assessment, { ...original, schemaVersion: CURRENT_SCHEMA_VERSION })
  // The migrated document is itself current: parsing it again changes nothing.
  expectEqual(parseAssessment(structuredClone(result.assessment)), {
    ok: true,
    assessment: result.assessment,
    migratedFrom: null,
  })
}

describe('version 2 → 3', () => {
  it('adds Arabic to the languages version 1 knew', () => {
    expect(LOCALES).toEqual([...LOCALES_V1, 'ar'])
    expectTypeOf<Locale>().toEqualTypeOf<LocaleV1 | 'ar'>()
    expectTypeOf<LocaleV1>().toEqualTypeOf<'en' | 'fr' | 'es'>()
  })

  it.each(['v2-blank.iia.json', 'v2-brief.iia.json'])('opens %s losing nothing', (name) => {
    expectLosslessUpgrade(fixture<AssessmentV2>(name))
  })

  it('opens a version-1 document through both steps', () => {
    const result = parseAssessment(fixture('v1-fair-share.iia.json'))
    expect(result.ok && [result.migratedFrom, result.assessment.schemaVersion]).toEqual([
      1,
      CURRENT_SCHEMA_VERSION,
    ])
  })

  it('refuses a version-2 document in Arabic: version 2 never allowed it', () => {
    const doc = { ...fixture<AssessmentV2>('v2-blank.iia.json'), locale: 'ar' }
    const result = parseAssessment(doc)
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(['locale'])
  })

  it('opens a version-3 document in Arabic, its Arabic text intact', () => {
    const doc = fixture<{ locale: string; flag: { title: string } }>('v3-arabic.iia.json')
    const result = parseAssessment(structuredClone(doc))
    expect(result.ok && result.migratedFrom).toBe(3)
    expect(result.ok && result.assessment.locale).toBe('ar')
    expect(result.ok && result.assessment.flag.title).toBe(doc.flag.title)
  })

  it('refuses a language no version knows', () => {
    const doc = { ...fixture<object>('v3-arabic.iia.json'), locale: 'he' }
    const result = parseAssessment(doc)
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(['locale'])
  })

  it(
    'opens every valid version-2 document as a valid current document that lost nothing',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(fc.property(assessmentV2Arb(), (doc) => expectLosslessUpgrade(doc)))
    },
  )
})
