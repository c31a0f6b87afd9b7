/**
 * Loads the report fonts in the browser. Vite emits the TTF files as hashed assets (and the
 * service worker precaches them), so they are fetched once, on the first export, and the
 * promise is kept for later exports.
 */
// Subsets made by scripts/subset-fonts.mjs (Latin, Greek, Cyrillic).
import regularUrl from './fonts/DejaVuSans-subset.ttf?url'
import boldUrl from './fonts/DejaVuSans-Bold-subset.ttf?url'
import type { PdfFonts } from './fonts'

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load the report font (${response.status}).`)
  return new Uint8Array(await response.arrayBuffer())
}

let fonts: Promise<PdfFonts> | null = null

export function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed load (e.g. offline before the first visit cached it) may succeed next time.
      fonts = null
      throw error
    },
  )
  return fonts
}
