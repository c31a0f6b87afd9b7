/**
 * What a participant's device keeps of a workshop (issue 11), under `iiat.ballot.<key>` in
 * `localStorage`: the random participant id (so a ballot sent again replaces the one before
 * rather than counting twice), how many ballots were sent, the pseudonym, and the answers of each
 * round, kept as they are given so a reload or a dead battery loses nothing. Nothing here leaves
 * the device except inside a ballot the participant sends.
 *
 * Saved data is untrusted: a damaged draft is set aside (the participant is told and starts
 * again), and storage that is off or full still lets the participant rate and send, with a
 * notice that answers are not kept.
 */
import * as z from 'zod/mini'
import { BALLOT_LIMITS, WORKSHOP_RATINGS, newId, wholeNumber } from '@/domain'
import type { KeyValueStorage } from './workshopStore'

const PREFIX = 'iiat.ballot.'

const AnswerSchema = z.object({
  rating: z.optional(z.enum(WORKSHOP_RATINGS)),
  reason: z.string().check(z.maxLength(BALLOT_LIMITS.reason)),
})

const DraftSchema = z.object({
  participant: z.string().check(z.regex(/^[a-z0-9]{12}$/)),
  seq: wholeNumber(0),
  pseudonym: z.string().check(z.maxLength(BALLOT_LIMITS.pseudonym)),
  /** Answers per round ("1", "2", …), per row id. */
  rounds: z.record(z.string().check(z.regex(/^[1-9]$/)), z.record(z.string(), AnswerSchema)),
})

export type BallotDraft = z.infer<typeof DraftSchema>

/** How the draft was found: new, read back, set aside as damaged, or storage not available. */
export type DraftOrigin = 'new' | 'restored' | 'damaged' | 'unavailable'

export function loadDraft(
  storage: KeyValueStorage | null,
  key: string,
): { draft: BallotDraft; origin: DraftOrigin } {
  const fresh = (origin: DraftOrigin) => ({
    draft: { participant: newId(), seq: 0, pseudonym: '', rounds: {} },
    origin,
  })
  if (!storage) return fresh('unavailable')
  let text: string | null
  try {
    text = storage.getItem(PREFIX + key)
  } catch {
    return fresh('unavailable')
  }
  if (text === null) return fresh('new')
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(text))
    if (parsed.success) return { draft: parsed.data, origin: 'restored' }
  } catch {
    // falls through: damaged
  }
  // Set aside, not dropped: the next save writes a fresh draft over the usual key.
  try {
    storage.setItem(`${PREFIX}${key}.damaged`, text)
  } catch {
    // Storage full: the damaged draft stays where it is until a save succeeds.
  }
  return fresh('damaged')
}

/** Keeps the draft; false when the browser refused (storage off or full). */
export function saveDraft(
  storage: KeyValueStorage | null,
  key: string,
  draft: BallotDraft,
): boolean {
  if (!storage) return false
  try {
    storage.setItem(PREFIX + key, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}
