/**
 * Drafts key messages from the negative findings. ISOC's advice for messages: always connect the
 * technical harm to concrete effects on people (prices, access, choice, security), so each draft
 * names the item, how it is affected and what that means for people, in the person's own words.
 */
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { LIMITS, type Assessment, type KeyMessage } from '../assessment/schema'
import { isNegative, rowValue } from '../scoring/scale'
import { fill, type DomainTexts } from '../texts/types'

/** Collapses runs of whitespace (including line breaks) to single spaces and trims. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * Turns a sentence the person wrote into a fragment that can sit inside another sentence: one
 * line, without the closing full stop (an ellipsis, "?" or "!" are kept, they carry meaning).
 */
export function asFragment(value: string): string {
  const line = oneLine(value)
  if (/\.\.\.$/.test(line)) return line
  return line.replace(/[\s.;:,]+$/u, '')
}

/**
 * Makes a complete sentence of what the person wrote, for templates that quote it as one: one
 * line, ending with a full stop unless it already ends with terminal punctuation; '' stays ''.
 */
export function asSentence(value: string): string {
  const line = oneLine(value)
  if (line === '') return ''
  if (/[.!?…]["'”’»)\]]*$/u.test(line)) return line
  return `${line.replace(/[\s,;:]+$/u, '')}.`
}

/** Lower-cases the first letter, so a label can continue a sentence ("Negative" → "negative"). */
export function lowerFirst(value: string, locale: string): string {
  const [first = '', ...rest] = Array.from(value)
  return first.toLocaleLowerCase(locale) + rest.join('')
}

/**
 * Shortens text to at most `max` characters at a word boundary, ending with "…"; text that fits
 * is returned unchanged.
 */
export function clipText(value: string, max: number): string {
  const chars = Array.from(value)
  if (chars.length <= max) return value
  const head = chars.slice(0, Math.max(0, max - 1)).join('')
  const cut = head.replace(/\s+\S*$/u, '')
  const base = (cut.length >= head.length / 2 ? cut : head).replace(/[\s.,;:]+$/u, '')
  return `${base}…`
}

/** Whether a rated item is covered by an existing key message. */
function coveredItems(doc: Assessment): Set<ItemId> {
  return new Set(doc.strategy.messages.flatMap((m) => m.itemIds))
}

/**
 * One draft message per negative finding that no existing message already covers, worst first,
 * critical properties before enablers on equal ratings (properties weigh more: they are what
 * the Internet needs to exist, ISOC 2020). `newId` supplies ids so the function stays
 * deterministic; the document is not changed and only the new entries are returned.
 */
export function draftMessages(
  doc: Assessment,
  texts: DomainTexts,
  newId: () => string,
): KeyMessage[] {
  const covered = coveredItems(doc)
  const negatives = ITEM_IDS.filter((id) => isNegative(doc.analysis[id].impact) && !covered.has(id))
  // Stable sort: ITEM_IDS lists properties first, so ties keep properties ahead of enablers.
  // A mixed row sorts by its harm.
  const ordered = [...negatives].sort(
    (a, b) => (rowValue(doc.analysis[a]) ?? 0) - (rowValue(doc.analysis[b]) ?? 0),
  )
  return ordered.map((id) => ({
    id: newId(),
    text: clipText(draftText(doc, texts, id), LIMITS.text),
    itemIds: [id],
    audienceIds: [],
  }))
}

function draftText(doc: Assessment, texts: DomainTexts, id: ItemId): string {
  const row = doc.analysis[id]
  const effect = asSentence(row.effectOnPeople)
  const params = {
    item: texts.catalogue.items[id].name,
    impact: lowerFirst(texts.impact[row.impact], texts.locale),
    how: asSentence(row.howAffected),
    effect,
  }
  // oneLine also closes the gap a missing {how} leaves between two sentences.
  return oneLine(
    fill(effect ? texts.drafting.fromFinding : texts.drafting.fromFindingNoEffect, params),
  )
}
