/**
 * The facilitator's view of one round (issue 11, "The facilitator's console"): each row's
 * statistics from the round's ballots, the rows sorted by disagreement, and one agreement figure
 * for the room. A pure function of the ballots, so any order of the same ballots gives the same
 * result.
 */
import type { ItemId } from '../catalogue/ids'
import { measureRoomAgreement, type RoomAgreement } from './alpha'
import type { Ballot } from './ballot'
import {
  measureConsensus,
  stepOf,
  type ConsensusRule,
  type RatingInput,
  type RowConsensus,
} from './consensus'

/** One participant's rating of one row, with what identifies it to the facilitator. */
export interface CastRating extends RatingInput {
  ballotId: string
  /** Shown only where the facilitator chooses: never on the projector. */
  pseudonym?: string
}

/** One row's result. */
export interface RowResult {
  rowId: ItemId
  consensus: RowConsensus<CastRating>
  /** Ballots that left this row out. */
  skipped: number
}

/** A round's result: its rows, most disputed first, and the room's agreement. */
export interface WorkshopResult {
  ballots: number
  rows: RowResult[]
  room: RoomAgreement
}

/**
 * Most disputed first: rows nobody rated on the scale go last; then the wider IQR, then the
 * smaller agreement, then the fewer ratings near the median; ties keep the order of `rows`.
 */
function compareDisagreement(a: RowResult, b: RowResult): number {
  const x = a.consensus
  const y = b.consensus
  if (x.n === 0 || y.n === 0) return (x.n === 0 ? 1 : 0) - (y.n === 0 ? 1 : 0)
  return (
    y.iqr! - x.iqr! ||
    x.agreement!.share - y.agreement!.share ||
    x.nearMedian!.share - y.nearMedian!.share
  )
}

/**
 * The result of one round from its ballots (pass one round's: see `ballotsOfRound`), under the
 * facilitator's rule, for the rows the round asks about. A row a ballot does not name counts as
 * skipped; ratings of other rows are ignored. Outliers are listed in the order of the ballots'
 * ids, so the list does not depend on the order the ballots came in.
 */
export function aggregate(
  ballots: readonly Ballot[],
  rule: ConsensusRule,
  rows: readonly ItemId[],
): WorkshopResult {
  const ordered = [...ballots].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const results = rows.map((rowId): RowResult => {
    const cast: CastRating[] = ordered.flatMap((b) => {
      const vote = b.ratings[rowId]
      if (!vote) return []
      return [
        {
          rating: vote.rating,
          ballotId: b.id,
          ...(vote.reason ? { reason: vote.reason } : {}),
          ...(b.pseudonym ? { pseudonym: b.pseudonym } : {}),
        },
      ]
    })
    return {
      rowId,
      consensus: measureConsensus(cast, rule),
      skipped: ordered.length - cast.length,
    }
  })
  const byRater = ordered.map((b) =>
    rows.map((row) => {
      const vote = b.ratings[row]
      return vote ? stepOf(vote.rating) : null
    }),
  )
  return {
    ballots: ordered.length,
    rows: results.sort(compareDisagreement),
    room: measureRoomAgreement(byRater),
  }
}

/**
 * The rows a second round asks about: every row without consensus (one nobody could place on
 * the scale included), in the order given.
 */
export function rowsWithoutConsensus(result: WorkshopResult, rows: readonly ItemId[]): ItemId[] {
  const settled = new Set(
    result.rows.filter((r) => r.consensus.status === 'consensus').map((r) => r.rowId),
  )
  return rows.filter((r) => !settled.has(r))
}
