/**
 * The shaped-text engine, loaded with a dynamic `import()` only when a report has text the base
 * font cannot print: HarfBuzz (WebAssembly), bidi-js and the script fonts stay out of every
 * Latin-only export.
 */
import type * as HarfBuzz from 'harfbuzzjs'
import bidiFactory from 'bidi-js'
import type { PdfFonts } from '../fonts'
import type { ScriptFontId } from './fontChoice'
import { useDrawFuncs } from './painter'
import { Shaper, type ShapingFont } from './shaper'

export { fontsNeeded, SCRIPT_FONT_IDS, type ScriptFontId } from './fontChoice'
export { loadScriptFont } from './loadScriptFonts'
export { ShapedPainter } from './painter'
export type { Shaper } from './shaper'

let harfbuzz: typeof HarfBuzz

/**
 * HarfBuzz, its WebAssembly compiled once. In the build it starts on `ready` (vite.config.ts
 * removes its top-level await); in Node it has started once imported.
 */
async function loadHarfBuzz(): Promise<void> {
  if (!harfbuzz) {
    const module = await import('harfbuzzjs')
    await (module as { ready?: Promise<unknown> }).ready
    harfbuzz = module
  }
  useDrawFuncs(harfbuzz.DrawFuncs)
}

function shapingFont(key: string, bytes: Uint8Array, syntheticBold: boolean): ShapingFont {
  const face = new harfbuzz.Face(new harfbuzz.Blob(bytes))
  return {
    key,
    font: new harfbuzz.Font(face),
    upem: face.upem,
    unicodes: new Set(face.collectUnicodes()),
    syntheticBold,
  }
}

const faces = new WeakMap<Uint8Array, ShapingFont>()

/** A font per byte array, made once: exporting twice reuses HarfBuzz's parsed faces. */
function once(key: string, bytes: Uint8Array, syntheticBold: boolean): ShapingFont {
  let font = faces.get(bytes)
  if (!font) {
    font = shapingFont(key, bytes, syntheticBold)
    faces.set(bytes, font)
  }
  return font
}

/** A shaper over the base fonts and the given script fonts (TrueType or OpenType bytes). */
export async function createShaper(
  base: PdfFonts,
  scripts: Partial<Record<ScriptFontId, Uint8Array>>,
): Promise<Shaper> {
  await loadHarfBuzz()
  const loaded = new Map<ScriptFontId, ShapingFont>()
  for (const [id, bytes] of Object.entries(scripts) as [ScriptFontId, Uint8Array][]) {
    loaded.set(id, once(id, bytes, true))
  }
  return new Shaper(
    harfbuzz,
    bidiFactory(),
    { normal: once('base-normal', base.regular, false), bold: once('base-bold', base.bold, false) },
    loaded,
  )
}
