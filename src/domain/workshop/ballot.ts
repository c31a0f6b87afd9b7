/**
 * A participant's ballot, and how the facilitator takes ballots in (issue 11; workshops.md §2.5).
 * A workshop is many independent judgements of the same rows, to be aggregated, not merged, so
 * the facilitator keeps one ballot per participant and round and computes everything from them.
 * Ballots cross a trust boundary (codes, links, files, a camera), so they are parsed like
 * documents: never thrown on, refused with a reason.
 *
 * Which ballots are kept depends only on the set of ballots seen, never on their order or on how
 * they were batched, so 200 files dropped at once, codes pasted one by one and the camera all
 * give the same room:
 * - a ballot must name this workshop's key, one of its rounds and only that round's rows;
 * - of a participant's ballots for one round, the one with the highest `seq` is kept; equal
 *   `seq`s are decided by the greater ballot id, then by the greater canonical text (only a
 *   tampered copy can get that far); the others are refused as duplicates (the same ballot id as
 *   the one kept) or as superseded.
 * Keeping a maximum is associative, so merging batch by batch equals merging everything at once.
 * Kept ballots are unique per participant and round, not per ballot id: refusing an id reused
 * under another participant would depend on which ballot came first, and only an altered ballot
 * can reuse one (ids are random).
 */
import * as z from 'zod/mini'
import { wholeNumber } from './wholeNumber'
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { newId, type RandomBytes } from '../ids/newId'
import { toIssue, type ParseIssue, type ZodLikeIssue } from '../assessment/parse'
import { IdSchema } from '../assessment/versions/v1'
import { WORKSHOP_RATINGS, type WorkshopRating } from './consensus'

/** The `format` every ballot carries. */
export const BALLOT_FORMAT = 'iiat-ballot'
/** The ballot format this app writes and reads; a ballot of another version is refused. */
export const BALLOT_VERSION = 1

/** Sizes a ballot may not exceed; a larger one is refused, never truncated. */
export const BALLOT_LIMITS = {
  /** Characters of one row's reason: a few sentences, so a ballot still fits a code or link. */
  reason: 500,
  /** Characters of a pseudonym. */
  pseudonym: 40,
  /** Rows one ballot may rate: the catalogue's. */
  rows: ITEM_IDS.length,
  /** Rounds a workshop may run. */
  rounds: 9,
  /** Characters of a ballot's JSON text. */
  textChars: 32_000,
} as const

const RowVoteSchema = z.object({
  rating: z.enum(WORKSHOP_RATINGS),
  reason: z.optional(z.string().check(z.maxLength(BALLOT_LIMITS.reason))),
})

/**
 * The zod schema of a ballot; read unknown input with parseBallot. `participant` is a random id
 * the participant's device keeps for the workshop, `seq` counts the ballots it sent (a resent
 * ballot replaces the one before), `id` is random per ballot. Rows are keyed by catalogue id.
 */
const BallotSchema = z.object({
  format: z.literal(BALLOT_FORMAT),
  version: z.literal(BALLOT_VERSION),
  workshop: IdSchema,
  round: wholeNumber(1, BALLOT_LIMITS.rounds),
  participant: IdSchema,
  seq: wholeNumber(0),
  id: IdSchema,
  pseudonym: z.optional(z.string().check(z.maxLength(BALLOT_LIMITS.pseudonym))),
  ratings: z.record(z.string().check(z.maxLength(64)), RowVoteSchema),
})

export type Ballot = z.infer<typeof BallotSchema>
/** One row of a ballot: the rating and the participant's optional reason. */
export type RowVote = z.infer<typeof RowVoteSchema>

/** What a new ballot says; its id is drawn at random. */
export interface BallotFields {
  workshop: string
  round: number
  participant: string
  seq: number
  pseudonym?: string
  ratings: Partial<Record<ItemId, { rating: WorkshopRating; reason?: string }>>
}

/** A new ballot with a random id (the randomness is a parameter, as for every id). */
export function createBallot(fields: BallotFields, random?: RandomBytes): Ballot {
  const ratings: Ballot['ratings'] = {}
  for (const [row, vote] of Object.entries(fields.ratings))
    if (vote) ratings[row] = vote.reason ? { ...vote } : { rating: vote.rating }
  return {
    format: BALLOT_FORMAT,
    version: BALLOT_VERSION,
    workshop: fields.workshop,
    round: fields.round,
    participant: fields.participant,
    seq: fields.seq,
    id: newId(random),
    ...(fields.pseudonym ? { pseudonym: fields.pseudonym } : {}),
    ratings,
  }
}

/** Why a ballot was not taken in. */
export type BallotRefusalReason =
  /** Not a ballot at all: not JSON, not an object, another format, too large. */
  | 'not-a-ballot'
  /** Written by an older app, in a ballot format this one no longer reads. */
  | 'older-version'
  /** Written by a newer app: update this one. */
  | 'newer-version'
  /** A ballot, but damaged or altered: see the issues. */
  | 'invalid'
  /** A ballot whose only problem is a rating that is not one of the answers. */
  | 'invalid-rating'
  /** A ballot for another workshop (another key). */
  | 'other-workshop'
  /** A ballot for a round this workshop has not started. */
  | 'unknown-round'
  /** A ballot rating rows its round does not ask about: see the issues. */
  | 'unknown-row'
  /** The same ballot (the same id) as one kept. */
  | 'duplicate'
  /** The same participant sent a later ballot for this round, which is kept instead. */
  | 'superseded'

/** parseBallot's result: a ballot, or why not (per field, where there is a field). */
export type BallotParseResult =
  | { ok: true; ballot: Ballot }
  | {
      ok: false
      reason: 'not-a-ballot' | 'older-version' | 'newer-version' | 'invalid' | 'invalid-rating'
      issues: ParseIssue[]
    }

const isRatingIssue = (issue: ParseIssue) =>
  issue.path.length === 3 && issue.path[0] === 'ratings' && issue.path[2] === 'rating'

/** Validates an unknown value as a ballot of this app's version. Never throws. */
export function parseBallot(input: unknown): BallotParseResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, reason: 'not-a-ballot', issues: [{ path: [], code: 'not-an-object' }] }
    const value = input as Record<string, unknown>
    if (value.format !== BALLOT_FORMAT)
      return {
        ok: false,
        reason: 'not-a-ballot',
        issues: [{ path: ['format'], code: 'wrong-format' }],
      }
    const version = value.version
    if (typeof version !== 'number' || !Number.isInteger(version))
      return {
        ok: false,
        reason: 'invalid',
        issues: [{ path: ['version'], code: 'unknown-version' }],
      }
    if (version !== BALLOT_VERSION) {
      const params = { found: version, supported: BALLOT_VERSION }
      return version > BALLOT_VERSION
        ? {
            ok: false,
            reason: 'newer-version',
            issues: [{ path: ['version'], code: 'newer-version', params }],
          }
        : {
            ok: false,
            reason: 'older-version',
            issues: [{ path: ['version'], code: 'unknown-version', params }],
          }
    }
    // Counted before zod walks them, so a huge object costs nothing more.
    const ratings = value.ratings
    if (
      typeof ratings === 'object' &&
      ratings !== null &&
      Object.keys(ratings).length > BALLOT_LIMITS.rows
    )
      return {
        ok: false,
        reason: 'invalid',
        issues: [{ path: ['ratings'], code: 'too-many', params: { max: BALLOT_LIMITS.rows } }],
      }
    const result = BallotSchema.safeParse(input, { reportInput: true })
    if (result.success) return { ok: true, ballot: result.data }
    const issues = result.error.issues.map((i) => toIssue(i as ZodLikeIssue))
    return { ok: false, reason: issues.every(isRatingIssue) ? 'invalid-rating' : 'invalid', issues }
  } catch {
    return { ok: false, reason: 'invalid', issues: [{ path: [], code: 'invalid' }] }
  }
}

/** Parses a ballot's JSON text: size first, then JSON, then parseBallot. Never throws. */
export function parseBallotText(text: string): BallotParseResult {
  if (text.length > BALLOT_LIMITS.textChars)
    return {
      ok: false,
      reason: 'not-a-ballot',
      issues: [{ path: [], code: 'too-large', params: { max: BALLOT_LIMITS.textChars } }],
    }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-a-ballot', issues: [{ path: [], code: 'not-json' }] }
  }
  return parseBallot(value)
}

/** What a ballot is checked against: the workshop's key and the rows of each round. */
export interface Workshop {
  /** The random key the join link carries; a ballot naming another is refused. */
  key: string
  /** The rows each round asks about: `rounds[0]` is round 1. */
  rounds: readonly (readonly ItemId[])[]
}

/** A ballot not taken in, and why. */
export interface BallotRefusal {
  /** Its position in `incoming`, or null for a ballot of `existing` that is no longer kept. */
  index: number | null
  /** Its id, when it could be read. */
  ballotId: string | null
  reason: BallotRefusalReason
  /** Per field, where there is one: the damage, the version found, the unknown rows. */
  issues: ParseIssue[]
}

/** The ballots kept (one per participant and round, sorted by round then participant) and the rest. */
export interface MergeResult {
  accepted: Ballot[]
  refused: BallotRefusal[]
}

/** A refusal for a ballot that does not fit the workshop, or null when it fits. */
function checkFit(
  ballot: Ballot,
  workshop: Workshop,
): Pick<BallotRefusal, 'reason' | 'issues'> | null {
  if (ballot.workshop !== workshop.key) return { reason: 'other-workshop', issues: [] }
  const rows = workshop.rounds[ballot.round - 1]
  if (!rows)
    return {
      reason: 'unknown-round',
      issues: [
        { path: ['round'], code: 'invalid-choice', params: { max: workshop.rounds.length } },
      ],
    }
  const unknown = Object.keys(ballot.ratings).filter(
    (r) => !(rows as readonly string[]).includes(r),
  )
  if (unknown.length)
    return {
      reason: 'unknown-row',
      issues: unknown.map((row) => ({ path: ['ratings', row], code: 'invalid-choice' as const })),
    }
  return null
}

/** JSON with object keys sorted, so equal ballots have equal text whatever their key order. */
function canonicalText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalText(v)}`).join(',')}}`
}

/** The id of a value that is not a valid ballot, when it has a readable one. */
function readId(value: unknown): string | null {
  try {
    const id = (value as { id?: unknown } | null)?.id
    return IdSchema.safeParse(id).success ? (id as string) : null
  } catch {
    return null
  }
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

interface Candidate {
  ballot: Ballot
  index: number | null
  text: string
}

/** Which of two ballots of one participant and round is kept: positive when `a` is. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.ballot.seq - b.ballot.seq ||
    compareStrings(a.ballot.id, b.ballot.id) ||
    compareStrings(a.text, b.text) ||
    // Identical copies: keep the one already kept, else the first given.
    (b.index ?? -1) - (a.index ?? -1)
  )
}

const slotOf = (b: Ballot) => `${b.round}\u0000${b.participant}`

/**
 * Takes incoming ballots (unknown values: parsed here) into the ones kept so far. Pure: neither
 * list is changed. The ballots kept depend only on the set of ballots seen (see the module
 * comment): any order of `incoming`, and any split of it into successive merges, keeps the same
 * ballots. Every incoming value and every ballot of `existing` no longer kept gets one refusal.
 */
export function mergeBallots(
  existing: readonly Ballot[],
  incoming: readonly unknown[],
  workshop: Workshop,
): MergeResult {
  const refused: BallotRefusal[] = []
  const candidates: Candidate[] = []
  const consider = (ballot: Ballot, index: number | null) => {
    const misfit = checkFit(ballot, workshop)
    if (misfit) refused.push({ index, ballotId: ballot.id, ...misfit })
    else candidates.push({ ballot, index, text: canonicalText(ballot) })
  }
  existing.forEach((ballot) => consider(ballot, null))
  incoming.forEach((value, index) => {
    const parsed = parseBallot(value)
    if (parsed.ok) consider(parsed.ballot, index)
    else {
      refused.push({
        index,
        ballotId: readId(value),
        reason: parsed.reason,
        issues: parsed.issues,
      })
    }
  })

  const kept = new Map<string, Candidate>()
  for (const c of candidates) {
    const slot = slotOf(c.ballot)
    const best = kept.get(slot)
    if (!best || compareCandidates(c, best) > 0) kept.set(slot, c)
  }
  for (const c of candidates) {
    const best = kept.get(slotOf(c.ballot))!
    if (best === c) continue
    const duplicate = c.ballot.id === best.ballot.id
    refused.push({
      index: c.index,
      ballotId: c.ballot.id,
      reason: duplicate ? 'duplicate' : 'superseded',
      issues: [],
    })
  }

  const accepted = [...kept.values()]
    .map((c) => c.ballot)
    .sort((a, b) => a.round - b.round || compareStrings(a.participant, b.participant))
  // Incoming first, in the order given; then the ballots of `existing` no longer kept.
  refused.sort((a, b) => (a.index ?? Number.MAX_VALUE) - (b.index ?? Number.MAX_VALUE))
  return { accepted, refused }
}

/** The ballots of one round. */
export function ballotsOfRound(ballots: readonly Ballot[], round: number): Ballot[] {
  return ballots.filter((b) => b.round === round)
}
