import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  decideVerdict,
  ITEM_IDS,
  summarizeGroups,
  type Assessment,
  type Impact,
  type ItemId,
  type VerdictRule,
} from '@/domain'

type Rating =
  | Impact
  | {
      harm: 'strongly-negative' | 'negative' | 'slightly-negative'
      benefit: 'slightly-positive' | 'positive' | 'strongly-positive'
    }

/** An analysis where every row is rated `rest`, except the given overrides (mixed as {harm, benefit}). */
function analysis(overrides: Partial<Record<ItemId, Rating>>, rest: Impact = 'none') {
  const doc = createAssessment({ id: 'a1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  for (const id of ITEM_IDS) {
    const rating = overrides[id] ?? rest
    const row = doc.analysis[id]
    if (typeof rating === 'string') row.impact = rating
    else {
      row.impact = 'mixed'
      row.mixed = { ...row.mixed, harm: rating.harm, benefit: rating.benefit }
    }
  }
  return doc.analysis
}

const P1 = 'accessible-infrastructure-common-protocol'
const P2 = 'decentralized-management-distributed-routing'
const E1 = 'easy-unrestricted-access'
const E2 = 'privacy'

describe('decideVerdict', () => {
  it.each<{
    name: string
    overrides: Partial<Record<ItemId, Rating>>
    rest?: Impact
    verdict: string
    because: ItemId[]
    provisional: boolean
  }>([
    {
      name: 'a property rated strongly negative seriously undermines',
      overrides: { [P1]: 'strongly-negative' },
      verdict: 'seriously-undermines',
      because: [P1],
      provisional: false,
    },
    {
      name: 'a property rated negative seriously undermines',
      overrides: { [P2]: 'negative' },
      verdict: 'seriously-undermines',
      because: [P2],
      provisional: false,
    },
    {
      name: 'a property rated slightly negative still undermines the foundation',
      overrides: { [P1]: 'slightly-negative' },
      verdict: 'undermines',
      because: [P1],
      provisional: false,
    },
    {
      name: 'a slightly harmed property outweighs a strongly harmed enabler',
      overrides: { [P1]: 'slightly-negative', [E2]: 'strongly-negative' },
      verdict: 'undermines',
      because: [P1],
      provisional: false,
    },
    {
      name: 'a mixed property counts with its harm',
      overrides: { [P2]: { harm: 'negative', benefit: 'strongly-positive' } },
      verdict: 'seriously-undermines',
      because: [P2],
      provisional: false,
    },
    {
      name: 'an enabler rated strongly negative seriously harms',
      overrides: { [E2]: 'strongly-negative' },
      verdict: 'seriously-harms',
      because: [E2],
      provisional: false,
    },
    {
      name: 'an enabler rated slightly negative harms',
      overrides: { [E1]: 'slightly-negative' },
      verdict: 'harms',
      because: [E1],
      provisional: false,
    },
    {
      name: 'a mixed enabler harms, whatever its benefit',
      overrides: { [E1]: { harm: 'slightly-negative', benefit: 'strongly-positive' } },
      verdict: 'harms',
      because: [E1],
      provisional: false,
    },
    {
      name: 'positives only support the Internet, best first',
      overrides: { [E1]: 'positive', [P1]: 'strongly-positive' },
      verdict: 'supports',
      because: [P1, E1],
      provisional: false,
    },
    {
      name: 'all rows without impact mean no significant impact',
      overrides: {},
      verdict: 'no-significant-impact',
      because: [...ITEM_IDS],
      provisional: false,
    },
    {
      name: 'rows not discussed never make the verdict provisional',
      overrides: { [P1]: 'negative' },
      rest: 'not-discussed',
      verdict: 'seriously-undermines',
      because: [P1],
      provisional: false,
    },
    {
      name: 'nothing rated yet gives no verdict',
      overrides: {},
      rest: 'not-assessed',
      verdict: 'not-assessed',
      because: [],
      provisional: true,
    },
    {
      name: 'an unclear row makes the verdict provisional',
      overrides: { [E1]: 'slightly-negative', [E2]: 'unclear' },
      verdict: 'harms',
      because: [E1],
      provisional: true,
    },
    {
      name: 'a row not yet assessed makes the verdict provisional',
      overrides: { [P1]: 'negative', [E2]: 'not-assessed' },
      verdict: 'seriously-undermines',
      because: [P1],
      provisional: true,
    },
    {
      name: 'the deciding items are listed worst first',
      overrides: { [P1]: 'negative', [P2]: 'strongly-negative' },
      verdict: 'seriously-undermines',
      because: [P2, P1],
      provisional: false,
    },
  ])('$name', ({ overrides, rest, verdict, because, provisional }) => {
    const result = decideVerdict(analysis(overrides, rest))
    expect(result.verdict).toBe(verdict)
    expect(result.because.map((b) => b.id)).toEqual(because)
    expect(result.provisional).toBe(provisional)
  })

  it('lists the properties undermined, the goals harmed and what helps', () => {
    const result = decideVerdict(
      analysis({
        [P1]: 'slightly-negative',
        [P2]: { harm: 'strongly-negative', benefit: 'positive' },
        [E1]: 'negative',
        [E2]: 'slightly-negative',
        'available-capacity': 'positive',
        integrity: 'unclear',
        accountability: 'not-assessed',
        'data-confidentiality': 'not-discussed',
      }),
    )
    expect(result.verdict).toBe('seriously-undermines')
    expect(result.harmedProperties.map((r) => [r.id, r.level, r.benefit])).toEqual([
      [P2, 'strongly-negative', 'positive'],
      [P1, 'slightly-negative', null],
    ])
    expect(result.harmedGoals.map((g) => [g.goal, g.items.map((r) => r.id)])).toEqual([
      ['open', [E1]],
      ['trustworthy', [E2]],
    ])
    expect(result.helped.map((r) => r.id)).toEqual(['available-capacity'])
    expect(result.unclear).toEqual(['integrity'])
    expect(result.notAssessed).toEqual(['accountability'])
    expect(result.notDiscussed).toEqual(['data-confidentiality'])
    expect(result.provisional).toBe(true)
  })

  it('reads its rules from data', () => {
    const strict: VerdictRule[] = [
      { verdict: 'seriously-harms', anyOf: [{ scope: 'enabler', min: -3, max: -1 }] },
    ]
    expect(decideVerdict(analysis({ [E1]: 'slightly-negative' }), strict).verdict).toBe(
      'seriously-harms',
    )
    expect(decideVerdict(analysis({}), strict).verdict).toBe('not-assessed')
  })
})

describe('summarizeGroups', () => {
  it('counts the rows in each state and gives the worst rating, never a mean', () => {
    const a: Assessment['analysis'] = analysis(
      {
        [P1]: 'strongly-negative',
        'open-architecture-building-blocks': { harm: 'slightly-negative', benefit: 'positive' },
        [P2]: 'none',
        'common-global-identifiers': 'unclear',
        'technology-neutral-general-purpose': 'not-discussed',
        'data-confidentiality': 'positive',
        integrity: 'slightly-positive',
        'reliability-resilience-availability': 'slightly-negative',
      },
      'not-assessed',
    )
    const groups = summarizeGroups(a)
    expect(groups.map((g) => g.group)).toEqual([
      'properties',
      'open',
      'globally-connected',
      'secure',
      'trustworthy',
    ])
    expect(groups[0]).toEqual({
      group: 'properties',
      counts: { harmed: 2, mixed: 1, none: 1, helped: 0, notDiscussed: 1, open: 1 },
      worst: -3,
      worstLevel: 'strongly-negative',
      best: 2,
      bestLevel: 'positive',
      rated: 3,
      total: 5,
    })
    expect(groups[3]).toMatchObject({
      group: 'secure',
      counts: { harmed: 1, mixed: 0, none: 0, helped: 2, notDiscussed: 0, open: 0 },
      worst: -1,
      worstLevel: 'slightly-negative',
      best: 2,
    })
  })

  it.each<{ name: string; ratings: Rating[]; worst: number | null }>([
    {
      name: 'one strong harm among no-impact rows',
      ratings: ['strongly-negative', 'none', 'none'],
      worst: -3,
    },
    {
      name: 'a harm among helps',
      ratings: ['slightly-negative', 'strongly-positive', 'positive'],
      worst: -1,
    },
    {
      name: 'a mixed row with a strong benefit',
      ratings: [{ harm: 'negative', benefit: 'strongly-positive' }, 'none', 'none'],
      worst: -2,
    },
    {
      name: 'only rows not discussed',
      ratings: ['not-discussed', 'not-discussed', 'not-discussed'],
      worst: null,
    },
  ])('is never milder than its worst row: $name', ({ ratings, worst }) => {
    const ids = [
      'easy-unrestricted-access',
      'unrestricted-use-deployment',
      'collaborative-development-governance',
    ] as const
    const open = summarizeGroups(
      analysis(Object.fromEntries(ids.map((id, i) => [id, ratings[i] ?? 'none']))),
    )[1]
    expect(open?.worst).toBe(worst)
  })
})
