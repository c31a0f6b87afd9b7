/**
 * Calendar days in words. A YYYY-MM-DD value in the document (a vote, a deadline, a due date) is
 * a day, not an instant: it is read and written in UTC, so that no time zone can move it to the
 * day before or after.
 */
import { isIsoDate } from '../assessment/schema'

/** How much of the day to spell out: "Mar 4, 2026" (medium) or "March 4, 2026" (long). */
export type CalendarDayStyle = 'medium' | 'long'

// One formatter per locale and style: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: string, style: CalendarDayStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * Writes a calendar day (YYYY-MM-DD) in the words of `locale`, the same day in every time zone;
 * '' for an empty or invalid day.
 */
export function formatCalendarDay(
  iso: string,
  locale: string,
  style: CalendarDayStyle = 'medium',
): string {
  if (!isIsoDate(iso)) return ''
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  const day = new Date(0)
  day.setUTCFullYear(y, m - 1, d)
  return formatterFor(locale, style).format(day)
}
