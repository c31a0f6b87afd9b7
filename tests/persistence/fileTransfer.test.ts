import { describe, expect, it, vi } from 'vitest'
import { CURRENT_SCHEMA_VERSION, MAX_FILE_BYTES, createAssessment, type Assessment } from '@/domain'
import { readAssessmentFile } from '@/persistence'
import {
  ASSESSMENT_FILE_EXTENSION,
  assessmentFileName,
  serializeAssessment,
} from '@/persistence/fileTransfer'

const CREATED = new Date('2025-01-10T08:00:00.000Z')
const IMPORTED = new Date('2025-03-01T10:00:00.000Z')

function makeDoc(title = 'Draft data retention law'): Assessment {
  const doc = createAssessment({ id: 'original-id', now: CREATED, locale: 'fr' })
  doc.flag.title = title
  doc.flag.sources.push({
    id: 'src-1',
    title: 'Texte du projet',
    url: 'https://example.org/projet',
    accessed: '2025-01-09',
  })
  doc.analysis.privacy.impact = 'negative'
  return doc
}

function fileOf(text: string, size = new TextEncoder().encode(text).length) {
  return { size, text: vi.fn(() => Promise.resolve(text)) }
}

const options = { newId: () => 'new-id', now: IMPORTED }

describe('serializeAssessment', () => {
  it('writes pretty JSON in the document key order, ending with a newline', () => {
    const doc = makeDoc()
    const text = serializeAssessment(doc)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "format": "iiat-assessment",')
    expect(JSON.parse(text)).toEqual(doc)
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(doc))
  })
})

describe('readAssessmentFile', () => {
  it('imports an exported file as a copy under a new id, leaving the original untouched', async () => {
    const doc = makeDoc()
    const before = structuredClone(doc)
    const result = await readAssessmentFile(fileOf(serializeAssessment(doc)), options)
    expect(result).toEqual({
      ok: true,
      assessment: {
        ...doc,
        id: 'new-id',
        createdAt: IMPORTED.toISOString(),
        updatedAt: IMPORTED.toISOString(),
      },
      migratedFrom: null,
      originalId: 'original-id',
    })
    expect(doc).toEqual(before)
  })

  it('accepts a file that starts with a byte order mark', async () => {
    const result = await readAssessmentFile(
      fileOf(`\ufeff${serializeAssessment(makeDoc())}`),
      options,
    )
    expect(result.ok).toBe(true)
  })

  it.each([
    ['one byte over the limit', MAX_FILE_BYTES + 1],
    ['of unknown size', Number.NaN],
  ])('refuses a file %s without reading it', async (_name, size) => {
    const file = fileOf(serializeAssessment(makeDoc()), size)
    expect(await readAssessmentFile(file, options)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'too-large', params: { max: MAX_FILE_BYTES } }],
    })
    expect(file.text).not.toHaveBeenCalled()
  })

  it('reads a file of exactly the limit', async () => {
    const file = fileOf(serializeAssessment(makeDoc()), MAX_FILE_BYTES)
    expect((await readAssessmentFile(file, options)).ok).toBe(true)
    expect(file.text).toHaveBeenCalledOnce()
  })

  it.each([
    ['not JSON', 'this is not { json', [], 'not-json'],
    ['an array', '[1, 2, 3]', [], 'not-an-object'],
    [
      'another format',
      JSON.stringify({ format: 'something-else', schemaVersion: 1 }),
      ['format'],
      'wrong-format',
    ],
    [
      'a newer schema version',
      JSON.stringify({ ...makeDoc(), schemaVersion: 99 }),
      ['schemaVersion'],
      'newer-version',
    ],
    ['a field error', JSON.stringify({ ...makeDoc(), locale: 'xx' }), ['locale'], 'invalid-choice'],
  ])('explains why %s is refused', async (_name, text, path, code) => {
    const result = await readAssessmentFile(fileOf(text), options)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues[0]).toMatchObject({ path, code })
  })

  it('reports newer-version with the versions found and supported', async () => {
    const text = JSON.stringify({ ...makeDoc(), schemaVersion: 99 })
    expect(await readAssessmentFile(fileOf(text), options)).toEqual({
      ok: false,
      issues: [
        {
          path: ['schemaVersion'],
          code: 'newer-version',
          params: { found: 99, supported: CURRENT_SCHEMA_VERSION },
        },
      ],
    })
  })

  it('turns a failing read into an issue instead of throwing', async () => {
    const file = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) }
    expect(await readAssessmentFile(file, options)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid', params: { cause: 'unreadable' } }],
    })
  })

  it('refuses an id from newId that the library could not load later', async () => {
    const result = await readAssessmentFile(fileOf(serializeAssessment(makeDoc())), {
      ...options,
      newId: () => 'not an id!',
    })
    expect(result).toEqual({ ok: false, issues: [{ path: ['id'], code: 'invalid-id' }] })
  })

  it('does not throw when newId throws', async () => {
    const result = await readAssessmentFile(fileOf(serializeAssessment(makeDoc())), {
      ...options,
      newId: () => {
        throw new Error('no randomness')
      },
    })
    expect(result.ok).toBe(false)
  })
})

describe('assessmentFileName', () => {
  const name = (title: string) => assessmentFileName({ flag: { title } })

  it.each([
    ['Draft data retention law', 'Draft-data-retention-law'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['Закон о связи', 'Закон-о-связи'],
    ['Νόμος για τα δεδομένα', 'Νόμος-για-τα-δεδομένα'],
    ['Loi « numérique » : article 5/2', 'Loi-numérique-article-5-2'],
    ['Cafe\u0301 law', 'Café-law'],
    ["Don't break the Internet", 'Dont-break-the-Internet'],
    ['a\\b/c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['Tab\tand\nnewline', 'Tab-and-newline'],
    ['bidi\u202eoverride\u200bzero\u0000null', 'bidioverridezeronull'],
    ['...hidden', 'hidden'],
    ['  --  spaced  --  ', 'spaced'],
    ['CON', 'CON-assessment'],
    ['lpt1', 'lpt1-assessment'],
    ['', 'assessment'],
    ['   ', 'assessment'],
    ['<>:"/\\|?*', 'assessment'],
  ])('%j → %s', (title, stem) => {
    expect(name(title)).toBe(`${stem}${ASSESSMENT_FILE_EXTENSION}`)
  })

  it('cuts a long title to 80 characters', () => {
    expect(name('x'.repeat(300))).toBe(`${'x'.repeat(80)}.iia.json`)
  })

  it('does not end in a dash after cutting', () => {
    expect(name(`${'a'.repeat(79)} b`)).toBe(`${'a'.repeat(79)}.iia.json`)
  })

  it('keeps whole characters and under 255 bytes for letters outside the BMP', () => {
    const stem = name('𠀀'.repeat(300)).slice(0, -ASSESSMENT_FILE_EXTENSION.length)
    expect(stem).toBe('𠀀'.repeat(60))
    expect(new TextEncoder().encode(name('𠀀'.repeat(300))).length).toBeLessThanOrEqual(255)
  })
})
