/**
 * Property tests of importing a file (DESIGN.md §1.5): every valid document comes back as a
 * copy equal but for id and times; anything else is refused with readable issues; nothing
 * throws or rejects, whatever the file holds or however reading it fails.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '@/domain'
import { readAssessmentFile, type AssessmentFile } from '@/persistence'
import { serializeAssessment } from '@/persistence/fileTransfer'
import {
  assessmentArb,
  baseDocuments,
  expectReadableIssues,
  PROPERTY_TIMEOUT,
} from '../fixtures/arbitraries'
import { expectEqual, expectStrictEqual } from '../setup/equal'

const IMPORTED = new Date('2026-03-01T09:30:00.000Z')
const options = { newId: () => 'imported-copy', now: IMPORTED }

function fileOf(text: string): AssessmentFile {
  return { size: Buffer.byteLength(text, 'utf8'), text: () => Promise.resolve(text) }
}

describe('readAssessmentFile', { timeout: PROPERTY_TIMEOUT }, () => {
  it('imports any valid document as a copy equal but for id, createdAt and updatedAt', async () => {
    await fc.assert(
      fc.asyncProperty(
        assessmentArb(),
        fc.constantFrom('exported', 'compact', 'byte-order-mark'),
        async (doc, form) => {
          const text =
            form === 'exported'
              ? serializeAssessment(doc)
              : form === 'compact'
                ? JSON.stringify(doc)
                : `\ufeff${serializeAssessment(doc)}`
          const result = await readAssessmentFile(fileOf(text), options)
          if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
            expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['too-large'])
            return
          }
          expect(result.ok ? [] : result.issues).toEqual([])
          expectStrictEqual(result, {
            ok: true,
            assessment: {
              ...doc,
              id: 'imported-copy',
              createdAt: IMPORTED.toISOString(),
              updatedAt: IMPORTED.toISOString(),
            },
            migratedFrom: null,
            originalId: doc.id,
          })
        },
      ),
    )
  })

  it('refuses anything else readably, and never rejects', async () => {
    const exported = baseDocuments().map(serializeAssessment)
    const contents = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.constantFrom(...exported), fc.nat())
        .map(([text, at]) => text.slice(0, at % (text.length - 2))),
    )
    await fc.assert(
      fc.asyncProperty(contents, fc.boolean(), async (text, bom) => {
        const result = await readAssessmentFile(fileOf(bom ? `\ufeff${text}` : text), options)
        expect(result.ok).toBe(false)
        if (!result.ok) expectReadableIssues(result.issues)
      }),
    )
  })

  it('refuses by size before reading, and survives files that cannot be read', async () => {
    const [doc] = baseDocuments()
    const text = serializeAssessment(doc!)
    const size = fc.oneof(
      fc.nat({ max: MAX_FILE_BYTES }),
      fc.integer({ min: MAX_FILE_BYTES + 1, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, MAX_FILE_BYTES, MAX_FILE_BYTES + 1),
    )
    type Reader = 'text' | 'rejects' | 'throws' | 'not-a-string'
    const reader = fc.constantFrom<Reader>('text', 'rejects', 'throws', 'not-a-string')
    await fc.assert(
      fc.asyncProperty(size, reader, async (declaredSize, how) => {
        const read = vi.fn((): Promise<string> => {
          if (how === 'rejects') return Promise.reject(new DOMException('gone', 'NotReadableError'))
          if (how === 'throws') throw new Error('permission revoked')
          if (how === 'not-a-string') return Promise.resolve(42 as unknown as string)
          return Promise.resolve(text)
        })
        const result = await readAssessmentFile({ size: declaredSize, text: read }, options)
        if (!(declaredSize <= MAX_FILE_BYTES)) {
          expectEqual(result, {
            ok: false,
            issues: [{ path: [], code: 'too-large', params: { max: MAX_FILE_BYTES } }],
          })
          expect(read).not.toHaveBeenCalled()
        } else if (how === 'text') {
          expect(result.ok).toBe(true)
        } else {
          expectEqual(result, {
            ok: false,
            issues: [{ path: [], code: 'invalid', params: { cause: 'unreadable' } }],
          })
        }
        if (!result.ok) expectReadableIssues(result.issues)
      }),
    )
  })
})
