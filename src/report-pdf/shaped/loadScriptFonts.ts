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
import shaperUrl from 'harfbuzzjs/dist/harfbuzz.wasm?url'
import { SCRIPT_ASSETS_CACHE } from './assetsCache'
import type { ScriptFontId } from './fontChoice'

const SCRIPT_FONT_URLS: Record<ScriptFontId, string> = {
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

/** Keeps one file in the cache, then checks that it is there (a full disk throws on `put`). */
async function keep(cache: Cache, url: string): Promise<void> {
  if (await cache.match(url)) return
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not download ${url} (${response.status}).`)
  await cache.put(url, response)
  if (!(await cache.match(url))) throw new Error(`${url} was not kept.`)
}

/**
 * Keeps the chosen scripts' fonts, and the shaper they need, in the cache the service worker
 * answers from, so a report in those scripts exports offline. Returns which were kept.
 */
export async function keepOffline(
  ids: readonly ScriptFontId[],
): Promise<{ kept: ScriptFontId[]; failed: ScriptFontId[] }> {
  const cache = await caches.open(SCRIPT_ASSETS_CACHE)
  try {
    await keep(cache, shaperUrl)
  } catch {
    return { kept: [], failed: [...ids] }
  }
  const kept: ScriptFontId[] = []
  const failed: ScriptFontId[] = []
  for (const id of ids) {
    try {
      await keep(cache, SCRIPT_FONT_URLS[id])
      kept.push(id)
    } catch {
      failed.push(id)
    }
  }
  return { kept, failed }
}

/** The scripts whose font and shaper are on this device (none where there is no Cache API). */
export async function keptOffline(): Promise<Set<ScriptFontId>> {
  const kept = new Set<ScriptFontId>()
  if (typeof caches === 'undefined') return kept
  const cache = await caches.open(SCRIPT_ASSETS_CACHE)
  if (!(await cache.match(shaperUrl))) return kept
  for (const [id, url] of Object.entries(SCRIPT_FONT_URLS) as [ScriptFontId, string][]) {
    if (await cache.match(url)) kept.add(id)
  }
  return kept
}
