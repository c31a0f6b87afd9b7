/** Puts a parse issue into words, so every renderer explains a refused file the same way. */
import type { ParseIssue } from '../assessment/parse'
import { fill, type DomainTexts } from './types'

/** Separates the parts of a field path, e.g. "Flag › Sources › Source 3 › Web address". */
const FIELD_PATH_SEPARATOR = ' › '
const BYTES_PER_MEGABYTE = 1024 * 1024

/**
 * The renderer's own name for the last part of `path` (e.g. the label its form shows), or
 * undefined to use the domain's word for it.
 */
type FieldNamer = (path: ParseIssue['path']) => string | undefined

/**
 * A field path in readable words: each part is named by `fieldName` when it knows it, else
 * known keys become the domain's field names and list positions "item n" counted from 1; an
 * empty path stands for the document as a whole.
 */
export function describeFieldPath(
  path: ParseIssue['path'],
  texts: DomainTexts,
  fieldName: FieldNamer = () => undefined,
): string {
  if (path.length === 0) return capitalize(texts.issuePath.document)
  const parts = path.map(
    (part, i) =>
      fieldName(path.slice(0, i + 1)) ??
      (typeof part === 'number'
        ? fill(texts.issuePath.listItem, { number: part + 1 })
        : Object.hasOwn(texts.fieldNames, part)
          ? texts.fieldNames[part]!
          : part),
  )
  return capitalize(parts.join(FIELD_PATH_SEPARATOR))
}

/**
 * One sentence saying what is wrong with a value and where, in the locale of `texts`; a file
 * size limit reads in megabytes ("5 MB"), written the locale's way.
 */
export function describeIssue(
  issue: ParseIssue,
  texts: DomainTexts,
  fieldName?: FieldNamer,
): string {
  const params: Record<string, string | number> = {
    ...issue.params,
    field: describeFieldPath(issue.path, texts, fieldName),
  }
  if (issue.code === 'too-large' && typeof params.max === 'number')
    params.max = megabytes(params.max, texts.locale)
  if (issue.code === 'invalid-choice' && typeof params.choices === 'string')
    params.choices = choiceWords(issue.path, params.choices, texts)
  // An invalid key carries no list of choices; the generic message then reads better.
  const code = issue.code === 'invalid-choice' && !params.choices ? 'invalid' : issue.code
  return fill(texts.issues[code], params)
}

/**
 * The allowed choices as the forms show them ("Strongly negative, Negative, …"), not as the
 * file writes them; the labels are chosen by the field the path ends in. Choices without words
 * (a language code) stay as they are; "null" reads as "Not stated".
 */
function choiceWords(path: ParseIssue['path'], choices: string, texts: DomainTexts): string {
  const field = path.at(-1)
  const labels: Partial<Record<string, Readonly<Record<string, string>>>> = {
    impact: texts.impact,
    harm: texts.impact,
    benefit: texts.impact,
    confidence: texts.confidence,
    stage: texts.stage,
    status: texts.tacticStatus,
    kind:
      path[0] === 'flag'
        ? texts.proposalKind
        : path[1] === 'tactics'
          ? texts.tacticKind
          : texts.allyKind,
  }
  const words = typeof field === 'string' ? labels[field] : undefined
  if (!words) return choices
  return choices
    .split(', ')
    .map((choice) =>
      choice === 'null' ? texts.notStated : Object.hasOwn(words, choice) ? words[choice]! : choice,
    )
    .join(', ')
}

function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / BYTES_PER_MEGABYTE)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
