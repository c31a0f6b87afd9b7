/**
 * Line breaking for text in any script. Words are found with `Intl.Segmenter`, which knows the
 * words of Thai, Khmer, Lao, Burmese, Chinese and Japanese, written without spaces. A line may end:
 * after a space; after a hyphen or a slash; and between two words of a script written without
 * spaces. It never ends before closing punctuation (。、」) nor after opening punctuation, so
 * a line never starts with a full stop. A word longer than a line is cut between graphemes.
 */
const words =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : null
const graphemes =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null

const NO_SPACES =
  /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u
const CLOSING =
  /^[\p{Pe}\p{Pf}\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\u30fc\u3005!%),.:;?\]}]/u
const OPENING = /[\p{Ps}\p{Pi}]$/u
const BREAK_AFTER = /[\s\-\u2010\u2013/]$/u

/** The text cut where a line may end; the pieces joined give the text back. */
export function breakablePieces(text: string): string[] {
  const segments = words
    ? Array.from(words.segment(text), (s) => s.segment)
    : text.split(/(?<=\s)/u)
  const pieces: string[] = []
  for (const segment of segments) {
    const last = pieces.at(-1)
    const may =
      last !== undefined &&
      !CLOSING.test(segment) &&
      !OPENING.test(last) &&
      (BREAK_AFTER.test(last) ||
        NO_SPACES.test(last.slice(-2)) ||
        NO_SPACES.test(segment.slice(0, 2)))
    if (last === undefined || may) pieces.push(segment)
    else pieces[pieces.length - 1] = last + segment
  }
  // Spaces stay at the end of the word before them, so a line can end after them.
  return pieces
}

function graphemesOf(text: string): string[] {
  return graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : Array.from(text)
}

/** Greedy line breaking: as many pieces on each line as `fits` allows. */
export function breakShaped(text: string, fits: (line: string) => boolean): string[] {
  if (fits(text)) return [text]
  const lines: string[] = []
  let line = ''
  for (const piece of breakablePieces(text)) {
    const joined = line + piece
    if (fits(joined.trimEnd())) {
      line = joined
      continue
    }
    if (line.trim() !== '') lines.push(line.trimEnd())
    line = piece.trimStart()
    if (fits(line.trimEnd())) continue
    // A word longer than a whole line.
    let part = ''
    for (const g of graphemesOf(line)) {
      if (part !== '' && !fits(part + g)) {
        lines.push(part)
        part = ''
      }
      part += g
    }
    line = part
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}
