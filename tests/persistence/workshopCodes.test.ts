/**
 * Join links, ballot codes, links and files (src/persistence/workshopCodes.ts), and the
 * facilitator's saved workshops (workshopStore.ts): every bad input gets its reason, and a
 * saved workshop is never overwritten by a stale copy, a damaged entry or a failed write.
 */
import { describe, expect, it } from 'vitest'
import {
  addBallots,
  createAssessment,
  createBallot,
  createWorkshop,
  invitationOf,
  type Ballot,
  type WorkshopSession,
} from '@/domain'
import {
  ballotFile,
  ballotUrl,
  encodeBallotCode,
  encodeInvitation,
  joinUrl,
  openInvitation,
  readBallotFile,
  readBallotText,
} from '@/persistence/workshopCodes'
import {
  createWorkshopEntry,
  listWorkshops,
  loadWorkshop,
  updateWorkshop,
  type KeyValueStorage,
} from '@/persistence/workshopStore'

const now = new Date('2026-11-28T10:00:00Z')
let counter = 1
const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 13 + counter++) % 256)

function workshop(): WorkshopSession {
  const source = createAssessment({ id: 'src1', now, locale: 'en' })
  source.flag.title = 'Network fees'
  return createWorkshop({ source, now, random })
}

const ballotOf = (s: WorkshopSession, who = 'p1', reason?: string): Ballot =>
  createBallot(
    {
      workshop: s.key,
      round: 1,
      participant: who,
      seq: 0,
      pseudonym: 'Amal',
      ratings: { privacy: { rating: 'negative', ...(reason ? { reason } : {}) } },
    },
    random,
  )

const file = (name: string, text: string) => ({
  name,
  size: new TextEncoder().encode(text).length,
  text: () => Promise.resolve(text),
})

describe('join links', () => {
  it('carry the invitation in the fragment and read back exactly', async () => {
    const inv = invitationOf(workshop())
    const fragment = await encodeInvitation(inv)
    const url = joinUrl('https://app.example/iiat/', fragment)
    expect(url).toMatch(/^https:\/\/app\.example\/iiat\/join#j1\./)
    expect(await openInvitation(new URL(url).hash)).toEqual({ ok: true, invitation: inv })
  })

  it('refuse a truncated, altered, foreign or newer link with its reason', async () => {
    const fragment = await encodeInvitation(invitationOf(workshop()))
    expect(await openInvitation(fragment.slice(0, -6))).toMatchObject({ reason: 'damaged' })
    const flipped =
      fragment.slice(0, -3) + (fragment.at(-3) === 'A' ? 'B' : 'A') + fragment.slice(-2)
    expect(await openInvitation(flipped)).toMatchObject({ ok: false })
    expect(await openInvitation('hello')).toMatchObject({ reason: 'not-ours' })
    expect(await openInvitation('j9.' + fragment.slice(3))).toMatchObject({
      reason: 'newer-version',
    })
  })
})

describe('ballots', () => {
  it('a code, a link, several codes in one paste and a file all read back as the same ballot', async () => {
    const s = workshop()
    const b = ballotOf(s, 'p1', 'it tracks people')
    const code = await encodeBallotCode(b)
    expect(code.length).toBeLessThan(200)
    const fromCode = await readBallotText(code)
    expect(fromCode).toMatchObject([{ ok: true, value: b }])
    expect(await readBallotText(`Here: ${ballotUrl('https://h/', code)} thanks`)).toMatchObject([
      { ok: true, value: b },
    ])
    const other = ballotOf(s, 'p2')
    const two = await readBallotText(`${code}\n\n${await encodeBallotCode(other)}\n`)
    expect(two.map((r) => r.ok && r.value)).toEqual([b, other])
    const { name, text } = ballotFile(b)
    expect(name).toBe(`ballot-r1-Amal.iiat-ballot.json`)
    expect(await readBallotFile(file(name, text))).toEqual([{ ok: true, value: b, source: name }])
  })

  it('says why it could not read a code, and the merge says the rest', async () => {
    const s = workshop()
    const code = await encodeBallotCode(ballotOf(s))
    expect(await readBallotText(code.slice(0, -5))).toMatchObject([
      { ok: false, reason: 'damaged' },
    ])
    expect(await readBallotText('b0.' + code.slice(3))).toMatchObject([
      { ok: false, reason: 'older-version' },
    ])
    expect(await readBallotText('nothing here')).toMatchObject([{ ok: false, reason: 'not-ours' }])
    expect(await readBallotFile(file('x.json', '{"format":'))).toMatchObject([
      { ok: false, reason: 'damaged' },
    ])
    expect(await readBallotFile({ ...file('big', ''), size: 10_000_000 })).toMatchObject([
      { ok: false, reason: 'too-large' },
    ])
    // Read, but from another workshop: the merge refuses it and keeps the workshop as it was.
    const elsewhere = await readBallotText(await encodeBallotCode(ballotOf(workshop())))
    const { session, merge } = addBallots(
      s,
      elsewhere.map((r) => r.ok && r.value),
      now,
    )
    expect(session).toBe(s)
    expect(merge.refused[0]!.reason).toBe('other-workshop')
  })
})

/** An in-memory localStorage that can be made full. */
function fakeStorage() {
  const map = new Map<string, string>()
  const store: KeyValueStorage & { full: boolean; map: Map<string, string> } = {
    full: false,
    map,
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      if (store.full) throw new DOMException('full', 'QuotaExceededError')
      map.set(k, v)
    },
  }
  return store
}

describe('saved workshops', () => {
  it('a change is applied to the saved copy, so a ballot another tab took in is kept', () => {
    const storage = fakeStorage()
    const s = workshop()
    expect(createWorkshopEntry(storage, s).ok).toBe(true)
    expect(createWorkshopEntry(storage, s)).toMatchObject({ ok: false, reason: 'refused' })
    // Tab A holds s in memory; tab B adds a ballot; tab A then adds another.
    updateWorkshop(storage, s.key, (saved) => addBallots(saved, [ballotOf(s, 'b')], now).session)
    updateWorkshop(storage, s.key, (saved) => addBallots(saved, [ballotOf(s, 'a')], now).session)
    const loaded = loadWorkshop(storage, s.key)
    expect(loaded.ok && loaded.session.ballots.map((b) => b.participant)).toEqual(['a', 'b'])
    expect(listWorkshops(storage)).toMatchObject([{ key: s.key, ok: true, ballots: 2 }])
  })

  it('a full disk is reported and the saved workshop is unchanged, after a reload too', () => {
    const storage = fakeStorage()
    const s = workshop()
    createWorkshopEntry(storage, s)
    const before = storage.map.get(`iiat.workshop.${s.key}`)
    storage.full = true
    const result = updateWorkshop(
      storage,
      s.key,
      (saved) => addBallots(saved, [ballotOf(s)], now).session,
    )
    expect(result).toEqual({ ok: false, reason: 'full' })
    expect(storage.map.get(`iiat.workshop.${s.key}`)).toBe(before)
  })

  it('a damaged entry is listed as damaged and never overwritten', () => {
    const storage = fakeStorage()
    storage.map.set('iiat.workshop.abc', '{"format":"iiat-workshop"')
    expect(loadWorkshop(storage, 'abc')).toEqual({ ok: false, reason: 'damaged' })
    expect(updateWorkshop(storage, 'abc', (s) => s)).toMatchObject({ ok: false, reason: 'damaged' })
    expect(storage.map.get('iiat.workshop.abc')).toBe('{"format":"iiat-workshop"')
    expect(listWorkshops(storage)).toEqual([{ key: 'abc', ok: false }])
  })
})
