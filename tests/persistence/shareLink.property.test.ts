/**
 * Property tests of the share-link codec (issue 10): every valid document survives the trip
 * through a link exactly (as a copy, like a file import); arbitrary strings, and any truncation
 * or edit of a real link, are refused with a reason and never throw or pass for something else.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, withKeptFields } from '@/domain'
import {
  encodeAssessmentFragment,
  encodeSummaryFragment,
  openFragment,
  type OpenedLink,
} from '@/persistence/shareLink'
import { assessmentArb, baseDocuments, PROPERTY_TIMEOUT } from '../fixtures/arbitraries'
import { expectStrictEqual } from '../setup/equal'

const NOW = new Date('2026-03-01T09:30:00.000Z')
const options = { newId: () => 'opened-copy', now: NOW }
const REASONS = [
  'not-ours',
  'newer-link',
  'too-long',
  'bad-encoding',
  'bad-compression',
  'damaged',
  'too-large',
  'invalid',
]

function expectRefused(opened: OpenedLink): void {
  expect(opened.ok).toBe(false)
  if (!opened.ok) expect(REASONS).toContain(opened.reason)
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

describe('share links', { timeout: PROPERTY_TIMEOUT }, () => {
  it('carry any valid document exactly, as a copy under a new id', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArb(), async (doc) => {
        const opened = await openFragment(await encodeAssessmentFragment(doc), options)
        if (new TextEncoder().encode(JSON.stringify(withKeptFields(doc))).length > MAX_FILE_BYTES) {
          expect(opened.ok ? 'ok' : opened.reason).toBe('too-large')
          return
        }
        expectStrictEqual(opened, {
          ok: true,
          kind: 'assessment',
          result: {
            ok: true,
            assessment: {
              ...doc,
              id: 'opened-copy',
              createdAt: NOW.toISOString(),
              updatedAt: NOW.toISOString(),
            },
            migratedFrom: null,
            originalId: doc.id,
          },
          changedAt: doc.updatedAt,
        })
      }),
    )
  })

  it('refuse arbitrary strings, never throwing', async () => {
    const payload = fc.string({ unit: fc.constantFrom(...BASE64URL.split('')), maxLength: 300 })
    const strings = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('a1.', 's1.', '#a1.', '#s1.', 'a2.', ''), payload)
        .map(([head, body]) => head + body),
      fc
        .tuple(fc.constantFrom('a1.', 's1.'), fc.uint8Array({ minLength: 0, maxLength: 200 }))
        .map(([head, bytes]) => head + Buffer.from(bytes).toString('base64url')),
    )
    await fc.assert(
      fc.asyncProperty(strings, async (text) => {
        expectRefused(await openFragment(text, options))
      }),
    )
  })

  it('refuse any truncation or edit of a real link that changes what it carries', async () => {
    const links = await Promise.all(
      baseDocuments().flatMap((doc) => [encodeAssessmentFragment(doc), encodeSummaryFragment(doc)]),
    )
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constantFrom('replace' as const, 'insert' as const),
        at: fc.nat(),
        char: fc.oneof(
          fc.constantFrom(...BASE64URL.split('')),
          fc.string({ minLength: 1, maxLength: 1 }),
        ),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...links), edit, async (link, e) => {
        const at = e.at % link.length
        const edited =
          e.kind === 'cut'
            ? link.slice(0, at)
            : e.kind === 'replace'
              ? link.slice(0, at) + e.char + link.slice(at + 1)
              : e.kind === 'insert'
                ? link.slice(0, at) + e.char + link.slice(at)
                : e.kind === 'delete'
                  ? link.slice(0, at) + link.slice(at + 1)
                  : link.slice(0, at) + (link[at + 1] ?? '') + link[at] + link.slice(at + 2)
        fc.pre(edited !== link)
        const opened = await openFragment(edited, options)
        // A flipped bit in the deflate stream's padding, past its last block, changes no byte
        // the link carries (the checksum is of the unpacked text): such a link may open, but
        // only to exactly what the real link opens to. Any other edit is refused.
        if (opened.ok) expectStrictEqual(opened, await openFragment(link, options))
        else expectRefused(opened)
      }),
    )
  })
})
