/**
 * Faster compression of the PDF's streams. jsPDF compresses every stream (page contents, font
 * subsets) with fflate and then turns the compressed bytes back into a string one byte at a
 * time (`reduce` with `+`), which on a long report allocates millions of short strings. The same
 * fflate call with the bytes converted in chunks writes the very same bytes.
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
  const bytes = new Uint8Array(data.length)
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i)
  return bytesToBinaryString(zlibSync(bytes))
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
      return { data: flateEncode(data || ''), reverseChain: '/FlateDecode' }
    return original.call(this, data, filters)
  }
}
