/**
 * Where a workshop room agrees on one row, and how strongly (issue 11; research in
 * `workshops.md` §2.1–2.2). Delphi studies feed back the median and interquartile range and call
 * a row settled by a percent-agreement threshold fixed before the vote (Diamond et al. 2014: 75 %
 * is the median threshold; von der Gracht 2012: IQR ≤ 1 on short scales). The app's scale is
 * ordinal, so nothing here takes a mean.
 *
 * Definitions, all over the ratings on the scale (`n` of them; answers off the scale are counted
 * apart and never turned into steps):
 * - a rating's **step** is its signed value on −3…+3 (`IMPACT_VALUE` of the scoring scale:
 *   "no impact" is step 0, the neutral middle of the seven steps);
 * - sorted steps x₁ ≤ … ≤ xₙ; the **lower quartile** is the nearest rank from below,
 *   Q1 = x₍⌈n/4⌉₎, and the **upper quartile** the same rank counted from the top,
 *   Q3 = x₍n+1−⌈n/4⌉₎; **IQR** = Q3 − Q1, a whole number of steps. This is the nearest-rank
 *   method applied from each end, so reversing the scale (harm for help) never changes the IQR;
 *   it equals the textbook Q3 = x₍⌈3n/4⌉₎ except when n is a multiple of 4, where it is one rank
 *   wider (the cautious side: a row is never called settled on a narrower spread);
 * - the **median** is the mean of the nearest-rank medians from each end, x₍⌈n/2⌉₎ and
 *   x₍n+1−⌈n/2⌉₎: the usual median, a half step when n is even and the middle two differ;
 * - **agreement** is the share of ratings on the modal side of the scale (negative, neutral
 *   = "no impact", positive); **near the median** the share within one step of it;
 * - an **outlier** is a rating at least 2 steps from the median;
 * - the row is **split** when each tail holds at least `minTailPercent` of the ratings: the
 *   lower tail is every negative rating, the upper tail every positive one. Two camps that
 *   disagree on direction (harm against help) are the split a facilitator must discuss; camps on
 *   the same side differ in strength, which the IQR already shows.
 */
import * as z from 'zod/mini'
import { wholeNumber } from './wholeNumber'
import { IMPACT_VALUE, type Impact } from '../scoring/scale'
import { toIssue, type ParseIssue, type ZodLikeIssue } from '../assessment/parse'

/** The seven steps of the scale, most negative first (their values are −3…+3). */
export const SCALE_LEVELS = [
  'strongly-negative',
  'negative',
  'slightly-negative',
  'none',
  'slightly-positive',
  'positive',
  'strongly-positive',
] as const satisfies readonly Impact[]
export type ScaleLevel = (typeof SCALE_LEVELS)[number]

/**
 * Answers a participant may give that are not a step: "mixed" (harms and helps) and "unclear".
 * They are counted per row and never mapped onto the scale. ("Not discussed" and "not yet
 * assessed" are no answer in a workshop: a participant who skips a row leaves it out.)
 */
export const OFF_SCALE_ANSWERS = ['mixed', 'unclear'] as const satisfies readonly Impact[]
export type OffScaleAnswer = (typeof OFF_SCALE_ANSWERS)[number]

/** Everything a participant may answer for one row. */
export const WORKSHOP_RATINGS = [...SCALE_LEVELS, ...OFF_SCALE_ANSWERS] as const
export type WorkshopRating = (typeof WORKSHOP_RATINGS)[number]

/** A rating's step on −3…+3 (from the scoring scale), or null for an answer off the scale. */
export function stepOf(rating: WorkshopRating): number | null {
  return IMPACT_VALUE[rating]
}

/** The sides of the scale that agreement is counted on. */
export type Side = 'negative' | 'neutral' | 'positive'

/**
 * The facilitator's rule, fixed before voting (Diamond et al. 2014: only 42 of 100 Delphi studies
 * set it a priori). Percentages are whole numbers so every threshold is compared exactly.
 */
export interface ConsensusRule {
  /** Consensus needs an IQR of at most this many steps. */
  maxIqr: number
  /** Consensus needs at least this percentage of ratings on the modal side. */
  minAgreementPercent: number
  /** A row is split when each tail holds at least this percentage of the ratings. */
  minTailPercent: number
}

/**
 * The bounds a rule is edited within: `maxIqr` stops at 2, the literature's bound for 7- to
 * 10-point scales; agreement below a majority is no agreement; a tail above half could not have a
 * partner. Split is decided before consensus, so a room in two camps is never called consensus,
 * whatever the rule.
 */
export const CONSENSUS_RULE_BOUNDS = {
  maxIqr: { min: 0, max: 2 },
  minAgreementPercent: { min: 50, max: 100 },
  minTailPercent: { min: 10, max: 50 },
} as const

/** The default rule of issue 11: IQR ≤ 1 step and ≥ 75 % agreement; split at 25 % per tail. */
export const DEFAULT_CONSENSUS_RULE: Readonly<ConsensusRule> = Object.freeze({
  maxIqr: 1,
  minAgreementPercent: 75,
  minTailPercent: 25,
})

const bounded = (b: { min: number; max: number }) => wholeNumber(b.min, b.max)

/** The zod schema of a rule (inside the domain: a saved workshop's); read unknown input with parseConsensusRule. */
export const ConsensusRuleSchema = z.object({
  maxIqr: bounded(CONSENSUS_RULE_BOUNDS.maxIqr),
  minAgreementPercent: bounded(CONSENSUS_RULE_BOUNDS.minAgreementPercent),
  minTailPercent: bounded(CONSENSUS_RULE_BOUNDS.minTailPercent),
})

/** A rule, or why not, per field; never throws. */
export type ConsensusRuleResult =
  { ok: true; rule: ConsensusRule } | { ok: false; issues: ParseIssue[] }

/** Validates a rule the facilitator edited (or one read back from a saved workshop). */
export function parseConsensusRule(input: unknown): ConsensusRuleResult {
  try {
    const result = ConsensusRuleSchema.safeParse(input, { reportInput: true })
    if (result.success) return { ok: true, rule: result.data }
    return { ok: false, issues: result.error.issues.map((i) => toIssue(i as ZodLikeIssue)) }
  } catch {
    return { ok: false, issues: [{ path: [], code: 'invalid' }] }
  }
}

/** What measureConsensus reads of one rating: the answer and the participant's reason. */
export interface RatingInput {
  rating: WorkshopRating
  reason?: string
}

/** A share of the ratings: how many, and that count over n (0…1). */
export interface Share {
  count: number
  share: number
}

/** The status of one row, decided in this order: unrated, split, consensus, leaning, none. */
export type ConsensusStatus = 'unrated' | 'split' | 'consensus' | 'leaning' | 'none'

/** One row's statistics; the step figures are null when nobody rated the row on the scale. */
export interface RowConsensus<T extends RatingInput = RatingInput> {
  /** Ratings on the scale. */
  n: number
  median: number | null
  q1: number | null
  q3: number | null
  iqr: number | null
  /** The modal side and its share; the side is null when two sides tie for the most ratings. */
  agreement: (Share & { side: Side | null }) | null
  /** Ratings within one step of the median. */
  nearMedian: Share | null
  /** The number of ratings at each step. */
  distribution: Record<ScaleLevel, number>
  /** Answers off the scale, counted apart. */
  offScale: Record<OffScaleAnswer, number>
  /** Negative and positive ratings: the two tails the split is decided on. */
  tails: { negative: Share; positive: Share } | null
  /** Ratings at least 2 steps from the median, farthest first (ties keep their given order). */
  outliers: T[]
  meetsIqr: boolean
  meetsAgreement: boolean
  split: boolean
  status: ConsensusStatus
}

const sideOf = (step: number): Side => (step < 0 ? 'negative' : step > 0 ? 'positive' : 'neutral')

const share = (count: number, n: number): Share => ({ count, share: count / n })

/** Whether count / n reaches percent %, compared in whole numbers. */
const reaches = (count: number, n: number, percent: number) => count * 100 >= percent * n

/**
 * The statistics and status of one row from its ratings (any order, any number, answers off the
 * scale included), under the facilitator's rule. See the module comment for each definition.
 */
export function measureConsensus<T extends RatingInput>(
  ratings: readonly T[],
  rule: ConsensusRule = DEFAULT_CONSENSUS_RULE,
): RowConsensus<T> {
  const distribution = Object.fromEntries(SCALE_LEVELS.map((l) => [l, 0])) as Record<
    ScaleLevel,
    number
  >
  const offScale = Object.fromEntries(OFF_SCALE_ANSWERS.map((l) => [l, 0])) as Record<
    OffScaleAnswer,
    number
  >
  const onScale: { input: T; step: number }[] = []
  for (const input of ratings) {
    const step = stepOf(input.rating)
    if (step === null) offScale[input.rating as OffScaleAnswer]++
    else {
      distribution[input.rating as ScaleLevel]++
      onScale.push({ input, step })
    }
  }
  const n = onScale.length
  if (n === 0)
    return {
      n,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      agreement: null,
      nearMedian: null,
      distribution,
      offScale,
      tails: null,
      outliers: [],
      meetsIqr: false,
      meetsAgreement: false,
      split: false,
      status: 'unrated',
    }

  const sorted = onScale.map((r) => r.step).sort((a, b) => a - b)
  // 1-based rank r counted from the bottom, and the same rank counted from the top.
  const fromBottom = (r: number) => sorted[r - 1]!
  const fromTop = (r: number) => sorted[n - r]!
  const half = Math.ceil(n / 2)
  const quarter = Math.ceil(n / 4)
  const median = (fromBottom(half) + fromTop(half)) / 2
  const q1 = fromBottom(quarter)
  const q3 = fromTop(quarter)
  const iqr = q3 - q1

  const bySide: Record<Side, number> = { negative: 0, neutral: 0, positive: 0 }
  for (const step of sorted) bySide[sideOf(step)]++
  const most = Math.max(bySide.negative, bySide.neutral, bySide.positive)
  const modal = (Object.keys(bySide) as Side[]).filter((s) => bySide[s] === most)
  const agreement = { ...share(most, n), side: modal.length === 1 ? modal[0]! : null }

  const distance = (step: number) => Math.abs(step - median)
  const nearMedian = share(sorted.filter((s) => distance(s) <= 1).length, n)
  const outliers = onScale
    .filter((r) => distance(r.step) >= 2)
    .sort((a, b) => distance(b.step) - distance(a.step))
    .map((r) => r.input)

  const tails = { negative: share(bySide.negative, n), positive: share(bySide.positive, n) }
  const split =
    reaches(bySide.negative, n, rule.minTailPercent) &&
    reaches(bySide.positive, n, rule.minTailPercent)
  const meetsIqr = iqr <= rule.maxIqr
  const meetsAgreement = reaches(most, n, rule.minAgreementPercent)
  const status: ConsensusStatus = split
    ? 'split'
    : meetsIqr && meetsAgreement
      ? 'consensus'
      : meetsIqr || meetsAgreement
        ? 'leaning'
        : 'none'

  return {
    n,
    median,
    q1,
    q3,
    iqr,
    agreement,
    nearMedian,
    distribution,
    offScale,
    tails,
    outliers,
    meetsIqr,
    meetsAgreement,
    split,
    status,
  }
}
