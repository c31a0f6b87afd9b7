/**
 * Workshops (issue 11): taking in 200 ballots and showing the result.
 * - in Node: the domain alone, `addBallots` (parse, check, de-duplicate) then `resultOfRound`
 *   (every row's statistics and the room's alpha), for 200 ballots of 15 rows with reasons;
 * - the console records the same in the browser as the `iiat:workshop-intake` measure (ballots
 *   in → result painted); the bench does not drive it yet.
 */
import {
  addBallots,
  createBallot,
  createWorkshop,
  ITEM_IDS,
  resultOfRound,
  WORKSHOP_RATINGS,
  type Ballot,
  type WorkshopSession,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { RUNS } from './config'
import { stats } from './stats'

export type WorkshopResult = ReturnType<typeof benchWorkshopDomain>

const WORKSHOP_BALLOTS = 200

/** A deterministic source of bytes, so every run rates the same way. */
function seeded(seed: number) {
  let x = seed
  return (n: number) =>
    Uint8Array.from({ length: n }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31
      return x >>> 16
    })
}

/** A workshop on the worked example and 200 ballots: every row rated, a reason on every third. */
function workshopFixture(): { session: WorkshopSession; ballots: Ballot[] } {
  const now = new Date('2026-11-28T10:00:00Z')
  const random = seeded(7)
  const source = TEMPLATES[0].create({ id: 'bench', now, locale: 'en' })
  const session = createWorkshop({ source, now, random })
  const ballots = Array.from({ length: WORKSHOP_BALLOTS }, (_, p) => {
    const ratings = Object.fromEntries(
      ITEM_IDS.map((id, row) => {
        const rating = WORKSHOP_RATINGS[(p * 3 + row * 5) % WORKSHOP_RATINGS.length]
        const reason = (p + row) % 3 === 0 ? `Participant ${p} on row ${row}: a reason.` : undefined
        return [id, reason ? { rating, reason } : { rating }]
      }),
    )
    return createBallot(
      { workshop: session.key, round: 1, participant: `p${p}`, seq: 0, ratings },
      random,
    )
  })
  return { session, ballots }
}

/** The domain alone: merge 200 ballots into an empty workshop, then the round's result. */
export function benchWorkshopDomain() {
  const { session, ballots } = workshopFixture()
  // Through JSON, as they arrive from files.
  const incoming = ballots.map((b) => JSON.parse(JSON.stringify(b)) as unknown)
  const merge: number[] = []
  const result: number[] = []
  for (let run = 0; run < RUNS * 3; run++) {
    const t0 = performance.now()
    const added = addBallots(session, incoming, new Date())
    const t1 = performance.now()
    resultOfRound(added.session, 1)
    const t2 = performance.now()
    merge.push(t1 - t0)
    result.push(t2 - t1)
    if (added.session.ballots.length !== WORKSHOP_BALLOTS)
      throw new Error(`kept ${added.session.ballots.length} of ${WORKSHOP_BALLOTS} ballots`)
  }
  return { ballots: WORKSHOP_BALLOTS, merge: stats(merge), result: stats(result) }
}
