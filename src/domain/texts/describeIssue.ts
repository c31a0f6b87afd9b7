/** Puts a parse issue into words, so every renderer explains a refused file the same way. */
import type { ParseIssue } from '../assessment/parse'
import { fill, type CoreTexts } from './types'

/** Separates the parts of a field path, e.g. "Flag › sources › item 3 › web address". */
const FIELD_PATH_SEPARATOR = ' › '

/**
 * A field path in readable words: known keys become field names, list positions become
 * "item n" counted from 1, and an empty path stands for the document as a whole.
 */
export function describeFieldPath(path: ParseIssue['path'], texts: CoreTexts): string {
  if (path.length === 0) return capitalize(texts.issuePath.document)
  const parts = path.map((part) =>
    typeof part === 'number'
      ? fill(texts.issuePath.listItem, { number: part + 1 })
      : Object.hasOwn(texts.fieldNames, part)
        ? texts.fieldNames[part]!
        : part,
  )
  return capitalize(parts.join(FIELD_PATH_SEPARATOR))
}

/** One sentence saying what is wrong with a value and where, in the locale of `texts`. */
export function describeIssue(issue: ParseIssue, texts: CoreTexts): string {
  const params: Record<string, string | number> = {
    ...issue.params,
    field: describeFieldPath(issue.path, texts),
  }
  // An invalid key carries no list of choices; the generic message then reads better.
  const code = issue.code === 'invalid-choice' && !params.choices ? 'invalid' : issue.code
  return fill(texts.issues[code], params)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
