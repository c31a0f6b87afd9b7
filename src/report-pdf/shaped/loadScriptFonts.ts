/**
 * Fetches a script font on first use. The files are gzipped TrueType/OpenType (`npm run fonts`),
 * hashed by Vite; the service worker keeps each one it has fetched, and the offline setting can
 * fetch chosen ones ahead of time.
 */
import arabic from '../fonts/scripts/arabic.ttf.gz?url'
import bengali from '../fonts/scripts/bengali.ttf.gz?url'
import devanagari from '../fonts/scripts/devanagari.ttf.gz?url'
import hebrew from '../fonts/scripts/hebrew.ttf.gz?url'
import jp from '../fonts/scripts/jp.ttf.gz?url'
import khmer from '../fonts/scripts/khmer.ttf.gz?url'
import kr from '../fonts/scripts/kr.ttf.gz?url'
import sc from '../fonts/scripts/sc.ttf.gz?url'
import tamil from '../fonts/scripts/tamil.ttf.gz?url'
import tc from '../fonts/scripts/tc.ttf.gz?url'
import thai from '../fonts/scripts/thai.ttf.gz?url'
import type { ScriptFontId } from './fontChoice'

export const SCRIPT_FONT_URLS: Record<ScriptFontId, string> = {
  arabic,
  hebrew,
  thai,
  khmer,
  devanagari,
  bengali,
  tamil,
  sc,
  tc,
  jp,
  kr,
}

const GZIP = [0x1f, 0x8b]

/** Bytes of a font file, unzipped if the host did not already (some send it as gzip encoding). */
export async function fontBytes(response: Response): Promise<Uint8Array> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes[0] !== GZIP[0] || bytes[1] !== GZIP[1]) return bytes
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

const loads = new Map<ScriptFontId, Promise<Uint8Array>>()

export function loadScriptFont(id: ScriptFontId): Promise<Uint8Array> {
  let load = loads.get(id)
  if (!load) {
    load = fetch(SCRIPT_FONT_URLS[id]).then((response) => {
      if (!response.ok) throw new Error(`Could not load the ${id} font (${response.status}).`)
      return fontBytes(response)
    })
    // A failed load (offline before the font was ever fetched) may succeed next time.
    load.catch(() => loads.delete(id))
    loads.set(id, load)
  }
  return load
}
