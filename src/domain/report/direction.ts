/**
 * The reading direction of a paragraph, for renderers that must say it (the PDF's shaped text,
 * the DOCX's bidirectional paragraphs). Pure: no DOM, no `dir="auto"`. A report language's own
 * direction is `languageDirection` (markdown.ts, where the Report step already has it).
 */

/** Letters of the scripts written right to left (JavaScript has no Bidi_Class property). */
const RTL_LETTER =
  /[\u200f\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u
const STRONG = /[\u200e\u200f\p{L}]/u

/** The base direction of a paragraph, from its first strong letter (as `dir="auto"` does). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  const first = STRONG.exec(text)
  return first && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr'
}
