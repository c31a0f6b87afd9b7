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

/** An analysis where every row is rated `rest`, except the given overrides. */
function analysis(overrides: Partial<Record<ItemId, Impact>>, rest: Impact = 'none') {
  const doc = createAssessment({ id: 'a1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  for (const id of ITEM_IDS) doc.analysis[id].impact = overrides[id] ?? rest
  return doc.analysis
}

const P1 = 'accessible-infrastructure-common-protocol'
const P2 = 'decentralized-management-distributed-routing'
const E1 = 'easy-unrestricted-access'
const E2 = 'privacy'

describe('decideVerdict', () => {
  it.each<{
    name: string
    overrides: Partial<Record<ItemId, Impact>>
    rest?: Impact
    verdict: string
    because: ItemId[]
    provisional: boolean
  }>([
    {
      name: 'a property rated strongly negative threatens the foundation',
      overrides: { [P1]: 'strongly-negative' },
      verdict: 'threatens-foundation',
      because: [P1],
      provisional: false,
    },
    {
      name: 'a property rated negative threatens the foundation',
      overrides: { [P2]: 'negative' },
      verdict: 'threatens-foundation',
      because: [P2],
      provisional: false,
    },
    {
      name: 'a property rated slightly negative weakens',
      overrides: { [P1]: 'slightly-negative' },
      verdict: 'weakens',
      because: [P1],
      provisional: false,
    },
    {
      name: 'an enabler rated negative weakens',
      overrides: { [E1]: 'negative' },
      verdict: 'weakens',
      because: [E1],
      provisional: false,
    },
    {
      name: 'an enabler rated strongly negative weakens (never threatens the foundation)',
      overrides: { [E2]: 'strongly-negative' },
      verdict: 'weakens',
      because: [E2],
      provisional: false,
    },
    {
      name: 'an enabler rated slightly negative is a minor concern',
      overrides: { [E1]: 'slightly-negative' },
      verdict: 'minor-concerns',
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
      verdict: 'minor-concerns',
      because: [E1],
      provisional: true,
    },
    {
      name: 'a row not yet assessed makes the verdict provisional',
      overrides: { [P1]: 'negative', [E2]: 'not-assessed' },
      verdict: 'threatens-foundation',
      because: [P1],
      provisional: true,
    },
    {
      name: 'the deciding items are listed worst first',
      overrides: { [P1]: 'negative', [P2]: 'strongly-negative' },
      verdict: 'threatens-foundation',
      because: [P2, P1],
      provisional: false,
    },
  ])('$name', ({ overrides, rest, verdict, because, provisional }) => {
    const result = decideVerdict(analysis(overrides, rest))
    expect(result.verdict).toBe(verdict)
    expect(result.because.map((b) => b.id)).toEqual(because)
    expect(result.provisional).toBe(provisional)
  })

  it('separates what decides from what is also harmed and what is supported (mixed)', () => {
    const result = decideVerdict(
      analysis({
        [P1]: 'strongly-negative',
        [E1]: 'negative',
        [E2]: 'slightly-negative',
        'available-capacity': 'positive',
        integrity: 'unclear',
        accountability: 'not-assessed',
      }),
    )
    expect(result.verdict).toBe('threatens-foundation')
    expect(result.because).toEqual([{ id: P1, impact: 'strongly-negative' }])
    expect(result.alsoHarmed).toEqual([
      { id: E1, impact: 'negative' },
      { id: E2, impact: 'slightly-negative' },
    ])
    expect(result.supports).toEqual([{ id: 'available-capacity', impact: 'positive' }])
    expect(result.unclear).toEqual(['integrity'])
    expect(result.notAssessed).toEqual(['accountability'])
    expect(result.provisional).toBe(true)
  })

  it('weakens when a slightly negative property and a negative enabler both match', () => {
    const result = decideVerdict(analysis({ [P1]: 'slightly-negative', [E1]: 'negative' }))
    expect(result.verdict).toBe('weakens')
    expect(result.because.map((b) => b.id)).toEqual([E1, P1])
    expect(result.alsoHarmed).toEqual([])
  })

  it('lists everything as not assessed in a blank document', () => {
    const result = decideVerdict(analysis({}, 'not-assessed'))
    expect(result.notAssessed).toEqual([...ITEM_IDS])
    expect(result.unclear).toEqual([])
  })

  it('reads its rules from data', () => {
    const strict: VerdictRule[] = [
      { verdict: 'threatens-foundation', anyOf: [{ scope: 'enabler', min: -3, max: -1 }] },
    ]
    expect(decideVerdict(analysis({ [E1]: 'slightly-negative' }), strict).verdict).toBe(
      'threatens-foundation',
    )
    expect(decideVerdict(analysis({}), strict).verdict).toBe('not-assessed')
  })
})

describe('summarizeGroups', () => {
  it('gives the worst rating and the signed mean of rated rows, per group', () => {
    const a: Assessment['analysis'] = analysis(
      {
        [P1]: 'strongly-negative',
        'open-architecture-building-blocks': 'negative',
        [P2]: 'none',
        'common-global-identifiers': 'unclear',
        'technology-neutral-general-purpose': 'not-assessed',
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
      worst: -3,
      worstLevel: 'strongly-negative',
      mean: -1.67,
      meanLevel: 'negative',
      rated: 3,
      open: 2,
      total: 5,
    })
    expect(groups[3]).toMatchObject({
      group: 'secure',
      worst: -1,
      worstLevel: 'slightly-negative',
      mean: 0.67,
      meanLevel: 'slightly-positive',
      rated: 3,
      open: 0,
      total: 3,
    })
  })

  it('has no numbers for a group with nothing rated', () => {
    const open = summarizeGroups(analysis({ [E1]: 'unclear' }, 'not-assessed'))[1]
    expect(open).toMatchObject({
      group: 'open',
      worst: null,
      worstLevel: null,
      mean: null,
      meanLevel: null,
      rated: 0,
      open: 3,
    })
  })
})
