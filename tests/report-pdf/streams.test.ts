// @vitest-environment node
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { flateEncode, useFastStreamCompression } from '@/report-pdf/streams'

type Filter = (data: string, filters: string | string[]) => { data: string; reverseChain: string }
const api = jsPDF.API as unknown as { processDataByFilters: Filter }
/** jsPDF's own filter code, kept before the fast one replaces it. */
const jsPdfFilters = api.processDataByFilters

const binary = (length: number, seed: number) => {
  let x = seed
  return Array.from({ length }, () =>
    String.fromCharCode((x = (x * 1103515245 + 12345) % 256)),
  ).join('')
}

describe('flateEncode', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['page content', 'BT /F1 10 Tf 15 20 Td <0041004200430044> Tj ET\n'.repeat(500)],
    ['every byte value', Array.from({ length: 256 }, (_, n) => String.fromCharCode(n)).join('')],
    ['200 KB of noise', binary(200_000, 7)],
  ])('writes the bytes jsPDF writes: %s', (_name, data) => {
    expect(flateEncode(data)).toBe(jsPdfFilters(data, ['FlateEncode']).data)
  })

  it('takes over FlateEncode only, and keeps the same chain', () => {
    useFastStreamCompression()
    expect(api.processDataByFilters).not.toBe(jsPdfFilters)
    const data = 'q 1 0 0 1 0 0 cm Q\n'.repeat(100)
    expect(api.processDataByFilters(data, ['FlateEncode'])).toEqual(
      jsPdfFilters(data, ['FlateEncode']),
    )
    expect(api.processDataByFilters(data, 'FlateEncode')).toEqual(jsPdfFilters(data, 'FlateEncode'))
    expect(api.processDataByFilters(data, ['ASCIIHexEncode'])).toEqual(
      jsPdfFilters(data, ['ASCIIHexEncode']),
    )
  })
})
