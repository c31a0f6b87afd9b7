/**
 * Which font prints each character of a report. The base font (DejaVu Sans, drawn as plain
 * jsPDF text) prints Latin, Greek and Cyrillic; every other script has a Noto font, fetched only
 * when some text needs it. Ideographs are shared by Chinese, Japanese and Korean, whose fonts
 * draw them differently: a paragraph with kana is Japanese, one with hangul Korean (whose hanja
 * are traditional forms), and otherwise the simplified or traditional font that has all of its
 * ideographs.
 */
import { inBase } from '../fonts/base'
import { bitsFromBase64, type CodePointBits } from '../fonts/bits'
import { HAN_BITS, HAN_START } from '../fonts/hanCoverage'

export const SCRIPT_FONT_IDS = [
  'arabic',
  'hebrew',
  'thai',
  'khmer',
  'devanagari',
  'bengali',
  'tamil',
  'sc',
  'tc',
  'jp',
  'kr',
] as const
export type ScriptFontId = (typeof SCRIPT_FONT_IDS)[number]

const STRONG: readonly (readonly [RegExp, ScriptFontId])[] = [
  [/^\p{Script=Arabic}$/u, 'arabic'],
  [/^\p{Script=Hebrew}$/u, 'hebrew'],
  [/^\p{Script=Thai}$/u, 'thai'],
  [/^\p{Script=Khmer}$/u, 'khmer'],
  [/^\p{Script=Devanagari}$/u, 'devanagari'],
  [/^\p{Script=Bengali}$/u, 'bengali'],
  [/^\p{Script=Tamil}$/u, 'tamil'],
  [/^[\p{Script=Hiragana}\p{Script=Katakana}]$/u, 'jp'],
  [/^\p{Script=Hangul}$/u, 'kr'],
  [/^\p{Script=Bopomofo}$/u, 'tc'],
]
const HAN = /^\p{Script=Han}$/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const HANGUL = /\p{Script=Hangul}/u
const HAN_ANY = /\p{Script=Han}/gu
/** CJK punctuation, fullwidth forms, radicals and compatibility signs: the Chinese font has them. */
const CJK_NEUTRAL = /^[\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\uff00-\uffef]$/u

const hanBits = new Map<ScriptFontId, CodePointBits>()
/** Whether a Chinese or Japanese font has an ideograph (the Korean font has none). */
export function hanIn(font: ScriptFontId, codePoint: number): boolean {
  if (font !== 'sc' && font !== 'tc' && font !== 'jp') return false
  let bits = hanBits.get(font)
  if (!bits) {
    bits = bitsFromBase64(HAN_BITS[font], HAN_START)
    hanBits.set(font, bits)
  }
  return bits.has(codePoint)
}

/** The fonts to try for the ideographs of a paragraph, best first. */
export function hanFontsFor(paragraph: string): ScriptFontId[] {
  if (KANA.test(paragraph)) return ['jp', 'tc', 'sc']
  if (HANGUL.test(paragraph)) return ['tc', 'sc', 'jp']
  const han = paragraph.match(HAN_ANY) ?? []
  const sc = han.filter((c) => hanIn('sc', c.codePointAt(0)!)).length
  const tc = han.filter((c) => hanIn('tc', c.codePointAt(0)!)).length
  return tc > sc ? ['tc', 'sc', 'jp'] : ['sc', 'tc', 'jp']
}

/** The script font a strong character of another script than the base font's is written in. */
export function strongFontOf(character: string): ScriptFontId | null {
  for (const [pattern, font] of STRONG) if (pattern.test(character)) return font
  return null
}

/**
 * The script fonts the texts need: one per script outside the base font, the ideographs' font
 * chosen per paragraph (and others for ideographs it lacks), and the Chinese font for CJK
 * punctuation met outside Chinese or Japanese text.
 */
export function fontsNeeded(texts: Iterable<string>): Set<ScriptFontId> {
  const needed = new Set<ScriptFontId>()
  for (const text of texts) {
    for (const paragraph of text.normalize('NFC').split('\n')) {
      let hanOrder: ScriptFontId[] | null = null
      let hasCjk = false
      let neutralCjk = false
      for (const ch of paragraph) {
        const code = ch.codePointAt(0)!
        if (inBase(code)) continue
        const strong = strongFontOf(ch)
        if (strong) {
          needed.add(strong)
          if (strong === 'jp' || strong === 'tc') hasCjk = true
        } else if (HAN.test(ch)) {
          hanOrder ??= hanFontsFor(paragraph)
          needed.add(hanOrder.find((f) => hanIn(f, code)) ?? hanOrder[0]!)
          hasCjk = true
        } else if (CJK_NEUTRAL.test(ch)) {
          neutralCjk = true
        }
      }
      if (neutralCjk && !hasCjk) needed.add('sc')
    }
  }
  return needed
}
