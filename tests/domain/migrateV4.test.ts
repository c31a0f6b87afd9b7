/**
 * Version 3 → version 4 (src/domain/assessment/versions/v4.ts): an optional workshop record.
 * Every valid version-3 document opens as a valid version-4 document that lost nothing and gained
 * nothing but its number.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, parseAssessment } from '@/domain'
import { PROPERTY_TIMEOUT, assessmentV3Arb } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

describe('version 3 → 4', () => {
  it('is the current version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(4)
  })

  it(
    'opens every valid version-3 document as a valid version-4 document that lost nothing',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(assessmentV3Arb(), (doc) => {
          const result = parseAssessment(structuredClone(doc))
          expect(result.ok ? [] : result.issues).toEqual([])
          if (!result.ok) return
          expect(result.migratedFrom).toBe(3)
          expectEqual(result.assessment, { ...doc, schemaVersion: 4 })
        }),
      )
    },
  )
})
