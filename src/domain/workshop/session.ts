/**
 * A workshop as the facilitator's device keeps it (issue 11): the assessment it started from, the
 * rule fixed before voting, the rows of each round, every ballot kept, and the facilitator's
 * decision per row. Everything shown (each round's statistics, the room's agreement, what a
 * second round asks) is computed from it by `aggregate`, so the saved workshop holds only facts.
 *
 * A saved workshop crosses a trust boundary (storage can be damaged or edited), so it is read with
 * `parseWorkshop`, which never throws; its ballots go through `mergeBallots` again, so one that no
 * longer fits is set aside and counted rather than trusted.
 */
import * as z from 'zod/mini'
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { LIMITS, type Assessment } from '../assessment/schema'
import { IdSchema } from '../assessment/versions/v1'
import { parseAssessment, toIssue, type ParseIssue, type ZodLikeIssue } from '../assessment/parse'
import { newId, type RandomBytes } from '../ids/newId'
import { BALLOT_LIMITS, mergeBallots, type Ballot, type MergeResult, type Workshop } from './ballot'
import {
  ConsensusRuleSchema,
  DEFAULT_CONSENSUS_RULE,
  SCALE_LEVELS,
  type ConsensusRule,
} from './consensus'
import { aggregate, rowsWithoutConsensus, type WorkshopResult } from './aggregate'
import type { Invitation } from './wire'

/** The `format` a saved workshop carries. */
const WORKSHOP_FORMAT = 'iiat-workshop'
const WORKSHOP_VERSION = 1

/** Ballots one workshop keeps at most: 200 people over every round, with room to spare. */
const MAX_WORKSHOP_BALLOTS = 2_000

/** The answers a facilitator may settle a row on by choice: a step of the scale, or "unclear". */
export const CHOSEN_RATINGS = [...SCALE_LEVELS, 'unclear'] as const
export type ChosenRating = (typeof CHOSEN_RATINGS)[number]

const ItemIdSchema = z.enum(ITEM_IDS as unknown as [ItemId, ...ItemId[]])

// One flat object rather than z.union (which would grow the first load's zod chunk); that a
// chosen rating has its rating is checked in parseWorkshop.
const DecisionSchema = z.object({
  kind: z.enum(['consensus', 'chosen', 'kept']),
  rating: z.optional(z.enum(CHOSEN_RATINGS)),
  wording: z.optional(z.string().check(z.maxLength(LIMITS.longText))),
})

/**
 * How the facilitator settles a row: the room's consensus (its median), a rating chosen after
 * discussion with the wording the room agreed, or the source's rating kept as it was. A row with
 * no decision takes the room's consensus where it has one, else keeps the source's rating.
 */
export type RowDecision =
  | { kind: 'consensus' }
  | { kind: 'kept' }
  | { kind: 'chosen'; rating: ChosenRating; wording?: string }

const SessionSchema = z.object({
  format: z.literal(WORKSHOP_FORMAT),
  version: z.literal(WORKSHOP_VERSION),
  key: IdSchema,
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  /** The library id of the assessment it started from, when it came from the library. */
  sourceId: z.optional(IdSchema),
  /** A copy of that assessment as it was when the workshop started; read with parseAssessment. */
  source: z.unknown(),
  rule: ConsensusRuleSchema,
  rounds: z
    .array(z.array(ItemIdSchema).check(z.minLength(1), z.maxLength(ITEM_IDS.length)))
    .check(z.minLength(1), z.maxLength(BALLOT_LIMITS.rounds)),
  ballots: z.array(z.unknown()).check(z.maxLength(MAX_WORKSHOP_BALLOTS)),
  decisions: z.record(z.string().check(z.maxLength(64)), DecisionSchema),
  /** Whether pseudonyms may appear in the report's appendix (never on the projector). */
  namesShown: z.boolean(),
  /** The id of the assessment adopted from it, once adopted. */
  adoptedId: z.optional(IdSchema),
})

/** A saved workshop, its ballots and source read and checked. */
export interface WorkshopSession extends Omit<
  z.infer<typeof SessionSchema>,
  'source' | 'ballots' | 'decisions'
> {
  source: Assessment
  ballots: Ballot[]
  decisions: Partial<Record<ItemId, RowDecision>>
}

/** A new workshop on `source`'s rows (all 15 unless `rows` says), under the facilitator's rule. */
export function createWorkshop(options: {
  source: Assessment
  sourceId?: string
  rule?: ConsensusRule
  rows?: readonly ItemId[]
  now: Date
  random?: RandomBytes
}): WorkshopSession {
  const at = options.now.toISOString()
  const rows = ITEM_IDS.filter((id) => !options.rows || options.rows.includes(id))
  return {
    format: WORKSHOP_FORMAT,
    version: WORKSHOP_VERSION,
    // 16 random characters (about 83 bits): a ballot from another workshop never matches.
    key: newId(options.random, 16),
    createdAt: at,
    updatedAt: at,
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    source: options.source,
    rule: { ...(options.rule ?? DEFAULT_CONSENSUS_RULE) },
    rounds: [rows.length ? rows : [...ITEM_IDS]],
    ballots: [],
    decisions: {},
    namesShown: false,
  }
}

/** What ballots are checked against. */
const workshopOf = (session: WorkshopSession): Workshop => ({
  key: session.key,
  rounds: session.rounds,
})

/** The round being voted on: the last one started. */
export const currentRound = (session: WorkshopSession) => session.rounds.length

/** What the join link of a round carries (the current round unless `round` says). */
export function invitationOf(session: WorkshopSession, round = currentRound(session)): Invitation {
  return {
    key: session.key,
    round,
    title: session.source.flag.title,
    summary: session.source.flag.summary,
    rows: [...(session.rounds[round - 1] ?? [])],
    locale: session.source.locale,
  }
}

/** A round's result under the workshop's rule, from the ballots kept for it. */
export function resultOfRound(session: WorkshopSession, round: number): WorkshopResult {
  return aggregate(
    session.ballots.filter((b) => b.round === round),
    session.rule,
    session.rounds[round - 1] ?? [],
  )
}

/**
 * Takes incoming ballots (unknown values) in. The session is not changed: the new one is returned
 * with what was refused and why; the ballots kept are the same whatever the order they came in.
 */
export function addBallots(
  session: WorkshopSession,
  incoming: readonly unknown[],
  now: Date,
): { session: WorkshopSession; merge: MergeResult } {
  const merge = mergeBallots(session.ballots, incoming, workshopOf(session))
  const changed =
    merge.accepted.length !== session.ballots.length ||
    merge.accepted.some((b, i) => b !== session.ballots[i])
  return {
    session: changed
      ? { ...session, ballots: merge.accepted, updatedAt: now.toISOString() }
      : session,
    merge,
  }
}

/**
 * Starts the next round on the rows of the current one that reached no consensus; null when every
 * row did, or when the workshop has run all the rounds it may.
 */
export function startNextRound(session: WorkshopSession, now: Date): WorkshopSession | null {
  const round = currentRound(session)
  if (round >= BALLOT_LIMITS.rounds) return null
  const rows = rowsWithoutConsensus(resultOfRound(session, round), session.rounds[round - 1]!)
  if (!rows.length) return null
  return { ...session, rounds: [...session.rounds, rows], updatedAt: now.toISOString() }
}

/** The rule, changed: only before the first ballot, since the rule is fixed before voting. */
export function setRule(
  session: WorkshopSession,
  rule: ConsensusRule,
  now: Date,
): WorkshopSession | null {
  if (session.ballots.length) return null
  return { ...session, rule: { ...rule }, updatedAt: now.toISOString() }
}

/** For each row, the round that last asked about it: the result a decision is taken on. */
export function lastRoundOfRow(session: WorkshopSession): Partial<Record<ItemId, number>> {
  const last: Partial<Record<ItemId, number>> = {}
  session.rounds.forEach((rows, i) => rows.forEach((row) => (last[row] = i + 1)))
  return last
}

export type WorkshopParseResult =
  | {
      ok: true
      session: WorkshopSession
      /** Saved ballots that no longer fit (damaged or edited storage), set aside. */
      dropped: number
    }
  | { ok: false; issues: ParseIssue[] }

/** Reads a saved workshop. Never throws. */
export function parseWorkshop(input: unknown): WorkshopParseResult {
  try {
    const parsed = SessionSchema.safeParse(input, { reportInput: true })
    if (!parsed.success)
      return { ok: false, issues: parsed.error.issues.map((i) => toIssue(i as ZodLikeIssue)) }
    const decisions = Object.entries(parsed.data.decisions)
    const misfit = decisions.find(
      ([row, d]) =>
        !(ITEM_IDS as readonly string[]).includes(row) || (d.kind === 'chosen') !== !!d.rating,
    )
    if (misfit) return { ok: false, issues: [{ path: ['decisions', misfit[0]], code: 'invalid' }] }
    const source = parseAssessment(parsed.data.source)
    if (!source.ok)
      return {
        ok: false,
        issues: source.issues.map((i) => ({ ...i, path: ['source', ...i.path] })),
      }
    const base: WorkshopSession = {
      ...parsed.data,
      source: source.assessment,
      ballots: [],
      decisions: Object.fromEntries(
        decisions.map(([row, d]) => [
          row,
          d.kind !== 'chosen'
            ? { kind: d.kind }
            : { kind: 'chosen', rating: d.rating!, ...(d.wording ? { wording: d.wording } : {}) },
        ]),
      ),
    }
    const merge = mergeBallots([], parsed.data.ballots, workshopOf(base))
    return {
      ok: true,
      session: { ...base, ballots: merge.accepted },
      dropped: parsed.data.ballots.length - merge.accepted.length,
    }
  } catch {
    return { ok: false, issues: [{ path: [], code: 'invalid' }] }
  }
}
