// @vitest-environment node
// A PDF report carries its assessment file (issue 10): the round trip through the PDF is exact,
// other readers see the attachment, and hostile or foreign PDFs are refused in plain words.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { buildReport, domainTexts, type Assessment } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { readAssessmentFile } from '@/persistence'
import { MAX_PDF_BYTES } from '@/persistence/importFile'
import { serializeAssessment, toFile } from '@/persistence/fileTransfer'
import { renderReportPdf } from '@/report-pdf/renderReportPdf'
import { XMP_NAMESPACE, type PdfAttachment } from '@/report-pdf/attachment'
import { testFonts } from '../report-pdf/fonts'

const NOW = new Date('2025-03-03T09:30:00.000Z')
const options = { newId: () => 'imported-id', now: new Date('2025-04-01T10:00:00.000Z') }

function fairShare(): Assessment {
  return TEMPLATES[0]!.create({ id: 'fair-share-doc', now: NOW, locale: 'en' })
}

function attachmentOf(doc: Assessment): PdfAttachment {
  return {
    ...toFile(doc),
    documentId: doc.id,
    schemaVersion: doc.schemaVersion,
    format: doc.format,
    modified: NOW,
  }
}

async function pdfOf(doc: Assessment, attach = true): Promise<Uint8Array<ArrayBuffer>> {
  const report = buildReport(doc, { texts: domainTexts('en'), now: NOW })
  return renderReportPdf(report, {
    fonts: testFonts(),
    attachment: attach ? attachmentOf(doc) : undefined,
  })
}

/** A browser File as the import sees it. */
function fileOf(bytes: Uint8Array, name = 'report.pdf') {
  return {
    name,
    size: bytes.length,
    text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  }
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes)
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

function codes(result: Awaited<ReturnType<typeof readAssessmentFile>>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code)
}

let doc: Assessment
let withFile: Uint8Array<ArrayBuffer>
let without: Uint8Array<ArrayBuffer>

beforeAll(async () => {
  doc = fairShare()
  withFile = await pdfOf(doc)
  without = await pdfOf(doc, false)
})

describe('a PDF report that opens again', () => {
  it('gives back exactly the document it was made from, under a new id', async () => {
    const result = await readAssessmentFile(fileOf(withFile), options)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.originalId).toBe(doc.id)
    expect(result.assessment.id).toBe('imported-id')
    const times = { id: null, createdAt: null, updatedAt: null }
    expect({ ...result.assessment, ...times }).toEqual({ ...doc, ...times })
  })

  it('is a standard attachment other readers list: pdf.js and poppler see the JSON', async () => {
    const pdf = await getDocument({ data: withFile.slice(), verbosity: 0 }).promise
    const attachments = (await pdf.getAttachments()) as Record<
      string,
      { filename: string; content: Uint8Array }
    >
    const [entry] = Object.values(attachments)
    expect(entry?.filename).toBe(toFile(doc).fileName)
    expect(new TextDecoder().decode(entry?.content)).toBe(serializeAssessment(doc))
    const dir = mkdtempSync(join(tmpdir(), 'iiat-pdf-'))
    writeFileSync(join(dir, 'report.pdf'), withFile)
    execFileSync('pdfdetach', ['-saveall', '-o', dir, join(dir, 'report.pdf')])
    expect(readFileSync(join(dir, toFile(doc).fileName), 'utf8')).toBe(serializeAssessment(doc))
  })

  it('names what it carries in an XMP record: format, version, id and SHA-256', async () => {
    const text = latin1(withFile)
    const hash = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(serializeAssessment(doc)),
    )
    const hex = Buffer.from(hash).toString('hex')
    expect(text).toContain(`xmlns:iiat="${XMP_NAMESPACE}"`)
    expect(text).toContain('<iiat:format>iiat-assessment</iiat:format>')
    expect(text).toContain(`<iiat:documentId>${doc.id}</iiat:documentId>`)
    expect(text).toContain(`<iiat:schemaVersion>${doc.schemaVersion}</iiat:schemaVersion>`)
    expect(text).toContain(`<iiat:sha256>${hex}</iiat:sha256>`)
    // poppler reads the metadata as valid XMP.
    const dir = mkdtempSync(join(tmpdir(), 'iiat-pdf-'))
    writeFileSync(join(dir, 'r.pdf'), withFile)
    expect(execFileSync('pdfinfo', ['-meta', join(dir, 'r.pdf')], { encoding: 'utf8' })).toContain(
      hex,
    )
  })

  it('changes nothing else in the PDF: the pages are the same as without the attachment', async () => {
    const pagesOf = async (bytes: Uint8Array) => {
      const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
      const texts: string[] = []
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent()
        texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
      }
      return texts
    }
    expect(await pagesOf(withFile)).toEqual(await pagesOf(without))
    // The attachment costs about its deflated size, a few KB.
    expect(withFile.length - without.length).toBeLessThan(20_000)
  })

  it('keeps the attachment readable when another tool stores its /Length as a reference', async () => {
    const text = latin1(withFile)
    const m = /\/Type \/EmbeddedFile[\s\S]*?\/Length (\d+)/.exec(text)
    expect(m).not.toBeNull()
    // Same byte count: "/Length 1234" → "/Length 99 0 R" padded, and object 99 holds the length.
    const direct = `/Length ${m![1]}`
    const indirect = '/Length 99 0 R'.padEnd(direct.length, ' ')
    const changed = text.replace(direct, indirect) + `\n99 0 obj\n${m![1]}\nendobj\n`
    const result = await readAssessmentFile(fileOf(bytesOf(changed)), options)
    expect(result.ok).toBe(true)
  })
})

describe('PDFs that do not open, each in plain words, nothing changed', () => {
  it('a PDF without an attachment', async () => {
    expect(codes(await readAssessmentFile(fileOf(without), options))).toEqual(['pdf-no-attachment'])
  })

  it('a PDF whose attachment is not ours', async () => {
    const text = latin1(withFile)
    const json = serializeAssessment(doc)
    const foreign = JSON.stringify({ invoice: 42 }).padEnd(json.length, ' ')
    // Swap the attachment's stream for another file's, and drop the record's hash.
    const changed = replaceAttachment(text, foreign)
    expect(codes(await readAssessmentFile(fileOf(bytesOf(changed)), options))).toEqual([
      'pdf-not-ours',
    ])
  })

  it('a PDF whose assessment was changed after the PDF was made', async () => {
    const json = serializeAssessment(doc).replace(doc.flag.title, 'Something else')
    const changed = replaceAttachment(latin1(withFile), json, { keepHash: true })
    expect(codes(await readAssessmentFile(fileOf(bytesOf(changed)), options))).toEqual([
      'pdf-changed',
    ])
  })

  it('a PDF whose attachment is cut short or not deflate data', async () => {
    const text = latin1(withFile)
    const at = text.indexOf('/Type /EmbeddedFile')
    const start = text.indexOf('stream\n', at) + 'stream\n'.length
    const broken = text.slice(0, start + 10) + 'x'.repeat(50) + text.slice(start + 60)
    expect(codes(await readAssessmentFile(fileOf(bytesOf(broken)), options))).toEqual([
      'pdf-damaged',
    ])
  })

  it('a compression bomb inside a PDF is refused without inflating it in full', async () => {
    const bomb = deflateSync(Buffer.alloc(200 * 1024 * 1024))
    const pdf = bytesOf(
      '%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ' +
        `${bomb.length} >>\nstream\n${latin1(bomb)}\nendstream\nendobj\n%%EOF\n`,
    )
    const started = performance.now()
    expect(codes(await readAssessmentFile(fileOf(pdf), options))).toEqual(['pdf-damaged'])
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('an oversized PDF is refused before it is read', async () => {
    let read = false
    const file = {
      name: 'huge.pdf',
      size: MAX_PDF_BYTES + 1,
      text: () => Promise.reject(new Error('must not read')),
      arrayBuffer: () => {
        read = true
        return Promise.reject(new Error('must not read'))
      },
    }
    const result = await readAssessmentFile(file, options)
    expect(result.ok ? null : result.issues[0]).toMatchObject({
      code: 'too-large',
      params: { max: MAX_PDF_BYTES },
    })
    expect(read).toBe(false)
  })

  it('garbage that starts like a PDF, and a PDF of a newer schema', async () => {
    expect(codes(await readAssessmentFile(fileOf(bytesOf('%PDF-1.4\n%%EOF')), options))).toEqual([
      'pdf-no-attachment',
    ])
    const newer = serializeAssessment(doc).replace('"schemaVersion": 4', '"schemaVersion": 99')
    const changed = replaceAttachment(latin1(withFile), newer)
    expect(codes(await readAssessmentFile(fileOf(bytesOf(changed)), options))).toEqual([
      'newer-version',
    ])
  })

  it('a JSON file still opens as before, and a large JSON file is refused by its own limit', async () => {
    const json = new TextEncoder().encode(serializeAssessment(doc))
    expect((await readAssessmentFile(fileOf(json, 'a.iia.json'), options)).ok).toBe(true)
    // A title that quotes a PDF header does not make the file a PDF.
    const quoting = { ...doc, flag: { ...doc.flag, title: '%PDF-1.7 parsers bill' } }
    const bytes = new TextEncoder().encode(`\ufeff${serializeAssessment(quoting)}`)
    expect((await readAssessmentFile(fileOf(bytes, 'a.iia.json'), options)).ok).toBe(true)
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x20)
    expect(codes(await readAssessmentFile(fileOf(big, 'big.json'), options))).toEqual(['too-large'])
  })
})

/** The PDF with its attachment's stream replaced by `json` (deflated, with a right /Length). */
function replaceAttachment(text: string, json: string, opts: { keepHash?: boolean } = {}): string {
  const at = text.indexOf('/Type /EmbeddedFile')
  const objStart = text.lastIndexOf(' 0 obj', at)
  const dictStart = text.indexOf('<<', objStart)
  const streamStart = text.indexOf('stream\n', at) + 'stream\n'.length
  const streamEnd = text.indexOf('\nendstream', streamStart)
  const data = latin1(deflateSync(Buffer.from(json, 'utf8')))
  const dict = text
    .slice(dictStart, streamStart)
    .replace(/\/Length \d+/, `/Length ${data.length}`)
    .replace(/\/Size \d+/, `/Size ${Buffer.byteLength(json)}`)
  const out = text.slice(0, dictStart) + dict + data + text.slice(streamEnd)
  return opts.keepHash ? out : out.replace(/<iiat:sha256>[0-9a-f]{64}<\/iiat:sha256>/, '')
}
