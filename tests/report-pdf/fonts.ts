/** The report fonts the app ships (src/report-pdf/fonts), as the browser would fetch them. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PdfFonts } from '@/report-pdf/fonts'

const dir = fileURLToPath(new URL('../../src/report-pdf/fonts/', import.meta.url))

let cached: PdfFonts | null = null

export function testFonts(): PdfFonts {
  cached ??= {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans-subset.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold-subset.ttf`)),
  }
  return cached
}
