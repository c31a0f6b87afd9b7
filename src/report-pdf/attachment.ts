/**
 * The assessment file inside the PDF (issue 10: a PDF that opens again). jsPDF has no API for
 * file attachments, so this writes the three objects a PDF reader looks for itself, through the
 * same events jsPDF's own plugins use:
 * - an `/EmbeddedFile` stream holding the `.iia.json` text (deflated like every other stream);
 * - a `/Filespec` naming it, marked `/AFRelationship /Source` (the data the document was made
 *   from, as PDF/A-3 says);
 * - in the catalog, `/Names << /EmbeddedFiles … >>` (viewers list it in their attachments pane)
 *   and `/AF` (associated files).
 *
 * A small XMP record goes next to it (jsPDF's `addMetadata`): the format, schema version and
 * document id, the attachment's name and the SHA-256 of its bytes, so a tool can tell what the
 * file carries without opening the attachment, and the app can tell an attachment that was
 * changed after the PDF was written. The report builds no catalog `/Names` of its own (no
 * outline, no JavaScript), so this one is the only one.
 */
import type { jsPDF } from 'jspdf'
import { escapeXml } from '@/domain'
import { bytesToBinaryString } from './fonts'

export interface PdfAttachment {
  /** The file's name as the viewer lists it, e.g. "Network-fees.iia.json". */
  fileName: string
  /** The assessment file's text (JSON). */
  text: string
  /** What the XMP record says of it. */
  documentId: string
  schemaVersion: number
  format: string
  /** When the file was written. */
  modified: Date
}

/** The XMP namespace of the record; the importer reads the same names. */
export const XMP_NAMESPACE = 'urn:x-iiat:xmp:1.0#'

interface Internal {
  newObject(): number
  putStream(options: {
    data: string
    objectId: number
    additionalKeyValues: { key: string; value: string }[]
  }): void
  write(...text: string[]): void
  events: { subscribe(event: string, handler: () => void): void }
}

const utf8 = new TextEncoder()

/** A PDF text string of any script: UTF-16BE with a byte order mark, in hex. */
function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return `<${hex.toUpperCase()}>`
}

/** A PDF literal string of printable ASCII; anything else becomes "_" (the /F fallback name). */
function pdfAsciiString(text: string): string {
  return `(${text.replace(/[^\x20-\x7e]/g, '_').replace(/[\\()]/g, (c) => `\\${c}`)})`
}

/** A PDF date, in UTC: D:YYYYMMDDHHmmSSZ. */
function pdfDate(date: Date): string {
  const iso = (isNaN(date.getTime()) ? new Date(0) : date).toISOString()
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}Z`
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The XMP packet of the record. */
function xmpRecord(attachment: PdfAttachment, sha256: string): string {
  const field = (name: string, value: string | number) =>
    `<iiat:${name}>${escapeXml(String(value))}</iiat:${name}>`
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:iiat="${XMP_NAMESPACE}">`,
    field('format', attachment.format),
    field('schemaVersion', attachment.schemaVersion),
    field('documentId', attachment.documentId),
    field('attachment', attachment.fileName),
    field('sha256', sha256),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n')
}

/**
 * Attaches the assessment file to `doc` and adds its XMP record. Call before `output`; the
 * objects are written when jsPDF writes the file.
 */
export async function attachAssessment(doc: jsPDF, attachment: PdfAttachment): Promise<void> {
  const bytes = utf8.encode(attachment.text)
  const sha256 = await sha256Hex(bytes)
  const internal = doc.internal as unknown as Internal
  let fileSpec = 0
  internal.events.subscribe('postPutResources', () => {
    const stream = internal.newObject()
    internal.putStream({
      data: bytesToBinaryString(bytes),
      objectId: stream,
      additionalKeyValues: [
        { key: 'Type', value: '/EmbeddedFile' },
        { key: 'Subtype', value: '/application#2Fjson' },
        {
          key: 'Params',
          value: `<< /Size ${bytes.length} /ModDate (${pdfDate(attachment.modified)}) >>`,
        },
      ],
    })
    internal.write('endobj')
    fileSpec = internal.newObject()
    internal.write(
      '<< /Type /Filespec',
      `/F ${pdfAsciiString(attachment.fileName)}`,
      `/UF ${pdfTextString(attachment.fileName)}`,
      `/Desc ${pdfTextString('Assessment file (Internet Impact Assessment Toolkit)')}`,
      '/AFRelationship /Source',
      `/EF << /F ${stream} 0 R /UF ${stream} 0 R >>`,
      '>>',
      'endobj',
    )
  })
  internal.events.subscribe('putCatalog', () => {
    internal.write(
      `/Names << /EmbeddedFiles << /Names [${pdfTextString(attachment.fileName)} ${fileSpec} 0 R] >> >>`,
      `/AF [${fileSpec} 0 R]`,
    )
  })
  doc.addMetadata(xmpRecord(attachment, sha256), true)
}
