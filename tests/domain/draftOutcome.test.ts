import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  decideDraftOutcome,
  type DraftOutcome,
  type Impact,
  type ItemId,
} from '@/domain'

function analysisWith(ratings: Partial<Record<ItemId, Impact>>) {
  const doc = createAssessment({ id: 'doc-1', now: new Date('2026-03-04T10:00:00Z'), locale: 'en' })
  for (const [id, impact] of Object.entries(ratings)) doc.analysis[id as ItemId].impact = impact
  return doc.analysis
}

describe('decideDraftOutcome', () => {
  it.each<[string, Partial<Record<ItemId, Impact>>, number, DraftOutcome]>([
    ['drafted, with the count', { privacy: 'negative' }, 2, { kind: 'drafted', count: 2 }],
    ['drafted, whatever the ratings say', {}, 1, { kind: 'drafted', count: 1 }],
    [
      'all covered when a negative finding exists',
      { privacy: 'negative' },
      0,
      { kind: 'all-covered' },
    ],
    [
      'all covered for a slightly negative finding',
      { integrity: 'slightly-negative' },
      0,
      { kind: 'all-covered' },
    ],
    ['no negative finding on a blank analysis', {}, 0, { kind: 'no-negative' }],
    [
      'no negative finding when nothing is harmed',
      { privacy: 'positive', integrity: 'none', accountability: 'unclear' },
      0,
      { kind: 'no-negative' },
    ],
  ])('%s', (_, ratings, drafted, outcome) => {
    expect(decideDraftOutcome(analysisWith(ratings), drafted)).toStrictEqual(outcome)
  })
})
