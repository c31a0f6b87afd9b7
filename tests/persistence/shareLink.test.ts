/**
 * The share-link codec (issue 10): a whole assessment or its summary in a link's fragment, read
 * back through the file import's parse-and-migrate path; every hostile link refused with its own
 * reason, quickly, without throwing.
 */
import { deflateSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, MAX_FILE_BYTES, decideVerdict, type Assessment } from '@/domain'
import { compression } from '@/persistence/compression'
import { serializeAssessment } from '@/persistence/fileTransfer'
import {
  MAX_FRAGMENT_CHARS,
  encodeAssessmentFragment,
  encodeSummaryFragment,
  openFragment,
  shareUrl,
  type OpenedLink,
} from '@/persistence/shareLink'
import { baseDocuments } from '../fixtures/arbitraries'
import { expectStrictEqual } from '../setup/equal'

const NOW = new Date('2026-03-01T09:30:00.000Z')
const options = { newId: () => 'opened-copy', now: NOW }
const [fairShare, blank] = baseDocuments() as [Assessment, Assessment]

/** A fragment of ours around any bytes: deflated, with the CRC-32 of `crcOf` (or of nothing). */
function fragmentOf(kind: string, packed: Uint8Array, crc = 0): string {
  const out = Buffer.alloc(packed.length + 4)
  out.set(packed)
  out.writeUInt32BE(crc, packed.length)
  return `${kind}.${out.toString('base64url')}`
}

/** CRC-32 as zlib computes it (Node's zlib has it since 20.15; computed here to be sure). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function deflatedJson(text: string): { packed: Uint8Array; crc: number } {
  const bytes = new TextEncoder().encode(text)
  return { packed: deflateSync(bytes), crc: crc32(bytes) }
}

function reasonOf(opened: OpenedLink): string {
  return opened.ok ? `accepted as ${opened.kind}` : opened.reason
}

const expectedCopy = (doc: Assessment) => ({
  ...doc,
  id: 'opened-copy',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
})

describe.each([
  ['CompressionStream', true],
  ['fflate', false],
])('share link with %s', (_name, streams) => {
  const useStreams = compression.useStreams
  afterEach(() => {
    compression.useStreams = useStreams
  })
  const setUp = () => {
    compression.useStreams = () => streams
  }

  it('carries a whole assessment and reads it back as a copy, like a file', async () => {
    setUp()
    for (const doc of [fairShare, blank]) {
      const fragment = await encodeAssessmentFragment(doc)
      expect(fragment).toMatch(/^a1\.[A-Za-z0-9_-]+$/)
      const opened = await openFragment(`#${fragment}`, options)
      expectStrictEqual(opened, {
        ok: true,
        kind: 'assessment',
        result: {
          ok: true,
          assessment: expectedCopy(doc),
          migratedFrom: null,
          originalId: doc.id,
        },
        changedAt: doc.updatedAt,
      })
      if (opened.ok && opened.kind === 'assessment')
        expect(serializeAssessment(opened.result.assessment)).toBe(
          serializeAssessment(expectedCopy(doc)),
        )
    }
  })

  it('carries a summary: title, verdict and every rating', async () => {
    setUp()
    const fragment = await encodeSummaryFragment(fairShare)
    expect(fragment).toMatch(/^s1\./)
    // The title and 15 letters: short enough for a QR code that scans from a screen.
    expect(fragment.length).toBeLessThan(fairShare.flag.title.length + 120)
    const opened = await openFragment(fragment, options)
    expect(opened.ok && opened.kind).toBe('summary')
    if (!opened.ok || opened.kind !== 'summary') return
    expect(opened.summary.title).toBe(fairShare.flag.title)
    expect(opened.summary.verdict).toBe(decideVerdict(fairShare.analysis).verdict)
    for (const [id, row] of Object.entries(fairShare.analysis)) {
      const got = opened.summary.ratings[id as keyof typeof fairShare.analysis]
      expect(got.impact).toBe(row.impact)
      if (row.impact === 'mixed')
        expect(got.mixed).toEqual({ harm: row.mixed.harm, benefit: row.mixed.benefit })
    }
  })

  it('refuses a truncated link', async () => {
    setUp()
    const fragment = await encodeAssessmentFragment(fairShare)
    for (const cut of [
      3,
      10,
      Math.floor(fragment.length / 2),
      fragment.length - 1,
      fragment.length - 8,
    ]) {
      const reason = reasonOf(await openFragment(fragment.slice(0, cut), options))
      expect(['bad-encoding', 'bad-compression', 'damaged']).toContain(reason)
    }
  })

  it('refuses a link with one character altered', async () => {
    setUp()
    const fragment = await encodeAssessmentFragment(fairShare)
    for (const at of [
      3,
      40,
      Math.floor(fragment.length / 2),
      fragment.length - 3,
      fragment.length - 1,
    ]) {
      const swapped = fragment[at] === 'A' ? 'B' : 'A'
      const altered = `${fragment.slice(0, at)}${swapped}${fragment.slice(at + 1)}`
      const reason = reasonOf(await openFragment(altered, options))
      expect(['bad-encoding', 'bad-compression', 'damaged']).toContain(reason)
    }
  })

  it('refuses what is not base64url', async () => {
    setUp()
    for (const payload of ['abc$def', 'a+b/', 'AAAA=', 'A', 'AAAAA', 'héllo', 'AB']) {
      expect(reasonOf(await openFragment(`a1.${payload}`, options))).toMatch(
        /^(bad-encoding|damaged)$/,
      )
    }
    expect(reasonOf(await openFragment('a1.abc$def', options))).toBe('bad-encoding')
    // Stray low bits ("AB" and "AA" would both spell one zero byte): altered or cut, so damaged.
    expect(reasonOf(await openFragment('a1.AAAAAAB', options))).toBe('damaged')
  })

  it('refuses valid base64url of bytes that are not deflate', async () => {
    setUp()
    const junk = Buffer.from('this is not deflate at all, just text!!', 'utf8')
    // 0xff as a first byte is a reserved block type: never valid deflate.
    const reserved = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01, 0x02])
    for (const bytes of [junk, reserved])
      expect(reasonOf(await openFragment(fragmentOf('a1', bytes), options))).toBe('bad-compression')
  })

  it('refuses a deflate bomb quickly, without unpacking it', async () => {
    setUp()
    const zeros = new Uint8Array(100 * 1024 * 1024)
    const bomb = fragmentOf('a1', deflateSync(zeros, { level: 9 }))
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS)
    const started = performance.now()
    expect(reasonOf(await openFragment(bomb, options))).toBe('too-large')
    expect(performance.now() - started).toBeLessThan(2_000)
    // A summary's cap is far smaller than a file's.
    const small = fragmentOf('s1', deflateSync(new Uint8Array(64 * 1024)))
    expect(reasonOf(await openFragment(small, options))).toBe('too-large')
    // Just over the file cap is refused too; just under goes on to the parser.
    const over = fragmentOf('a1', deflateSync(new Uint8Array(MAX_FILE_BYTES + 1)))
    expect(reasonOf(await openFragment(over, options))).toBe('too-large')
  }, 20_000)

  it('refuses valid deflate of something that is not JSON, or of the wrong schema', async () => {
    setUp()
    const notJson = deflatedJson('hello, world')
    const opened = await openFragment(fragmentOf('a1', notJson.packed, notJson.crc), options)
    expect(reasonOf(opened)).toBe('invalid')
    expect(opened.ok ? [] : opened.issues?.map((i) => i.code)).toEqual(['not-json'])

    const wrong = deflatedJson(JSON.stringify({ hello: 'world', format: 'something-else' }))
    const refused = await openFragment(fragmentOf('a1', wrong.packed, wrong.crc), options)
    expect(reasonOf(refused)).toBe('invalid')
    expect(refused.ok ? [] : refused.issues?.length).toBeGreaterThan(0)

    // A summary's JSON in an assessment link, and the other way round.
    const summary = deflatedJson('{"t":"x","v":"not-assessed","r":"jjjjjjjjjjjjjjj"}')
    expect(
      reasonOf(await openFragment(fragmentOf('a1', summary.packed, summary.crc), options)),
    ).toBe('invalid')
    const doc = deflatedJson(JSON.stringify(blank))
    expect(reasonOf(await openFragment(fragmentOf('s1', doc.packed, doc.crc), options))).toBe(
      'invalid',
    )
  })

  it('refuses a document of a newer schema version, with the issue that says so', async () => {
    setUp()
    const newer = deflatedJson(
      JSON.stringify({ ...fairShare, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    )
    const opened = await openFragment(fragmentOf('a1', newer.packed, newer.crc), options)
    expect(reasonOf(opened)).toBe('invalid')
    expect(opened.ok ? [] : opened.issues?.map((i) => i.code)).toContain('newer-version')
  })

  it('refuses a summary whose verdict is not the one its ratings give', async () => {
    setUp()
    const lie = deflatedJson('{"t":"x","v":"supports","r":"jjjjjjjjjjjjjjj"}')
    expect(reasonOf(await openFragment(fragmentOf('s1', lie.packed, lie.crc), options))).toBe(
      'invalid',
    )
    const truth = deflatedJson('{"t":"x","v":"not-assessed","r":"jjjjjjjjjjjjjjj"}')
    expect(reasonOf(await openFragment(fragmentOf('s1', truth.packed, truth.crc), options))).toBe(
      'accepted as summary',
    )
  })
})

describe('share link prefixes and lengths', () => {
  it('tells links that are not ours from newer ones, and refuses absurd lengths first', async () => {
    // A version is written one way only: 's01.' is not 's1.' (an edit found by the property test).
    for (const hash of [
      '',
      '#',
      'hello',
      'a1',
      'a1-xyz',
      'x1.AAAA',
      'A1.AAAA',
      'a0.AAAA',
      's01.AAAA',
    ])
      expect(reasonOf(await openFragment(hash, options))).toBe('not-ours')
    expect(reasonOf(await openFragment('a2.AAAA', options))).toBe('newer-link')
    expect(reasonOf(await openFragment('s9.AAAA', options))).toBe('newer-link')
    const started = performance.now()
    expect(reasonOf(await openFragment(`a1.${'A'.repeat(MAX_FRAGMENT_CHARS + 10)}`, options))).toBe(
      'too-long',
    )
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('makes links to /open under the app base', () => {
    expect(shareUrl('https://example.org/', 'a1.xyz')).toBe('https://example.org/open#a1.xyz')
    expect(shareUrl('https://example.org/app', 's1.x')).toBe('https://example.org/app/open#s1.x')
  })
})
