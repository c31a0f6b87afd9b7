/**
 * The assessment file inside a PDF report (issue 10): finds the PDF's embedded files and gives
 * their texts to the import, which parses them like any `.iia.json` file. The PDF is untrusted:
 * every size is capped, nothing is executed or rendered, and any damage is a plain refusal.
 *
 * This reads what the app writes (`src/report-pdf/attachment.ts`) and what PDF tools keep of it
 * when they save the file again: each `/Type /EmbeddedFile` stream is found by its dictionary,
 * whatever object or cross-reference layout the file has, with a direct or indirect `/Length`.
 * Streams with filters other than FlateDecode are skipped.
 */
import { inflateCapped } from './compression'

/** What a PDF's attachments gave. */
export type PdfAttachments =
  | {
      ok: true
      /** Each embedded file's text (UTF-8), in file order. */
      texts: string[]
      /** The SHA-256 the XMP record gives for the assessment, if it has one. */
      sha256: string | null
    }
  | { ok: false; reason: 'no-attachment' | 'damaged' }

/** A PDF holds no more embedded files than this that we would look at. */
const MAX_EMBEDDED_FILES = 16
const EMBEDDED_FILE = /\/Type\s*\/EmbeddedFile(?![A-Za-z0-9])/g
const OBJECT_HEADER = /(\d+)\s+(\d+)\s+obj\b/g

/**
 * Whether the bytes start like a PDF. Readers accept the header after up to 1 KB of junk, but a
 * JSON object is never a PDF, even one whose first lines quote "%PDF-".
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 1024))
  return !/^(\xef\xbb\xbf|\ufeff)?\s*\{/.test(head) && head.includes('%PDF-')
}

function latin1(bytes: Uint8Array): string {
  // windows-1252 maps each byte to one UTF-16 unit, so string positions are byte positions.
  return new TextDecoder('latin1').decode(bytes)
}

/** The start of the `obj` whose body holds `at`: the last object header before it. */
function objectStart(text: string, at: number): number {
  const from = Math.max(0, at - 4096)
  OBJECT_HEADER.lastIndex = from
  let start = -1
  for (let m = OBJECT_HEADER.exec(text); m && m.index < at; m = OBJECT_HEADER.exec(text))
    start = m.index
  return start
}

/** The integer object `n g obj <int> endobj`, for an indirect `/Length`. */
function indirectInteger(text: string, n: string, g: string): number | null {
  const m = new RegExp(`(?:^|[^0-9])${n}\\s+${g}\\s+obj\\s*(\\d+)\\s*endobj`).exec(text)
  return m ? Number(m[1]) : null
}

interface RawStream {
  data: Uint8Array<ArrayBuffer>
  flate: boolean
}

/** The raw bytes of the stream whose dictionary holds `at`, or null if it cannot be read. */
function streamAt(bytes: Uint8Array<ArrayBuffer>, text: string, at: number): RawStream | null {
  const start = objectStart(text, at)
  if (start < 0) return null
  const head = /^\d+\s+\d+\s+obj\s*<<([\s\S]*?)>>\s*stream(?:\r\n|\n|\r)/.exec(
    text.slice(start, start + 8192),
  )
  if (!head) return null
  const dict = head[1]!
  const dataStart = start + head[0].length
  const filters = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1] ?? ''
  const names = filters.match(/\/[A-Za-z0-9]+/g) ?? []
  if (names.some((name) => name !== '/FlateDecode') || names.length > 1) return null
  const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict)
  let size = length && !length[2] ? Number(length[1]) : null
  if (length?.[2]) size = indirectInteger(text, length[1]!, length[2])
  if (size === null || dataStart + size > bytes.length) {
    // No usable length: the data ends at `endstream`, less the line break before it.
    const end = text.indexOf('endstream', dataStart)
    if (end < 0) return null
    size = end - dataStart
    while (size > 0 && (text[dataStart + size - 1] === '\n' || text[dataStart + size - 1] === '\r'))
      size--
  }
  return { data: bytes.slice(dataStart, dataStart + size), flate: names.length === 1 }
}

/** The SHA-256 of the assessment in the app's XMP record, if there is one. */
function recordedSha256(text: string): string | null {
  return /<iiat:sha256>([0-9a-f]{64})<\/iiat:sha256>/.exec(text)?.[1] ?? null
}

/**
 * The texts of the PDF's embedded files. `maxBytes` caps each file once inflated (a file larger
 * than an assessment may be is refused as damaged, and never inflated in full).
 */
export async function readPdfAttachments(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<PdfAttachments> {
  const text = latin1(bytes)
  const texts: string[] = []
  let damaged = false
  let found = 0
  EMBEDDED_FILE.lastIndex = 0
  for (let m = EMBEDDED_FILE.exec(text); m; m = EMBEDDED_FILE.exec(text)) {
    if (++found > MAX_EMBEDDED_FILES) break
    const stream = streamAt(bytes, text, m.index)
    if (!stream) {
      damaged = true
      continue
    }
    const inflated = stream.flate
      ? await inflateCapped(stream.data, 'deflate', maxBytes)
      : stream.data.length <= maxBytes
        ? stream.data
        : 'too-large'
    if (typeof inflated === 'string') {
      damaged = true
      continue
    }
    try {
      texts.push(new TextDecoder('utf-8', { fatal: true }).decode(inflated))
    } catch {
      damaged = true
    }
  }
  if (texts.length) return { ok: true, texts, sha256: recordedSha256(text) }
  return { ok: false, reason: damaged ? 'damaged' : 'no-attachment' }
}
