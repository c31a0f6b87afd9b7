/**
 * Dates in a report. ISOC's Internet Impact Briefs write the day before the month in English
 * ("18 February 2022"), whatever the reader's own conventions; French, Spanish and Arabic
 * reports write a date the way their language does ("18 février 2022", "18 de febrero de 2022",
 * "18 فبراير 2022"). The screens keep the reader's conventions: this is for the report model only.
 */
import type { Locale } from '../assessment/schema'
import { formatCalendarDay } from './formatCalendarDay'

/**
 * The locale whose date order each report language uses: British English gives day, month,
 * year, as ISOC's English briefs do.
 */
const REPORT_DATE_LOCALES: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  ar: 'ar',
}

/**
 * Writes a calendar day (YYYY-MM-DD) as a report in `locale` prints it, e.g. "18 February 2022"
 * in English; '' for an empty or invalid day.
 */
export function formatReportDay(iso: string, locale: Locale): string {
  return formatCalendarDay(iso, REPORT_DATE_LOCALES[locale], 'long')
}
