/**
 * A workshop as the facilitator keeps it (src/domain/workshop/session.ts) and the compact wire
 * forms of invitations and ballots (wire.ts).
 */
import { describe, expect, it } from 'vitest'
import {
  addBallots,
  ballotFromWire,
  ballotToWire,
  createAssessment,
  createBallot,
  createWorkshop,
  currentRound,
  invitationFromWire,
  invitationOf,
  invitationToWire,
  ITEM_IDS,
  lastRoundOfRow,
  parseBallot,
  parseWorkshop,
  resultOfRound,
  setRule,
  startNextRound,
  type Ballot,
  type WorkshopRating,
  type WorkshopSession,
} from '@/domain'

const now = new Date('2026-11-28T10:00:00Z')
let counter = 0
const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + counter++) % 256)

function workshop(): WorkshopSession {
  const source = createAssessment({ id: 'src1', now, locale: 'en' })
  source.flag.title = 'Network fees'
  source.flag.summary = 'Large platforms would pay operators.'
  return createWorkshop({ source, sourceId: 'src1', now, random })
}

function vote(
  session: WorkshopSession,
  who: string,
  ratings: Record<string, WorkshopRating>,
  round = 1,
): Ballot {
  return createBallot(
    {
      workshop: session.key,
      round,
      participant: who,
      seq: 0,
      ratings: Object.fromEntries(Object.entries(ratings).map(([r, rating]) => [r, { rating }])),
    },
    random,
  )
}

describe('createWorkshop', () => {
  it('asks about every row in round 1 under the default rule, with a 16-character key', () => {
    const s = workshop()
    expect(s.key).toMatch(/^[a-z0-9]{16}$/)
    expect(s.rounds).toEqual([[...ITEM_IDS]])
    expect(s.rule).toEqual({ maxIqr: 1, minAgreementPercent: 75, minTailPercent: 25 })
    expect(currentRound(s)).toBe(1)
  })

  it('fixes the rule before voting: it cannot change once a ballot is in', () => {
    const s = workshop()
    const rule = { maxIqr: 0, minAgreementPercent: 80, minTailPercent: 20 }
    expect(setRule(s, rule, now)?.rule).toEqual(rule)
    const { session } = addBallots(s, [vote(s, 'p1', { privacy: 'negative' })], now)
    expect(setRule(session, rule, now)).toBeNull()
  })
})

describe('rounds', () => {
  it('round 2 asks only about the rows without consensus, and each row is decided on its last round', () => {
    let s = workshop()
    const rows = { privacy: 'negative', integrity: 'negative' } as const
    const ballots = [
      vote(s, 'a', { ...rows, 'data-confidentiality': 'strongly-negative' }),
      vote(s, 'b', { ...rows, 'data-confidentiality': 'positive' }),
      vote(s, 'c', { ...rows, 'data-confidentiality': 'negative' }),
      vote(s, 'd', { ...rows, 'data-confidentiality': 'strongly-positive' }),
    ]
    s = addBallots(s, ballots, now).session
    const r1 = resultOfRound(s, 1)
    expect(r1.rows.find((r) => r.rowId === 'privacy')!.consensus.status).toBe('consensus')
    const next = startNextRound(s, now)!
    expect(next.rounds[1]).not.toContain('privacy')
    expect(next.rounds[1]).toContain('data-confidentiality')
    expect(lastRoundOfRow(next).privacy).toBe(1)
    expect(lastRoundOfRow(next)['data-confidentiality']).toBe(2)
    expect(invitationOf(next).round).toBe(2)
    expect(invitationOf(next).rows).toEqual(next.rounds[1])
  })
})

describe('parseWorkshop', () => {
  it('reads back what it saved, through JSON', () => {
    const s0 = workshop()
    const s = addBallots(s0, [vote(s0, 'p1', { privacy: 'negative' })], now).session
    const back = parseWorkshop(JSON.parse(JSON.stringify(s)))
    expect(back).toMatchObject({ ok: true, dropped: 0 })
    if (back.ok) expect(back.session).toEqual(s)
  })

  it('sets aside saved ballots that no longer fit, and refuses a damaged workshop without throwing', () => {
    const s0 = workshop()
    const saved = JSON.parse(JSON.stringify(s0)) as Record<string, unknown>
    saved.ballots = [{ format: 'iiat-ballot', version: 1 }, vote(s0, 'p1', { privacy: 'none' })]
    const back = parseWorkshop(saved)
    expect(back).toMatchObject({ ok: true, dropped: 1 })
    expect(parseWorkshop({ ...saved, rounds: [] }).ok).toBe(false)
    expect(parseWorkshop({ ...saved, source: { format: 'nope' } }).ok).toBe(false)
    expect(parseWorkshop(null).ok).toBe(false)
  })
})

describe('wire forms', () => {
  it('an invitation survives its compact form', () => {
    const inv = invitationOf(workshop())
    expect(invitationFromWire(JSON.parse(JSON.stringify(invitationToWire(inv))))).toEqual(inv)
  })

  it('refuses an invitation with a repeated or unknown row', () => {
    const wire = invitationToWire(invitationOf(workshop()))
    expect(invitationFromWire({ ...wire, i: 'aa' })).toBeNull()
    expect(invitationFromWire({ ...wire, i: 'az' })).toBeNull()
    expect(invitationFromWire({ ...wire, r: 0 })).toBeNull()
  })

  it('a ballot survives its compact form, reasons and pseudonym included, in about 100 bytes', () => {
    const s = workshop()
    const b = createBallot(
      {
        workshop: s.key,
        round: 1,
        participant: 'p1',
        seq: 2,
        pseudonym: 'Amal',
        ratings: Object.fromEntries(ITEM_IDS.map((id) => [id, { rating: 'negative' as const }])),
      },
      random,
    )
    b.ratings.privacy = { rating: 'unclear', reason: 'depends on the law' }
    const wire = JSON.stringify(ballotToWire(b))
    expect(parseBallot(ballotFromWire(JSON.parse(wire)))).toEqual({ ok: true, ballot: b })
    const plain = {
      ...b,
      pseudonym: undefined,
      ratings: { ...b.ratings, privacy: { rating: 'negative' as const } },
    }
    expect(JSON.stringify(ballotToWire(plain)).length).toBeLessThan(110)
  })

  it('a row letter no catalogue has becomes a row no workshop asks about, and is refused as such', () => {
    const s = workshop()
    const wire = { ...ballotToWire(vote(s, 'p1', { privacy: 'negative' })), v: 'z1' }
    const { merge } = addBallots(s, [ballotFromWire(wire)], now)
    expect(merge.refused[0]!.reason).toBe('unknown-row')
    expect(ballotFromWire('text')).toBeNull()
    expect(ballotFromWire({ v: 'abc' })).toBeNull()
  })
})
