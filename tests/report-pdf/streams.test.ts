// @vitest-environment node
import { deflateSync, inflateSync } from 'node:zlib'
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { flateEncode, outputDeflated, useFastStreamCompression } from '@/report-pdf/streams'

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

/** Every stream of a PDF file, as written (still deflated), in file order. */
function streamsOf(bytes: ArrayBuffer): Buffer[] {
  const file = Buffer.from(bytes)
  const text = file.toString('latin1')
  const found: Buffer[] = []
  for (const m of text.matchAll(/\/Length (\d+)[^]*?>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length
    found.push(file.subarray(start, start + Number(m[1])))
  }
  return found
}

describe('outputDeflated', () => {
  const twoPages = () => {
    useFastStreamCompression()
    const doc = new jsPDF({ compress: true })
    doc.text('First page', 20, 20)
    doc.addPage()
    doc.text('Second page', 20, 20)
    return doc
  }

  it('writes the file jsPDF writes, each page deflated by the platform zlib', async () => {
    const doc = twoPages()
    const own = streamsOf(doc.output('arraybuffer'))
    const native = streamsOf(await outputDeflated(doc))
    expect(native).toHaveLength(own.length)
    native.forEach((stream, i) => expect(inflateSync(stream)).toEqual(inflateSync(own[i]!)))
    const pages = native.filter((s) => inflateSync(s).toString('latin1').includes(' Tj'))
    expect(pages).toHaveLength(2)
    for (const page of pages) expect(page).toEqual(deflateSync(inflateSync(page)))
  })

  it('leaves jsPDF deflating with fflate afterwards', async () => {
    const doc = twoPages()
    await outputDeflated(doc)
    const again = streamsOf(doc.output('arraybuffer'))
    for (const stream of again) {
      expect(stream.toString('latin1')).toBe(flateEncode(inflateSync(stream).toString('latin1')))
    }
  })
})
