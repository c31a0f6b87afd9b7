/**
 * Ballots (src/domain/workshop/ballot.ts): parsing untrusted input, and taking ballots into a
 * workshop with a reason for each one refused (issue 11, "Bad input").
 */
import { describe, expect, it } from 'vitest'
import {
  BALLOT_FORMAT,
  BALLOT_LIMITS,
  BALLOT_VERSION,
  ballotsOfRound,
  createBallot,
  mergeBallots,
  parseBallot,
  parseBallotText,
  type Ballot,
  type BallotFields,
  type BallotRefusalReason,
  type Workshop,
} from '@/domain'

const WORKSHOP: Workshop = {
  key: 'room-key-1',
  rounds: [
    ['privacy', 'integrity', 'common-global-identifiers'],
    ['privacy', 'integrity'],
  ],
}

/** Random bytes that spell the id wanted (the alphabet is a–z, 0–9). */
const spelling = (id: string) => () =>
  Uint8Array.from(id, (ch) => 'abcdefghijklmnopqrstuvwxyz0123456789'.indexOf(ch))

function ballot(id: string, over: Partial<BallotFields> = {}): Ballot {
  return createBallot(
    {
      workshop: WORKSHOP.key,
      round: 1,
      participant: 'p-' + id,
      seq: 0,
      ratings: { privacy: { rating: 'negative', reason: 'tracks users' } },
      ...over,
    },
    spelling(id),
  )
}

/** A deep-frozen copy, so a test fails if anything is changed in place. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value)
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze)
      Object.freeze(v)
    }
  }
  freeze(copy)
  return copy
}

describe('createBallot', () => {
  it('writes the format and version, a random id, and leaves out empty reasons', () => {
    const b = createBallot(
      {
        workshop: 'k',
        round: 1,
        participant: 'me',
        seq: 2,
        pseudonym: 'Amal',
        ratings: { privacy: { rating: 'unclear', reason: '' }, integrity: { rating: 'none' } },
      },
      spelling('abc123abc123'),
    )
    expect(b).toEqual({
      format: BALLOT_FORMAT,
      version: BALLOT_VERSION,
      workshop: 'k',
      round: 1,
      participant: 'me',
      seq: 2,
      id: 'abc123abc123',
      pseudonym: 'Amal',
      ratings: { privacy: { rating: 'unclear' }, integrity: { rating: 'none' } },
    })
    expect(parseBallot(b)).toEqual({ ok: true, ballot: b })
  })

  it('leaves out an empty pseudonym: anonymous', () => {
    expect(ballot('a', { pseudonym: '' })).not.toHaveProperty('pseudonym')
  })
})

describe('parseBallot', () => {
  const good = ballot('good')

  it('keeps a valid ballot and drops unknown fields', () => {
    expect(parseBallot({ ...good, extra: 'x' })).toEqual({ ok: true, ballot: good })
  })

  it.each<[unknown, BallotRefusalReason, (string | number)[], string]>([
    [null, 'not-a-ballot', [], 'not-an-object'],
    [[good], 'not-a-ballot', [], 'not-an-object'],
    ['ballot', 'not-a-ballot', [], 'not-an-object'],
    [{ ...good, format: 'iiat-assessment' }, 'not-a-ballot', ['format'], 'wrong-format'],
    [{ ...good, version: 0 }, 'older-version', ['version'], 'unknown-version'],
    [{ ...good, version: BALLOT_VERSION + 1 }, 'newer-version', ['version'], 'newer-version'],
    [{ ...good, version: '1' }, 'invalid', ['version'], 'unknown-version'],
    [{ ...good, id: undefined }, 'invalid', ['id'], 'required'],
    [{ ...good, id: 'has space' }, 'invalid', ['id'], 'invalid-id'],
    [{ ...good, round: 0 }, 'invalid', ['round'], 'invalid'],
    [{ ...good, round: 1.5 }, 'invalid', ['round'], 'invalid'],
    [{ ...good, seq: -1 }, 'invalid', ['seq'], 'invalid'],
    [
      { ...good, pseudonym: 'x'.repeat(BALLOT_LIMITS.pseudonym + 1) },
      'invalid',
      ['pseudonym'],
      'too-long',
    ],
    [
      { ...good, ratings: { privacy: { rating: 'bad', reason: 'x'.repeat(501) } } },
      'invalid',
      ['ratings', 'privacy', 'rating'],
      'invalid-choice',
    ],
    [
      { ...good, ratings: { privacy: { rating: 'very-negative' } } },
      'invalid-rating',
      ['ratings', 'privacy', 'rating'],
      'invalid-choice',
    ],
    [
      { ...good, ratings: { privacy: { rating: 'not-assessed' } } },
      'invalid-rating',
      ['ratings', 'privacy', 'rating'],
      'invalid-choice',
    ],
    [
      { ...good, ratings: { privacy: { rating: 'negative', reason: 'x'.repeat(501) } } },
      'invalid',
      ['ratings', 'privacy', 'reason'],
      'too-long',
    ],
    [
      {
        ...good,
        ratings: Object.fromEntries(
          Array.from({ length: BALLOT_LIMITS.rows + 1 }, (_, i) => [
            `row-${i}`,
            { rating: 'none' },
          ]),
        ),
      },
      'invalid',
      ['ratings'],
      'too-many',
    ],
  ])('refuses %j as %s, at %j (%s)', (input, reason, path, code) => {
    const result = parseBallot(input)
    expect(result).toMatchObject({ ok: false, reason })
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path, code })
  })

  it('accepts a reason and pseudonym at their limits', () => {
    const atLimit = {
      ...good,
      pseudonym: 'x'.repeat(BALLOT_LIMITS.pseudonym),
      ratings: { privacy: { rating: 'negative', reason: 'x'.repeat(BALLOT_LIMITS.reason) } },
    }
    expect(parseBallot(atLimit).ok).toBe(true)
  })

  it('never lets a key change an object’s prototype', () => {
    const text = `{"format":"iiat-ballot","version":1,"workshop":"k","round":1,"participant":"p","seq":0,"id":"i","ratings":{"__proto__":{"rating":"negative"},"privacy":{"rating":"none"}}}`
    const result = parseBallotText(text)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(Object.getPrototypeOf(result.ballot.ratings)).toBe(Object.prototype)
      expect(Object.keys(result.ballot.ratings)).toEqual(['privacy'])
    }
  })
})

describe('parseBallotText', () => {
  it('reads a ballot’s JSON', () => {
    const b = ballot('text')
    expect(parseBallotText(JSON.stringify(b))).toEqual({ ok: true, ballot: b })
  })

  it.each([
    ['{"format":"iiat-ballot","vers', 'not-json'],
    ['', 'not-json'],
    [' '.repeat(BALLOT_LIMITS.textChars + 1), 'too-large'],
  ])('refuses %j: %s', (text, code) => {
    expect(parseBallotText(text)).toMatchObject({
      ok: false,
      reason: 'not-a-ballot',
      issues: [{ path: [], code }],
    })
  })
})

describe('mergeBallots', () => {
  it('keeps valid ballots, sorted by round then participant, and refuses nothing', () => {
    const a = ballot('aaa', { participant: 'zed' })
    const b = ballot('bbb', { participant: 'amy' })
    const c = ballot('ccc', { participant: 'amy', round: 2 })
    expect(mergeBallots([], [c, a, b], WORKSHOP)).toEqual({ accepted: [b, a, c], refused: [] })
  })

  it('refuses a ballot from another workshop', () => {
    const other = ballot('x', { workshop: 'another-room' })
    expect(mergeBallots([], [other], WORKSHOP)).toEqual({
      accepted: [],
      refused: [{ index: 0, ballotId: 'x', reason: 'other-workshop', issues: [] }],
    })
  })

  it('refuses the same ballot twice, in one batch or a later one', () => {
    const a = ballot('aaa')
    const once = mergeBallots([], [a, structuredClone(a)], WORKSHOP)
    expect(once).toEqual({
      accepted: [a],
      refused: [{ index: 1, ballotId: 'aaa', reason: 'duplicate', issues: [] }],
    })
    const later = mergeBallots(once.accepted, [structuredClone(a)], WORKSHOP)
    expect(later).toEqual({
      accepted: [a],
      refused: [{ index: 0, ballotId: 'aaa', reason: 'duplicate', issues: [] }],
    })
  })

  it('keeps a participant’s later ballot for a round, in whichever order they arrive', () => {
    const first = ballot('first', { participant: 'p', seq: 1 })
    const second = ballot('second', {
      participant: 'p',
      seq: 2,
      ratings: { privacy: { rating: 'slightly-negative' } },
    })
    const superseded = { ballotId: 'first', reason: 'superseded', issues: [] }
    expect(mergeBallots([], [first, second], WORKSHOP)).toEqual({
      accepted: [second],
      refused: [{ index: 0, ...superseded }],
    })
    expect(mergeBallots([], [second, first], WORKSHOP)).toEqual({
      accepted: [second],
      refused: [{ index: 1, ...superseded }],
    })
    // Already kept, then replaced: the refusal points at `existing` (index null).
    expect(mergeBallots([first], [second], WORKSHOP)).toEqual({
      accepted: [second],
      refused: [{ index: null, ...superseded }],
    })
    expect(mergeBallots([second], [first], WORKSHOP)).toEqual({
      accepted: [second],
      refused: [{ index: 0, ...superseded }],
    })
  })

  it('decides equal sequence numbers by the greater ballot id', () => {
    const a = ballot('aaa', { participant: 'p', seq: 3 })
    const b = ballot('bbb', { participant: 'p', seq: 3 })
    expect(mergeBallots([], [b, a], WORKSHOP).accepted).toEqual([b])
    expect(mergeBallots([], [a, b], WORKSHOP).accepted).toEqual([b])
  })

  it('keeps one ballot of two that share an id and sequence number but differ (a tampered copy)', () => {
    const a = ballot('same', { participant: 'p' })
    const altered = { ...a, ratings: { privacy: { rating: 'strongly-positive' as const } } }
    const one = mergeBallots([], [a, altered], WORKSHOP)
    const other = mergeBallots([], [altered, a], WORKSHOP)
    expect(one.accepted).toEqual(other.accepted)
    expect(one.accepted).toHaveLength(1)
    expect(one.refused.map((r) => r.reason)).toEqual(['duplicate'])
  })

  it('keeps a participant’s ballots of different rounds apart', () => {
    const r1 = ballot('r1', { participant: 'p', round: 1 })
    const r2 = ballot('r2', { participant: 'p', round: 2, seq: 0 })
    expect(mergeBallots([], [r2, r1], WORKSHOP).accepted).toEqual([r1, r2])
    expect(ballotsOfRound([r1, r2], 2)).toEqual([r2])
  })

  it('refuses a round the workshop has not started', () => {
    expect(mergeBallots([], [ballot('r3', { round: 3 })], WORKSHOP).refused).toEqual([
      {
        index: 0,
        ballotId: 'r3',
        reason: 'unknown-round',
        issues: [{ path: ['round'], code: 'invalid-choice', params: { max: 2 } }],
      },
    ])
  })

  it('refuses rows the round does not ask about, naming them', () => {
    const offRound = ballot('off', {
      round: 2,
      ratings: {
        privacy: { rating: 'none' },
        'common-global-identifiers': { rating: 'negative' },
      },
    })
    const unknown = { ...ballot('unk'), ratings: { 'no-such-row': { rating: 'none' } } }
    expect(mergeBallots([], [offRound, unknown], WORKSHOP).refused).toEqual([
      {
        index: 0,
        ballotId: 'off',
        reason: 'unknown-row',
        issues: [{ path: ['ratings', 'common-global-identifiers'], code: 'invalid-choice' }],
      },
      {
        index: 1,
        ballotId: 'unk',
        reason: 'unknown-row',
        issues: [{ path: ['ratings', 'no-such-row'], code: 'invalid-choice' }],
      },
    ])
  })

  it('refuses unreadable input with the parse reason, and the id when it can read one', () => {
    const good = ballot('good')
    const result = mergeBallots(
      [],
      [
        { ...good, ratings: { privacy: { rating: 'awful' } } },
        { ...good, version: 7 },
        { ...good, version: 0 },
        'truncated{',
        null,
        { ...good, id: { not: 'an id' }, round: 'one' },
      ],
      WORKSHOP,
    )
    expect(result.accepted).toEqual([])
    expect(result.refused.map((r) => [r.index, r.ballotId, r.reason])).toEqual([
      [0, 'good', 'invalid-rating'],
      [1, 'good', 'newer-version'],
      [2, 'good', 'older-version'],
      [3, null, 'not-a-ballot'],
      [4, null, 'not-a-ballot'],
      [5, null, 'invalid'],
    ])
  })

  it('leaves the kept ballots as they were when everything incoming is refused', () => {
    const existing = frozen([ballot('a'), ballot('b')])
    const incoming = frozen([ballot('c', { workshop: 'elsewhere' }), structuredClone(existing[0])])
    const result = mergeBallots(existing, incoming, WORKSHOP)
    expect(result.accepted).toEqual(existing)
    expect(result.refused.map((r) => r.reason)).toEqual(['other-workshop', 'duplicate'])
  })

  it('changes neither list it is given', () => {
    const existing = frozen([ballot('a', { participant: 'p', seq: 1 })])
    const incoming = frozen([ballot('b', { participant: 'p', seq: 2 }), ballot('c')])
    expect(() => mergeBallots(existing, incoming, WORKSHOP)).not.toThrow()
  })
})
