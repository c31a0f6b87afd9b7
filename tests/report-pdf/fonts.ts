/** The report fonts the app ships (src/report-pdf/fonts), as the browser would fetch them. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import type { PdfFonts } from '@/report-pdf/fonts'
import type { ScriptFontId, Shaper } from '@/report-pdf/shaped'

const dir = fileURLToPath(new URL('../../src/report-pdf/fonts/', import.meta.url))

let cached: PdfFonts | null = null

export function testFonts(): PdfFonts {
  cached ??= {
    regular: new Uint8Array(readFileSync(`${dir}DejaVuSans-subset.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}DejaVuSans-Bold-subset.ttf`)),
  }
  return cached
}

/** A script font the app ships, unzipped as the browser does after fetching it. */
export function testScriptFont(id: ScriptFontId): Uint8Array {
  let bytes = scriptCache.get(id)
  if (!bytes) {
    bytes = new Uint8Array(gunzipSync(readFileSync(`${dir}scripts/${id}.ttf.gz`)))
    scriptCache.set(id, bytes)
  }
  return bytes
}
const scriptCache = new Map<ScriptFontId, Uint8Array>()

/** A shaper with the script fonts the texts need, made as the export makes it. */
export async function testShaper(texts: string[]): Promise<Shaper> {
  const shaped = await import('@/report-pdf/shaped')
  const needed = [...shaped.fontsNeeded(texts)]
  return shaped.createShaper(
    testFonts(),
    Object.fromEntries(needed.map((id) => [id, testScriptFont(id)])),
  )
}
