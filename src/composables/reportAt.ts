import { buildReport, type Assessment, type DomainTexts, type ReportModel } from '@/domain'

/** The person's own time zone, so "generated on" is their date, not UTC's. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/** The report of a document at a moment, as both the preview and the PDF build it. */
export function reportAt(doc: Assessment, texts: DomainTexts, now: Date): ReportModel {
  return buildReport(doc, { texts, now, timeZone: localTimeZone() })
}
