/**
 * A round's result (src/domain/workshop/aggregate.ts) for a small room computed by hand: each
 * row's status, the order by disagreement, the outliers' reasons, the room's alpha, and the rows
 * a second round asks about.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CONSENSUS_RULE,
  SCALE_LEVELS,
  aggregate,
  createBallot,
  krippendorffAlpha,
  rowsWithoutConsensus,
  type Ballot,
  type ItemId,
  type RowVote,
} from '@/domain'

const ROWS: ItemId[] = [
  'privacy',
  'integrity',
  'accountability',
  'common-global-identifiers',
  'reliability-resilience-availability',
  'data-confidentiality',
]

const vote = (step: number | 'unclear', reason?: string): RowVote => ({
  rating: step === 'unclear' ? 'unclear' : SCALE_LEVELS[step + 3]!,
  ...(reason ? { reason } : {}),
})

function cast(id: string, ratings: Ballot['ratings'], pseudonym?: string): Ballot {
  return createBallot(
    { workshop: 'k', round: 1, participant: `p${id}`, seq: 0, ratings, pseudonym },
    () => Uint8Array.from(id, (ch) => 'abcdefghijklmnopqrstuvwxyz0123456789'.indexOf(ch)),
  )
}

/*
 * Four participants (steps; "-" skipped):
 *   row               a         b    c    d
 *   privacy           −3        −3   −2   −3         n 4, IQR 1, 100 % negative: consensus
 *   integrity         −2        +2   −2   +2         n 4, IQR 4, 50 % / 50 %: split
 *   accountability    −1         0    0   unclear    n 3, IQR 1, 67 % neutral: leaning
 *   common-global-id   -        +1   +1   +1         n 3, IQR 0, 100 % positive: consensus
 *   reliability…      −3 (why)  −1    0    0         n 4, IQR 3, 50 % neutral: none
 *   data-confident.   unclear    -    -    -         n 0: unrated
 */
const BALLOTS = [
  cast(
    'a',
    {
      privacy: vote(-3),
      integrity: vote(-2, 'weakens signatures'),
      accountability: vote(-1),
      'reliability-resilience-availability': vote(-3, 'single point of failure'),
      'data-confidentiality': vote('unclear'),
    },
    'Amal',
  ),
  cast('b', {
    privacy: vote(-3),
    integrity: vote(2, 'audits improve'),
    accountability: vote(0),
    'common-global-identifiers': vote(1),
    'reliability-resilience-availability': vote(-1),
  }),
  cast('c', {
    privacy: vote(-2),
    integrity: vote(-2),
    accountability: vote(0),
    'common-global-identifiers': vote(1),
    'reliability-resilience-availability': vote(0),
  }),
  cast('d', {
    privacy: vote(-3),
    integrity: vote(2),
    accountability: vote('unclear'),
    'common-global-identifiers': vote(1),
    'reliability-resilience-availability': vote(0),
  }),
]

describe('aggregate', () => {
  const result = aggregate(BALLOTS, DEFAULT_CONSENSUS_RULE, ROWS)

  it('sorts rows by disagreement: wider IQR first, then less agreement; unrated last', () => {
    expect(result.rows.map((r) => [r.rowId, r.consensus.iqr, r.consensus.status])).toEqual([
      ['integrity', 4, 'split'],
      ['reliability-resilience-availability', 3, 'none'],
      ['accountability', 1, 'leaning'], // 2 of 3 agree …
      ['privacy', 1, 'consensus'], // … before 4 of 4
      ['common-global-identifiers', 0, 'consensus'],
      ['data-confidentiality', null, 'unrated'],
    ])
  })

  it('gives each row its figures, the ratings off the scale and the skipped ballots', () => {
    const row = (id: ItemId) => result.rows.find((r) => r.rowId === id)!
    expect(row('privacy').consensus).toMatchObject({ n: 4, median: -3, q1: -3, q3: -2 })
    expect(row('accountability').consensus).toMatchObject({
      n: 3,
      median: 0,
      agreement: { side: 'neutral', count: 2 },
      offScale: { unclear: 1, mixed: 0 },
    })
    expect(row('accountability').skipped).toBe(0)
    expect(row('common-global-identifiers').skipped).toBe(1)
    expect(row('data-confidentiality')).toMatchObject({ skipped: 3, consensus: { n: 0 } })
    expect(result.ballots).toBe(4)
  })

  it('lists the outliers with their reasons, ballots and pseudonyms', () => {
    const reliability = result.rows.find((r) => r.rowId === 'reliability-resilience-availability')!
    expect(reliability.consensus.outliers).toEqual([
      {
        rating: 'strongly-negative',
        reason: 'single point of failure',
        ballotId: 'a',
        pseudonym: 'Amal',
      },
    ])
    // All four integrity ratings are 2 steps from the median 0, listed by ballot id.
    const integrity = result.rows.find((r) => r.rowId === 'integrity')!
    expect(integrity.consensus.outliers.map((o) => [o.ballotId, o.reason])).toEqual([
      ['a', 'weakens signatures'],
      ['b', 'audits improve'],
      ['c', undefined],
      ['d', undefined],
    ])
  })

  it('gives the room’s ordinal alpha over the rows rated by two or more', () => {
    const units = [
      [-3, -3, -2, -3],
      [-2, 2, -2, 2],
      [-1, 0, 0],
      [1, 1, 1],
      [-3, -1, 0, 0],
    ]
    const alpha = krippendorffAlpha(units, 'ordinal')!
    expect(result.room).toEqual({ raters: 4, rows: 5, alpha, reading: 'not-reliable' })
    expect(alpha).toBeLessThan(0.667)
  })

  it('gives the same result whatever order the ballots come in', () => {
    expect(aggregate([...BALLOTS].reverse(), DEFAULT_CONSENSUS_RULE, ROWS)).toEqual(result)
  })

  it('ignores ratings of rows the round does not ask about', () => {
    const two = aggregate(BALLOTS, DEFAULT_CONSENSUS_RULE, ['privacy', 'integrity'])
    expect(two.rows.map((r) => r.rowId)).toEqual(['integrity', 'privacy'])
    expect(two.room).toMatchObject({ alpha: null, reason: 'too-few-rows' })
  })

  it('has no alpha for fewer than three ballots', () => {
    expect(aggregate(BALLOTS.slice(0, 2), DEFAULT_CONSENSUS_RULE, ROWS).room).toMatchObject({
      raters: 2,
      alpha: null,
      reason: 'too-few-raters',
    })
  })
})

describe('rowsWithoutConsensus', () => {
  it('gives every row without consensus, unrated included, in the order of the round', () => {
    const result = aggregate(BALLOTS, DEFAULT_CONSENSUS_RULE, ROWS)
    expect(rowsWithoutConsensus(result, ROWS)).toEqual([
      'integrity',
      'accountability',
      'reliability-resilience-availability',
      'data-confidentiality',
    ])
  })
})
