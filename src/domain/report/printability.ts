/**
 * Which of a report's text a renderer cannot print, found before anyone exports. The PDF's font
 * covers some scripts only; without this check a Khmer title or an emoji would come out as "�"
 * without a word. The renderer says what it can print (a test per character); this module
 * walks every text the ReportModel holds, says where each unprintable one is, and names its
 * scripts.
 */
import type { Block, ReportModel } from './model'

/** Where a text sits in the report: on the cover, or in a section (by its printed title). */
export type ReportPlace = { part: 'cover' } | { part: 'section'; title: string }

export interface ReportText {
  place: ReportPlace
  text: string
}

/**
 * A script a character belongs to, by its ISO 15924 code (which `Intl.DisplayNames` names in
 * every language), or `emoji`, `private` (private-use characters, which no font of ours has) or
 * `other`.
 */
export type ScriptTag = string

export interface UnprintableText {
  place: ReportPlace
  /** The whole text, as the user wrote it (the interface shortens it for display). */
  text: string
  /** The characters that cannot print, each once, in order of appearance. */
  characters: string[]
  /** Their scripts, each once, in order of appearance. */
  scripts: ScriptTag[]
}

/** Characters every renderer drops or turns into spaces rather than printing (see report-pdf/text.ts). */
const NOT_PRINTED = /[\p{Cf}\p{Cc}\uFE00-\uFE0F\u2028\u2029]/gu

/**
 * Scripts people write policy texts in, checked in this order. A character in none of them is
 * `other`; the list only chooses the words of the warning, never what counts as printable.
 */
const SCRIPTS = [
  'Latn',
  'Grek',
  'Cyrl',
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Deva',
  'Beng',
  'Guru',
  'Gujr',
  'Orya',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Sinh',
  'Thai',
  'Laoo',
  'Khmr',
  'Mymr',
  'Tibt',
  'Geor',
  'Armn',
  'Ethi',
  'Hani',
  'Hira',
  'Kana',
  'Hang',
  'Bopo',
  'Mong',
  'Tfng',
  'Cher',
  'Cans',
] as const
// Script_Extensions, so that marks and signs shared by several scripts (Arabic tanwin, the
// Devanagari danda) are named after the script they are written in, not "inherited".
const SCRIPT_PATTERNS = SCRIPTS.map(
  (tag) => [tag, new RegExp(`\\p{Script_Extensions=${tag}}`, 'u')] as const,
)
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const PRIVATE_USE = /\p{Co}/u

/** The script of one character (a code point), for the warning's words. */
export function scriptOf(character: string): ScriptTag {
  if (EMOJI.test(character)) return 'emoji'
  if (PRIVATE_USE.test(character)) return 'private'
  for (const [tag, pattern] of SCRIPT_PATTERNS) if (pattern.test(character)) return tag
  return 'other'
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text]
    case 'facts':
      return block.items.flatMap((i) => [i.label, i.value])
    case 'list':
      return block.items
    case 'finding':
      return [
        block.name,
        block.impactText,
        block.confidence,
        ...block.parts.flatMap((p) => [p.label, ...p.paragraphs]),
      ]
    case 'verdict':
      return [block.label, block.headline, block.meaning, block.provisionalNote, ...block.reasons]
    case 'chart':
      return [
        block.title,
        block.caption,
        block.worstLabel,
        block.bestLabel,
        ...block.ticks.map((t) => t.label),
        ...block.rows.flatMap((r) => [r.label, r.worstText, r.bestText]),
      ]
    case 'analysis':
      return [
        block.title,
        ...Object.values(block.columns),
        ...block.rows.flatMap((r) => [r.name, r.impactText, r.howAffected, r.effectOnPeople]),
      ]
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat()]
    case 'sources':
      return block.items.flatMap((i) => [i.title, i.url, i.accessed])
    default: {
      const unknown: never = block
      throw new Error(`No texts for block ${JSON.stringify(unknown)}`)
    }
  }
}

/** Every text the report prints, cover first, each with its place; empty texts left out. */
export function reportTexts(report: ReportModel): ReportText[] {
  const cover: ReportPlace = { part: 'cover' }
  const c = report.cover
  const texts: ReportText[] = [
    c.title,
    c.subtitle,
    c.dateLine,
    c.headline,
    ...c.abstract,
    ...c.facts.flatMap((f) => [f.label, f.value]),
    ...c.footnotes,
    report.meta.pageTemplate,
  ].map((text) => ({ place: cover, text }))
  for (const section of report.sections) {
    const place: ReportPlace = { part: 'section', title: section.title }
    texts.push({ place, text: section.title })
    for (const block of section.blocks)
      for (const text of blockTexts(block)) texts.push({ place, text })
  }
  return texts.filter((t) => t.text !== '')
}

/** Printable ASCII and line breaks: most text is only these, and every font of ours has them. */
const PLAIN = /^[\x20-\x7e\n\r\t]*$/

/** Whether a renderer prints a character, given as its code point. */
export type PrintableTest = (codePoint: number) => boolean

/**
 * The characters of `text` the renderer cannot print (each once, in order), checked as the text
 * is printed: composed (NFC), without the characters no renderer prints.
 */
function unprintableCharacters(text: string, printable: PrintableTest): string[] {
  const visible = text.normalize('NFC').replace(NOT_PRINTED, '')
  const found = new Set<string>()
  for (const character of visible) if (!printable(character.codePointAt(0)!)) found.add(character)
  return [...found]
}

/**
 * The report's texts that hold a character the renderer cannot print, in the report's order.
 * `printable` says which characters the renderer prints (e.g. its fonts' coverage). A field the report quotes in several places (the title on the cover, in a
 * sentence) is listed once: at its first place, by its shortest text.
 *
 * `cache` (text → its unprintable characters) lets a caller that checks the report after every
 * change skip the texts that did not change: a long report holds megabytes of text.
 */
export function findUnprintable(
  report: ReportModel,
  printable: PrintableTest,
  cache: Map<string, string[]> = new Map(),
): UnprintableText[] {
  const found: UnprintableText[] = []
  for (const { place, text } of reportTexts(report)) {
    if (PLAIN.test(text)) continue
    let characters = cache.get(text)
    if (!characters) {
      characters = unprintableCharacters(text, printable)
      cache.set(text, characters)
    }
    if (characters.length === 0 || found.some((f) => text.includes(f.text))) continue
    const entry = { place, text, characters, scripts: [...new Set(characters.map(scriptOf))] }
    // A shorter text inside one already listed: the field itself, quoted there.
    const quoted = found.findIndex((f) => f.text.includes(text))
    const earlier = found[quoted]
    if (earlier) found[quoted] = { ...entry, place: earlier.place }
    else found.push(entry)
  }
  return found
}
