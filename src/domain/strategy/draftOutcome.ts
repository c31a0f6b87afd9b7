/**
 * What drafting key messages achieved, for the Strategize page to announce. Messages are drafted
 * only from negative findings (see `draftMessages`), so when none is drafted the person needs to
 * know whether every negative finding already has a message or there is no negative finding yet.
 */
import { ITEM_IDS } from '../catalogue/ids'
import type { Assessment } from '../assessment/schema'
import { isNegative } from '../scoring/scale'

/** The outcome of one click on "draft": some drafted, all findings covered, or none to draft from. */
export type DraftOutcome =
  { kind: 'drafted'; count: number } | { kind: 'all-covered' } | { kind: 'no-negative' }

/**
 * Decides the outcome from the number of messages just drafted and the analysis: `drafted` when
 * there are any, else `all-covered` when some finding is negative, else `no-negative`.
 */
export function decideDraftOutcome(
  analysis: Assessment['analysis'],
  drafted: number,
): DraftOutcome {
  if (drafted > 0) return { kind: 'drafted', count: drafted }
  if (ITEM_IDS.some((id) => isNegative(analysis[id].impact))) return { kind: 'all-covered' }
  return { kind: 'no-negative' }
}
