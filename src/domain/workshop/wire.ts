/**
 * The compact forms a workshop's invitation and a ballot take inside a join link, a ballot code,
 * a ballot link or a QR code (issue 11). A QR code a laptop camera reads across a room holds about
 * 213 bytes (version 10, level M: workshops.md §2.4), so a ballot names rows and answers by one
 * letter each instead of their ids: a row is its position in the catalogue (`ITEM_IDS`, a…o) and
 * an answer its position in `WORKSHOP_RATINGS` (0…8). A 15-row ballot without reasons is about
 * 100 bytes of JSON.
 *
 * Both readers are lenient about shape and strict about meaning: they turn wire values back into
 * the documents' own shape (an unknown row letter becomes a row name no workshop has, so the
 * merge refuses it as "a row that does not exist") and leave every check to `parseBallot` and
 * `mergeBallots`, the one path every ballot takes, whether it came as a code, a link or a file.
 */
import * as z from 'zod/mini'
import { wholeNumber } from './wholeNumber'
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { LIMITS, LOCALES, type Locale } from '../assessment/schema'
import { BALLOT_FORMAT, type Ballot } from './ballot'
import { WORKSHOP_RATINGS } from './consensus'

/** What a join link tells a participant: the workshop, the round, what to rate. */
export interface Invitation {
  /** The workshop's random key: a ballot carries it back, and another workshop's is refused. */
  key: string
  round: number
  title: string
  summary: string
  /** The rows this round asks about, in the order they are asked. */
  rows: ItemId[]
  /** The language the proposal was written in, so its title and summary keep their direction. */
  locale: Locale
}

const rowLetter = (row: string) => {
  const index = (ITEM_IDS as readonly string[]).indexOf(row)
  return index < 0 ? '?' : String.fromCharCode(97 + index)
}

/** A row's id from its letter; a letter no catalogue row has gives a name no workshop asks about. */
const rowOfLetter = (letter: string) => ITEM_IDS[letter.charCodeAt(0) - 97] ?? `unknown-${letter}`

const InvitationWire = z.object({
  k: z.string(),
  r: wholeNumber(1),
  t: z.string().check(z.maxLength(LIMITS.text)),
  s: z.string().check(z.maxLength(LIMITS.longText)),
  i: z
    .string()
    .check(
      z.regex(
        new RegExp(`^[a-${String.fromCharCode(96 + ITEM_IDS.length)}]{1,${ITEM_IDS.length}}$`),
      ),
    ),
  l: z.enum(LOCALES),
})

/** The invitation as the join link carries it. */
export function invitationToWire(invitation: Invitation): z.infer<typeof InvitationWire> {
  return {
    k: invitation.key,
    r: invitation.round,
    t: invitation.title,
    s: invitation.summary,
    i: invitation.rows.map(rowLetter).join(''),
    l: invitation.locale,
  }
}

/** An invitation from a join link's JSON value, or null when it is not one. */
export function invitationFromWire(value: unknown): Invitation | null {
  const parsed = InvitationWire.safeParse(value)
  if (!parsed.success) return null
  const { k, r, t, s, i, l } = parsed.data
  const rows = [...i].map(rowOfLetter) as ItemId[]
  if (new Set(rows).size !== rows.length || !/^[A-Za-z0-9_-]{1,64}$/.test(k) || r < 1) return null
  return { key: k, round: r, title: t, summary: s, rows, locale: l }
}

/** A ballot as a code carries it. */
export interface BallotWire {
  /** Format version of the ballot. */
  f: number
  w: string
  r: number
  p: string
  q: number
  i: string
  n?: string
  /** Row letter then answer digit, for each row rated. */
  v: string
  /** Reasons by row letter. */
  x?: Record<string, string>
}

/** The compact form of a ballot. */
export function ballotToWire(ballot: Ballot): BallotWire {
  let v = ''
  const x: Record<string, string> = {}
  for (const [row, vote] of Object.entries(ballot.ratings)) {
    const letter = rowLetter(row)
    v += letter + WORKSHOP_RATINGS.indexOf(vote.rating)
    if (vote.reason) x[letter] = vote.reason
  }
  return {
    f: ballot.version,
    w: ballot.workshop,
    r: ballot.round,
    p: ballot.participant,
    q: ballot.seq,
    i: ballot.id,
    ...(ballot.pseudonym ? { n: ballot.pseudonym } : {}),
    v,
    ...(Object.keys(x).length ? { x } : {}),
  }
}

/**
 * A ballot-shaped value from a code's JSON value, for `parseBallot` / `mergeBallots` to judge;
 * null when it is not a ballot's compact form at all.
 */
export function ballotFromWire(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const wire = value as Record<string, unknown>
  if (typeof wire.v !== 'string' || wire.v.length % 2 !== 0 || wire.v.length > 2 * 64) return null
  const reasons =
    typeof wire.x === 'object' && wire.x !== null ? (wire.x as Record<string, unknown>) : {}
  const ratings: Record<string, { rating: unknown; reason?: unknown }> = {}
  for (let at = 0; at < wire.v.length; at += 2) {
    const letter = wire.v[at]!
    const answer = WORKSHOP_RATINGS[Number(wire.v[at + 1])] ?? `answer-${wire.v[at + 1]}`
    const reason = Object.hasOwn(reasons, letter) ? reasons[letter] : undefined
    ratings[rowOfLetter(letter)] =
      reason === undefined ? { rating: answer } : { rating: answer, reason }
  }
  return {
    format: BALLOT_FORMAT,
    version: wire.f,
    workshop: wire.w,
    round: wire.r,
    participant: wire.p,
    seq: wire.q,
    id: wire.i,
    ...(wire.n === undefined ? {} : { pseudonym: wire.n }),
    ratings,
  }
}
