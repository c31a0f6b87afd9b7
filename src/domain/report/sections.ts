/**
 * The report's sections and which document prints which (issue 8): the public Internet Impact
 * Brief follows the order of ISOC's published briefs (iiat-reference.md §5.4, isoc-formats.md
 * §4.3), the internal advocacy plan holds the Strategize and Together steps, and the complete
 * report prints both. Section ids are stable strings: a document stores the ones its author
 * switched off.
 */
import type { ReportProfile } from '../assessment/schema'

/** The sections of the public brief, in ISOC's order. */
const BRIEF = [
  'summary',
  'method',
  'proposal',
  'properties',
  'enablers',
  'conclusions',
  'sources',
  'appendix',
] as const

/** The sections of the internal advocacy plan. */
const PLAN = ['strategy', 'together'] as const

/** Every section id, in the order of the complete report: the brief's body, the plan, then the references and the appendix. */
export const REPORT_SECTION_IDS = [
  'summary',
  'method',
  'proposal',
  'properties',
  'enablers',
  'conclusions',
  'strategy',
  'together',
  'sources',
  'appendix',
] as const satisfies readonly ((typeof BRIEF)[number] | (typeof PLAN)[number])[]

/** A section of the report, by its stable id. */
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number]

/** The sections each profile prints, in order. */
export const PROFILE_SECTION_IDS: Readonly<Record<ReportProfile, readonly ReportSectionId[]>> = {
  brief: BRIEF,
  plan: PLAN,
  complete: REPORT_SECTION_IDS,
}

/** The sections a profile prints without those switched off; ids it does not know are ignored. */
export function shownSectionIds(
  profile: ReportProfile,
  hiddenSections: readonly string[],
): ReportSectionId[] {
  const hidden = new Set(hiddenSections)
  return PROFILE_SECTION_IDS[profile].filter((id) => !hidden.has(id))
}
