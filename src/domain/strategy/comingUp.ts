/**
 * What is coming up in the Together step: the next steps still open, soonest first. ISOC's
 * kick-off guidance keeps the group's work tied to dates (who does what by when), so a missed
 * date is flagged rather than silently passed.
 */
import { isIsoDate, type NextStep } from '../assessment/schema'

/** One open next step as the "coming up" list shows it. */
export interface ComingUpEntry {
  id: string
  /** YYYY-MM-DD, or '' when the step has no valid date. */
  date: string
  /** What and who, trimmed; '' when not filled in. */
  what: string
  who: string
  /** Dated before `today` and still not done. */
  overdue: boolean
}

/**
 * The steps not yet done, ordered by date (same-day steps keep their order) with undated ones
 * last, each marked overdue when its date is before `today` (YYYY-MM-DD).
 */
export function orderOpenSteps(steps: readonly NextStep[], today: string): ComingUpEntry[] {
  const open = steps
    .filter((step) => !step.done)
    .map((step) => {
      const date = isIsoDate(step.when) ? step.when : ''
      return {
        id: step.id,
        date,
        what: step.what.trim(),
        who: step.who.trim(),
        overdue: date !== '' && date < today,
      }
    })
  // Array.prototype.sort is stable, so same-day steps keep the order they were entered in.
  const dated = open.filter((row) => row.date).sort((a, b) => a.date.localeCompare(b.date))
  return [...dated, ...open.filter((row) => !row.date)]
}
