/** The report fonts read from node_modules, as the browser would fetch them. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PdfFonts } from '@/report-pdf/fonts'

const dir = fileURLToPath(new URL('../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url))

let cached: PdfFonts | null = null

export function testFonts(): PdfFonts {
  cached ??= {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold.ttf`)),
  }
  return cached
}
