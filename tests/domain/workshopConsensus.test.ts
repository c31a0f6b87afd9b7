/**
 * One row's consensus (src/domain/workshop/consensus.ts), against cases computed by hand. Steps
 * are written as numbers (−3 strongly negative … 0 no impact … +3 strongly positive); `sorted`
 * in a comment is x₁…xₙ, Q1 = x₍⌈n/4⌉₎ and Q3 = x₍n+1−⌈n/4⌉₎.
 */
import { describe, expect, it } from 'vitest'
import {
  CONSENSUS_RULE_BOUNDS,
  DEFAULT_CONSENSUS_RULE,
  IMPACT_LEVELS,
  OFF_SCALE_ANSWERS,
  SCALE_LEVELS,
  measureConsensus,
  parseConsensusRule,
  stepOf,
  type ConsensusRule,
  type ConsensusStatus,
  type RatingInput,
  type WorkshopRating,
} from '@/domain'
import { IMPACT_VALUE } from '@/domain/scoring/scale'

const level = (step: number) => SCALE_LEVELS[step + 3]!

/** Ratings from steps, or from off-scale answers given by name. */
const ratings = (...given: (number | WorkshopRating)[]): RatingInput[] =>
  given.map((g) => ({ rating: typeof g === 'number' ? level(g) : g }))

const rule = (over: Partial<ConsensusRule>): ConsensusRule => ({
  ...DEFAULT_CONSENSUS_RULE,
  ...over,
})

describe('the scale a workshop rates on', () => {
  it('maps the seven steps through the scoring scale, "no impact" in the middle', () => {
    expect(SCALE_LEVELS.map(stepOf)).toEqual([-3, -2, -1, 0, 1, 2, 3])
    expect(stepOf('none')).toBe(0)
    expect(SCALE_LEVELS.map((l) => IMPACT_VALUE[l])).toEqual([-3, -2, -1, 0, 1, 2, 3])
  })

  it('holds every level the scoring scale gives a value, and answers off the scale apart', () => {
    const valued = IMPACT_LEVELS.filter((l) => IMPACT_VALUE[l] !== null)
    expect([...SCALE_LEVELS]).toEqual(valued)
    expect(OFF_SCALE_ANSWERS.map(stepOf)).toEqual([null, null])
  })
})

describe('measureConsensus: median, IQR, agreement', () => {
  it('a room that agrees: n 5, median −2, IQR 0, all negative', () => {
    // sorted −3 −2 −2 −2 −1: median x3 = −2; ⌈5/4⌉ = 2: Q1 = x2 = −2, Q3 = x4 = −2.
    const c = measureConsensus(ratings(-2, -2, -1, -2, -3))
    expect(c).toMatchObject({ n: 5, median: -2, q1: -2, q3: -2, iqr: 0 })
    expect(c.agreement).toEqual({ side: 'negative', count: 5, share: 1 })
    expect(c.nearMedian).toEqual({ count: 5, share: 1 })
    expect(c.outliers).toEqual([])
    expect(c.status).toBe('consensus')
    expect(c.distribution).toEqual({
      'strongly-negative': 1,
      negative: 3,
      'slightly-negative': 1,
      none: 0,
      'slightly-positive': 0,
      positive: 0,
      'strongly-positive': 0,
    })
  })

  it('an even count: the median is the mean of the middle two, a half step', () => {
    // sorted −1 0 0 1 1 2: median (x3 + x4) / 2 = 0.5; ⌈6/4⌉ = 2: Q1 = x2 = 0, Q3 = x5 = 1.
    const c = measureConsensus(ratings(2, 1, 0, -1, 1, 0))
    expect(c).toMatchObject({ n: 6, median: 0.5, q1: 0, q3: 1, iqr: 1 })
    // Sides: negative 1, neutral 2, positive 3.
    expect(c.agreement).toEqual({ side: 'positive', count: 3, share: 0.5 })
    // Within one step of 0.5: 0, 0, 1, 1 (−1 and 2 are 1.5 away).
    expect(c.nearMedian).toEqual({ count: 4, share: 4 / 6 })
    // 1.5 steps is not an outlier: at least 2 steps is.
    expect(c.outliers).toEqual([])
    expect(c.status).toBe('leaning')
  })

  it('uses nearest ranks from each end: n a multiple of 4 takes x₍n₎ for Q3, not x₍3n/4₎', () => {
    // sorted −2 −1 0 0: ⌈4/4⌉ = 1: Q1 = x1 = −2, Q3 = x4 = 0 (the textbook x3 would also be 0).
    expect(measureConsensus(ratings(-2, -1, 0, 0))).toMatchObject({ q1: -2, q3: 0, iqr: 2 })
    // Reversed, 0 0 1 2: Q1 = x1 = 0, Q3 = x4 = 2 (the textbook x3 = 1 would give IQR 1).
    expect(measureConsensus(ratings(0, 0, 1, 2))).toMatchObject({ q1: 0, q3: 2, iqr: 2 })
    // n = 8, sorted −2 −1 −1 −1 −1 −1 0 0: ⌈8/4⌉ = 2: Q1 = x2 = −1, Q3 = x7 = 0.
    expect(measureConsensus(ratings(-2, -1, -1, -1, -1, -1, 0, 0))).toMatchObject({
      q1: -1,
      q3: 0,
      iqr: 1,
    })
  })

  it('reversing the scale mirrors the median and quartiles and keeps the IQR', () => {
    const steps = [-3, -1, -1, 0, 2, 2, 3, 3]
    const c = measureConsensus(ratings(...steps))
    const r = measureConsensus(ratings(...steps.map((s) => -s)))
    expect(r.median).toBe(-c.median!)
    expect([r.q1, r.q3]).toEqual([-c.q3!, -c.q1!])
    expect(r.iqr).toBe(c.iqr)
  })

  it('one rating: median is that rating, IQR 0, agreement 100 %', () => {
    expect(measureConsensus(ratings(1))).toMatchObject({
      n: 1,
      median: 1,
      iqr: 0,
      agreement: { side: 'positive', count: 1, share: 1 },
      status: 'consensus',
    })
  })

  it('a tie for the modal side has no side, and the share of either', () => {
    const c = measureConsensus(ratings(-1, -1, 0, 0))
    expect(c.agreement).toEqual({ side: null, count: 2, share: 0.5 })
  })

  it('counts "no impact" as the neutral side', () => {
    const c = measureConsensus(ratings(0, 0, 0, -1))
    expect(c.agreement).toEqual({ side: 'neutral', count: 3, share: 0.75 })
  })
})

describe('measureConsensus: answers off the scale', () => {
  it('counts "unclear" and "mixed" apart and never as steps', () => {
    const c = measureConsensus(ratings('unclear', 'mixed', -1, 'unclear', -1))
    expect(c.offScale).toEqual({ mixed: 1, unclear: 2 })
    expect(c).toMatchObject({ n: 2, median: -1, iqr: 0 })
    expect(c.agreement).toEqual({ side: 'negative', count: 2, share: 1 })
  })

  it('a row nobody placed on the scale is unrated, with no figures', () => {
    const c = measureConsensus(ratings('unclear', 'unclear'))
    expect(c).toMatchObject({
      n: 0,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      agreement: null,
      nearMedian: null,
      tails: null,
      outliers: [],
      split: false,
      status: 'unrated',
    })
    expect(measureConsensus([]).status).toBe('unrated')
  })
})

describe('measureConsensus: outliers', () => {
  it('lists ratings at least 2 steps from the median with their reasons, farthest first', () => {
    // sorted −3 −3 −3 −3 −2 0 1: median x4 = −3; ⌈7/4⌉ = 2: Q1 = x2 = −3, Q3 = x6 = 0.
    const given: RatingInput[] = [
      { rating: 'strongly-negative', reason: 'breaks routing' },
      { rating: 'strongly-negative' },
      { rating: 'none', reason: 'nothing changes for users' },
      { rating: 'strongly-negative' },
      { rating: 'negative', reason: 'costly' },
      { rating: 'slightly-positive', reason: 'helps local hosting' },
      { rating: 'strongly-negative' },
    ]
    const c = measureConsensus(given)
    expect(c).toMatchObject({ n: 7, median: -3, q1: -3, q3: 0, iqr: 3 })
    expect(c.outliers).toEqual([given[5], given[2]])
    // −3 ×4 and −2 are within one step of −3.
    expect(c.nearMedian).toEqual({ count: 5, share: 5 / 7 })
    // 5 of 7 negative is 71 %: below 75 %; 1 of 7 positive is no tail.
    expect(c.agreement).toEqual({ side: 'negative', count: 5, share: 5 / 7 })
    expect(c.split).toBe(false)
    expect(c.status).toBe('none')
  })

  it('passes through whatever the caller attached to a rating', () => {
    const given = [
      { rating: 'negative' as const, who: 'a' },
      { rating: 'negative' as const, who: 'b' },
      { rating: 'positive' as const, who: 'c' },
    ]
    expect(measureConsensus(given).outliers).toEqual([{ rating: 'positive', who: 'c' }])
  })
})

describe('measureConsensus: split', () => {
  it('two camps, harm against help: both tails 50 %, no modal side', () => {
    // sorted −3 −2 −2 −1 1 2 2 3: median 0; Q1 = x2 = −2, Q3 = x7 = 2.
    const c = measureConsensus(ratings(-3, -2, -2, -1, 1, 2, 2, 3))
    expect(c).toMatchObject({ median: 0, q1: -2, q3: 2, iqr: 4, split: true, status: 'split' })
    expect(c.tails).toEqual({
      negative: { count: 4, share: 0.5 },
      positive: { count: 4, share: 0.5 },
    })
    expect(c.agreement?.side).toBeNull()
    expect(c.outliers).toHaveLength(6)
  })

  it.each([
    // [steps, split?, why]
    [[-1, 0, 0, 1], true, '1 of 4 on each side: exactly 25 %'],
    [[-2, -2, 0, 0, 0, 0, 1, 2], true, '2 of 8 on each side: exactly 25 %'],
    [[-2, -2, 0, 0, 0, 0, 0, 1], false, '1 of 8 positive: 12.5 %'],
    [[-1, 0, 0, 0, 1], false, '1 of 5 on each side: 20 %'],
    [[-3, -3, -1, -1], false, 'two camps on the same side differ in strength, not direction'],
    [[-3, -3, 0, 0], false, 'harm against no impact: no positive tail'],
    [[-1, -1, -1, 1], true, '3 of 4 against 1 of 4'],
  ])('%j split: %s (%s)', (steps, split) => {
    const c = measureConsensus(ratings(...steps))
    expect(c.split).toBe(split)
    expect(c.status === 'split').toBe(split)
  })

  it('follows the rule’s tail threshold', () => {
    const steps = ratings(-1, 0, 0, 0, 1)
    expect(measureConsensus(steps, rule({ minTailPercent: 20 })).status).toBe('split')
    expect(measureConsensus(steps, rule({ minTailPercent: 21 })).status).not.toBe('split')
  })
})

describe('measureConsensus: status at each edge of the default rule', () => {
  const edges: [steps: number[], iqr: number, agreement: number, status: ConsensusStatus][] = [
    // sorted steps, IQR, agreement, status
    [[-2, -1, -1, -1, -1, -1, 0, 0], 1, 6 / 8, 'consensus'], // IQR = 1 and 75 %: both edges met
    [[-2, -1, -1, -1, -1, 0, 0, 0], 1, 5 / 8, 'leaning'], // IQR met, 62.5 % < 75 %
    [[-3, -2, -1, -1], 2, 1, 'leaning'], // 100 %, IQR 2 > 1
    [[-2, -1, 0, 0], 2, 0.5, 'none'], // neither
    [[-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0], 1, 11 / 15, 'leaning'], // 73.3 %
    [[-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0], 1, 12 / 16, 'consensus'], // 75 %
  ]
  it.each(edges)('%j: IQR %d, agreement %d → %s', (steps, iqr, agreement, status) => {
    const c = measureConsensus(ratings(...steps))
    expect(c.iqr).toBe(iqr)
    expect(c.agreement?.share).toBe(agreement)
    expect(c.status).toBe(status)
  })

  it('follows an edited rule', () => {
    const steps = ratings(-3, -2, -1, -1)
    expect(measureConsensus(steps).status).toBe('leaning')
    expect(measureConsensus(steps, rule({ maxIqr: 2 })).status).toBe('consensus')
    expect(measureConsensus(steps, rule({ maxIqr: 2, minAgreementPercent: 100 })).status).toBe(
      'consensus',
    )
    expect(measureConsensus(ratings(-2, -1, -1, 0), rule({ minAgreementPercent: 76 })).status).toBe(
      'none',
    )
  })

  it('decides split before consensus, so two camps are never called consensus', () => {
    // sorted −1 −1 −1 1: IQR x4 − x1 = 2 and 75 % negative meet a loose rule, but 25 % is positive.
    const c = measureConsensus(ratings(-1, -1, -1, 1), rule({ maxIqr: 2 }))
    expect(c).toMatchObject({ meetsIqr: true, meetsAgreement: true, split: true })
    expect(c.status).toBe('split')
  })
})

describe('parseConsensusRule', () => {
  it('accepts the default and every rule within bounds', () => {
    expect(parseConsensusRule(DEFAULT_CONSENSUS_RULE)).toEqual({
      ok: true,
      rule: { maxIqr: 1, minAgreementPercent: 75, minTailPercent: 25 },
    })
    expect(parseConsensusRule({ maxIqr: 0, minAgreementPercent: 100, minTailPercent: 50 }).ok).toBe(
      true,
    )
    expect(parseConsensusRule({ maxIqr: 2, minAgreementPercent: 50, minTailPercent: 10 }).ok).toBe(
      true,
    )
  })

  it('accepts each bound and refuses one step past it', () => {
    for (const [field, { min, max }] of Object.entries(CONSENSUS_RULE_BOUNDS)) {
      for (const value of [min, max])
        expect(parseConsensusRule({ ...DEFAULT_CONSENSUS_RULE, [field]: value }).ok).toBe(true)
      for (const value of [min - 1, max + 1])
        expect(parseConsensusRule({ ...DEFAULT_CONSENSUS_RULE, [field]: value })).toMatchObject({
          ok: false,
          issues: [{ path: [field] }],
        })
    }
  })

  it.each([
    [{ maxIqr: 3, minAgreementPercent: 75, minTailPercent: 25 }, ['maxIqr']],
    [{ maxIqr: -1, minAgreementPercent: 75, minTailPercent: 25 }, ['maxIqr']],
    [{ maxIqr: 1, minAgreementPercent: 49, minTailPercent: 25 }, ['minAgreementPercent']],
    [{ maxIqr: 1, minAgreementPercent: 101, minTailPercent: 25 }, ['minAgreementPercent']],
    [{ maxIqr: 1, minAgreementPercent: 75.5, minTailPercent: 25 }, ['minAgreementPercent']],
    [{ maxIqr: 1, minAgreementPercent: 75, minTailPercent: 51 }, ['minTailPercent']],
    [{ maxIqr: 1, minAgreementPercent: 75 }, ['minTailPercent']],
    [{ maxIqr: '1', minAgreementPercent: 75, minTailPercent: 25 }, ['maxIqr']],
  ])('refuses %j at %j', (input, path) => {
    const result = parseConsensusRule(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([path])
  })

  it('refuses what is not a rule without throwing', () => {
    for (const junk of [null, undefined, 7, 'rule', [], { maxIqr: NaN }])
      expect(parseConsensusRule(junk).ok).toBe(false)
  })
})
