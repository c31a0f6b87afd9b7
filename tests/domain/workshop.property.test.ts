/**
 * Property tests of the workshop core (issue 11, "Done when": merging ballots in any order gives
 * the same result): `mergeBallots` keeps the same ballots whatever the order of the incoming ones
 * and however they are split into batches; parsing never throws on anything; a round's statistics
 * keep their invariants on any room.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BALLOT_FORMAT,
  BALLOT_VERSION,
  DEFAULT_CONSENSUS_RULE,
  WORKSHOP_RATINGS,
  aggregate,
  mergeBallots,
  parseBallot,
  parseBallotText,
  stepOf,
  type Ballot,
  type BallotRefusal,
  type ItemId,
  type MergeResult,
  type ParseIssue,
  type Workshop,
} from '@/domain'
import { PROPERTY_TIMEOUT, expectReadableIssues } from '../fixtures/arbitraries'
import { expectEqual } from '../setup/equal'

const ROUND_1: ItemId[] = ['privacy', 'integrity', 'accountability', 'available-capacity']
const WORKSHOP: Workshop = { key: 'room', rounds: [ROUND_1, ['privacy', 'integrity']] }

/** A row vote: any answer, now and then a reason. */
const voteArb = fc.record(
  {
    rating: fc.constantFrom(...WORKSHOP_RATINGS),
    reason: fc.constantFrom('', 'why', 'because it blocks'),
  },
  { requiredKeys: ['rating'] },
)

/**
 * Ballots drawn from small pools of keys, participants, ids and sequence numbers, so that
 * duplicates, resent ballots, tampered copies (one id, two contents), other workshops, unknown
 * rounds and unknown rows all come up often.
 */
const ballotArb: fc.Arbitrary<Ballot> = fc.record(
  {
    format: fc.constant(BALLOT_FORMAT),
    version: fc.constant(BALLOT_VERSION),
    workshop: fc.constantFrom('room', 'room', 'room', 'other-room'),
    round: fc.constantFrom(1, 1, 2, 3),
    participant: fc.constantFrom('p1', 'p2', 'p3'),
    seq: fc.integer({ min: 0, max: 2 }),
    id: fc.constantFrom('i1', 'i2', 'i3', 'i4'),
    pseudonym: fc.constantFrom('Amal', 'Bo'),
    ratings: fc.dictionary(
      fc.constantFrom<string>(...ROUND_1, ...ROUND_1, 'privacy', 'common-global-identifiers'),
      voteArb,
      { maxKeys: 4 },
    ),
  },
  {
    requiredKeys: ['format', 'version', 'workshop', 'round', 'participant', 'seq', 'id', 'ratings'],
  },
)

/** What arrives: ballots, exact copies of some of them, and now and then something else. */
const incomingArb: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.array(ballotArb, { maxLength: 14 }),
    fc.array(fc.nat(), { maxLength: 4 }),
    fc.array(
      fc.oneof(
        fc.jsonValue(),
        ballotArb.map((b) => ({ ...b, version: BALLOT_VERSION + 1 })),
        ballotArb.map((b) => ({ ...b, ratings: { privacy: { rating: 'terrible' } } })),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([ballots, copies, others]) => [
    ...ballots,
    ...(ballots.length ? copies.map((i) => structuredClone(ballots[i % ballots.length]!)) : []),
    ...others,
  ])

/** A permutation of `items`. */
const shuffledArb = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })

/** `items` cut into consecutive batches at the given points. */
function batches<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const at = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b)
  const out: T[][] = []
  let from = 0
  for (const c of [...at, items.length]) {
    out.push(items.slice(from, c))
    from = c
  }
  return out
}

/** Each refusal as the incoming value it refused and why, sorted: a multiset to compare. */
const refusedInputs = (incoming: readonly unknown[], result: MergeResult) =>
  result.refused.map((r) => `${r.reason} ${JSON.stringify(incoming[r.index!])}`).sort()

const isFitReason = (r: BallotRefusal) => r.reason !== 'duplicate' && r.reason !== 'superseded'

describe('mergeBallots, whatever the order', { timeout: PROPERTY_TIMEOUT }, () => {
  it('keeps the same ballots and refuses the same values, for the same reasons, in any order', () => {
    fc.assert(
      fc.property(
        incomingArb.chain((incoming) => fc.tuple(fc.constant(incoming), shuffledArb(incoming))),
        ([incoming, shuffled]) => {
          const one = mergeBallots([], incoming, WORKSHOP)
          const other = mergeBallots([], shuffled, WORKSHOP)
          expectEqual(other.accepted, one.accepted)
          expectEqual(refusedInputs(shuffled, other), refusedInputs(incoming, one))
        },
      ),
    )
  })

  it('keeps the same ballots however the incoming ones are split into successive merges', () => {
    fc.assert(
      fc.property(
        incomingArb.chain((incoming) =>
          fc.tuple(
            fc.constant(incoming),
            shuffledArb(incoming),
            fc.array(fc.nat(), { maxLength: 5 }),
          ),
        ),
        ([incoming, shuffled, cuts]) => {
          const atOnce = mergeBallots([], incoming, WORKSHOP)
          let kept: Ballot[] = []
          const fitRefusals: string[] = []
          for (const batch of batches(shuffled, cuts)) {
            const result = mergeBallots(kept, batch, WORKSHOP)
            // Every value that came in, and every ballot no longer kept, is accounted for once.
            expect(result.accepted.length + result.refused.length).toBe(kept.length + batch.length)
            fitRefusals.push(
              ...result.refused
                .filter(isFitReason)
                .map((r) => `${r.reason} ${JSON.stringify(batch[r.index!])}`),
            )
            kept = result.accepted
          }
          expectEqual(kept, atOnce.accepted)
          expectEqual(
            fitRefusals.sort(),
            atOnce.refused
              .filter(isFitReason)
              .map((r) => `${r.reason} ${JSON.stringify(incoming[r.index!])}`)
              .sort(),
          )
        },
      ),
    )
  })

  it('keeps at most one ballot per participant and round, each one fitting the workshop', () => {
    fc.assert(
      fc.property(incomingArb, (incoming) => {
        const { accepted, refused } = mergeBallots([], incoming, WORKSHOP)
        const slots = accepted.map((b) => `${b.round} ${b.participant}`)
        expect(new Set(slots).size).toBe(slots.length)
        for (const b of accepted) {
          expect(b.workshop).toBe(WORKSHOP.key)
          const rows = WORKSHOP.rounds[b.round - 1] as readonly string[]
          expect(Object.keys(b.ratings).every((r) => rows.includes(r))).toBe(true)
        }
        expect(accepted.length + refused.length).toBe(incoming.length)
      }),
    )
  })

  it('is idempotent: merging the kept ballots again changes nothing and refuses each as a duplicate', () => {
    fc.assert(
      fc.property(incomingArb, (incoming) => {
        const { accepted } = mergeBallots([], incoming, WORKSHOP)
        const again = mergeBallots(accepted, structuredClone(accepted), WORKSHOP)
        expectEqual(again.accepted, accepted)
        expect(again.refused.every((r) => r.reason === 'duplicate' && r.index !== null)).toBe(true)
        expect(again.refused).toHaveLength(accepted.length)
      }),
    )
  })

  it('leaves the kept ballots unchanged when only bad input comes in', () => {
    fc.assert(
      fc.property(incomingArb, fc.array(fc.jsonValue(), { maxLength: 5 }), (incoming, junk) => {
        const { accepted } = mergeBallots([], incoming, WORKSHOP)
        const bad = [
          ...junk,
          ...accepted.map((b) => ({ ...b, workshop: 'other-room' })),
          ...accepted.map((b) => ({ ...b, round: 9 })),
        ]
        expectEqual(mergeBallots(accepted, bad, WORKSHOP).accepted, accepted)
      }),
    )
  })
})

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
})

/**
 * The issues read as sentences. A row's key is the sender's own text and is quoted as given
 * (it may well be "undefined"), so the check reads the message with a plain key in its place.
 */
const expectReadableBallotIssues = (issues: readonly ParseIssue[]) =>
  expectReadableIssues(
    issues.map((i) =>
      i.path[0] === 'ratings' && i.path.length > 1
        ? { ...i, path: ['ratings', 'a-row', ...i.path.slice(2)] }
        : i,
    ),
  )

describe('parsing ballots never throws', { timeout: PROPERTY_TIMEOUT }, () => {
  it('refuses anything that is not a ballot, with issues that read as sentences', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const result = parseBallot(value)
        expect(result.ok).toBe(false)
        if (!result.ok) expectReadableIssues(result.issues)
      }),
    )
  })

  it('on a ballot with any one field replaced by anything', () => {
    fc.assert(
      fc.property(
        ballotArb,
        fc.constantFrom(
          'workshop',
          'round',
          'participant',
          'seq',
          'id',
          'pseudonym',
          'ratings',
          'version',
        ),
        anything,
        (ballot, key, value) => {
          const result = parseBallot({ ...ballot, [key]: value })
          if (!result.ok) expectReadableBallotIssues(result.issues)
        },
      ),
    )
  })

  it('on a ballot with any row replaced by anything', () => {
    fc.assert(
      fc.property(ballotArb, fc.string({ maxLength: 70 }), anything, (ballot, row, value) => {
        const result = parseBallot({ ...ballot, ratings: { ...ballot.ratings, [row]: value } })
        if (!result.ok) expectReadableBallotIssues(result.issues)
      }),
    )
  })

  it('on any text, and on any cut of a ballot’s text (a truncated code)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(parseBallotText(text).ok).toBe(false)
      }),
    )
    fc.assert(
      fc.property(ballotArb, fc.nat(), (ballot, cut) => {
        const text = JSON.stringify(ballot)
        const result = parseBallotText(text.slice(0, cut % text.length))
        expect(result).toMatchObject({ ok: false, reason: 'not-a-ballot' })
      }),
    )
  })

  it('and merging anything refuses each value once', () => {
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 6 }), (values) => {
        const { accepted, refused } = mergeBallots([], values, WORKSHOP)
        expect(accepted).toEqual([])
        expect(refused.map((r) => r.index)).toEqual(values.map((_, i) => i))
      }),
    )
  })
})

/** A round's ballots: one per participant, all fitting round 1. */
const roomArb = fc
  .array(fc.dictionary(fc.constantFrom<string>(...ROUND_1), voteArb, { maxKeys: ROUND_1.length }), {
    maxLength: 25,
  })
  .map((all) =>
    all.map((ratings, i): Ballot => ({
      format: BALLOT_FORMAT,
      version: BALLOT_VERSION,
      workshop: WORKSHOP.key,
      round: 1,
      participant: `p${i}`,
      seq: 0,
      id: `b${i}`,
      ratings,
    })),
  )

describe('aggregate, on any room', { timeout: PROPERTY_TIMEOUT }, () => {
  it('keeps every row’s figures within their bounds', () => {
    fc.assert(
      fc.property(roomArb, (ballots) => {
        const result = aggregate(ballots, DEFAULT_CONSENSUS_RULE, ROUND_1)
        expect(result.rows.map((r) => r.rowId).sort()).toEqual([...ROUND_1].sort())
        for (const { rowId, consensus: c, skipped } of result.rows) {
          const steps = ballots.flatMap((b) => {
            const vote = b.ratings[rowId]
            const step = vote ? stepOf(vote.rating) : null
            return step === null ? [] : [step]
          })
          expect(c.n).toBe(steps.length)
          expect(c.n + c.offScale.mixed + c.offScale.unclear + skipped).toBe(ballots.length)
          expect(Object.values(c.distribution).reduce((a, b) => a + b, 0)).toBe(c.n)
          if (c.n === 0) {
            expect(c.status).toBe('unrated')
            continue
          }
          const min = Math.min(...steps)
          const max = Math.max(...steps)
          expect(c.median!).toBeGreaterThanOrEqual(min)
          expect(c.median!).toBeLessThanOrEqual(max)
          expect(c.q1!).toBeLessThanOrEqual(c.median!)
          expect(c.median!).toBeLessThanOrEqual(c.q3!)
          expect(Number.isInteger(c.iqr)).toBe(true)
          expect(c.iqr!).toBeGreaterThanOrEqual(0)
          expect(c.iqr!).toBeLessThanOrEqual(max - min)
          for (const s of [c.agreement!.share, c.nearMedian!.share]) {
            expect(s).toBeGreaterThanOrEqual(0)
            expect(s).toBeLessThanOrEqual(1)
          }
          // Three sides: the modal one holds at least a third.
          expect(c.agreement!.share).toBeGreaterThanOrEqual(1 / 3)
          for (const o of c.outliers)
            expect(Math.abs(stepOf(o.rating)! - c.median!)).toBeGreaterThanOrEqual(2)
          // With a quarter on each side, Q1 is negative and Q3 positive.
          if (c.split) expect(c.iqr!).toBeGreaterThanOrEqual(2)
        }
        if (result.room.alpha !== null) expect(result.room.alpha).toBeLessThanOrEqual(1 + 1e-12)
      }),
    )
  })

  it('gives the same result for the same ballots in any order', () => {
    fc.assert(
      fc.property(
        roomArb.chain((ballots) => fc.tuple(fc.constant(ballots), shuffledArb(ballots))),
        ([ballots, shuffled]) => {
          expectEqual(
            aggregate(shuffled, DEFAULT_CONSENSUS_RULE, ROUND_1),
            aggregate(ballots, DEFAULT_CONSENSUS_RULE, ROUND_1),
          )
        },
      ),
    )
  })

  it('mirrors every row when every rating is read the other way (harm for help)', () => {
    const mirror = (rating: (typeof WORKSHOP_RATINGS)[number]) => {
      const step = stepOf(rating)
      return step === null ? rating : WORKSHOP_RATINGS[3 - step]!
    }
    fc.assert(
      fc.property(roomArb, (ballots) => {
        const flipped = ballots.map((b) => ({
          ...b,
          ratings: Object.fromEntries(
            Object.entries(b.ratings).map(([row, v]) => [row, { ...v, rating: mirror(v.rating) }]),
          ),
        }))
        const a = aggregate(ballots, DEFAULT_CONSENSUS_RULE, ROUND_1)
        const b = aggregate(flipped, DEFAULT_CONSENSUS_RULE, ROUND_1)
        expect(b.rows.map((r) => r.rowId)).toEqual(a.rows.map((r) => r.rowId))
        a.rows.forEach((row, i) => {
          const x = row.consensus
          const y = b.rows[i]!.consensus
          expect([y.n, y.iqr, y.status, y.split]).toEqual([x.n, x.iqr, x.status, x.split])
          if (x.n) expect(y.median === -x.median!).toBe(true)
        })
        if (a.room.alpha === null) expect(b.room).toEqual(a.room)
        else expect(b.room.alpha).toBeCloseTo(a.room.alpha, 9)
      }),
    )
  })
})
