/**
 * Faster compression of the PDF's streams. jsPDF compresses every stream (page contents, font
 * subsets) with fflate and then turns the compressed bytes back into a string one byte at a
 * time (`reduce` with `+`), which on a long report allocates millions of short strings. The same
 * fflate call with the bytes converted in chunks writes the very same bytes.
 *
 * The page contents, nearly all of a long report's bytes, are better deflated by the platform's
 * own zlib (`CompressionStream`) before jsPDF writes the file: in Chromium fflate deflates a
 * report's hundreds of page streams several times slower than in Node, and slower than all the
 * rest of the export. `CompressionStream` is asynchronous, so this is done in one pass over the
 * finished pages, and jsPDF's synchronous `output` then finds each page's stream ready.
 */
import { zlibSync } from 'fflate'
import { jsPDF } from 'jspdf'
import { bytesToBinaryString } from './fonts'

/** jsPDF's stream filter hook, which is not in its type declarations. */
interface FilterApi {
  processDataByFilters?: (
    data: string,
    filters: string | string[],
  ) => { data: string; reverseChain: string }
}

/** The binary string `data` deflated as jsPDF's FlateEncode filter does it (zlib, level 6). */
export function flateEncode(data: string): string {
  return bytesToBinaryString(zlibSync(binaryStringToBytes(data)))
}

const ascii = new TextEncoder()
const NOT_ASCII = /[^\x00-\x7f]/

/** Binary string → bytes (each char code is one byte, as jsPDF's strings are). */
function binaryStringToBytes(data: string): Uint8Array<ArrayBuffer> {
  // Page contents are ASCII (text is written as hex glyph ids), where UTF-8 is the same bytes.
  if (!NOT_ASCII.test(data)) return ascii.encode(data)
  const bytes = new Uint8Array(data.length)
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i)
  return bytes
}

/** Page contents deflated ahead of `output`, by their text; empty outside `outputDeflated`. */
let deflatedPages = new Map<string, string>()

/** `data` (a binary string) in zlib format, by the platform's own deflate. */
async function nativeFlateEncode(data: string): Promise<string> {
  const stream = new CompressionStream('deflate')
  const writer = stream.writable.getWriter()
  void writer.write(binaryStringToBytes(data))
  void writer.close()
  const reader = stream.readable.getReader()
  const parts: string[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(bytesToBinaryString(value))
  }
  return parts.join('')
}

/** What jsPDF keeps of each page: its content operators, one string per `out` call. */
interface PagesApi {
  pages: (string[] | undefined)[]
}

/**
 * The document as a PDF file, with the page contents deflated natively first (where the
 * platform has `CompressionStream`): jsPDF writes the same file, each page's stream taken from
 * what was deflated here. Draw nothing more on `doc` while this runs.
 */
export async function outputDeflated(doc: jsPDF): Promise<ArrayBuffer> {
  const ready = new Map<string, string>()
  if (typeof CompressionStream === 'function') {
    const { pages } = doc.internal as unknown as PagesApi
    for (let n = 1; n < pages.length; n++) {
      // The text jsPDF's putPage deflates for page n.
      const content = pages[n]?.join('\n')
      if (content && !ready.has(content)) ready.set(content, await nativeFlateEncode(content))
    }
  }
  deflatedPages = ready
  try {
    return doc.output('arraybuffer')
  } finally {
    deflatedPages = new Map()
  }
}

let installed = false

/**
 * Routes jsPDF's FlateEncode (the only filter a compressed document uses) through `flateEncode`;
 * any other filter chain keeps jsPDF's own code. jsPDF reads the hook from its shared API object,
 * so this holds for every document and is done once.
 */
export function useFastStreamCompression(): void {
  const api = jsPDF.API as unknown as FilterApi
  const original = api.processDataByFilters
  if (installed || !original) return
  installed = true
  api.processDataByFilters = function (data, filters) {
    const chain = typeof filters === 'string' ? [filters] : filters
    if (chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode'))
      return {
        data: deflatedPages.get(data) ?? flateEncode(data || ''),
        reverseChain: '/FlateDecode',
      }
    return original.call(this, data, filters)
  }
}
