/**
 * The current assessment schema: the last entry of the version registry (`./versions`), and
 * the names the rest of the app reads. Every type below derives from the current document, so
 * a new version updates them by itself; the vocabularies are re-exported from the version that
 * last changed them.
 */
import type * as z from 'zod/mini'
import { LATEST_VERSION } from './versions'

export {
  ALLY_KINDS,
  ASSESSMENT_FORMAT,
  CONFIDENCE_LEVELS,
  LIMITS,
  TACTIC_KINDS,
  TACTIC_STATUSES,
} from './versions/v1'
export { PROPOSAL_KINDS, REPORT_PROFILES, STAGES } from './versions/v2'
export { LOCALES, type Locale } from './versions/v3'
export { isIsoDate } from './isIsoDate'

/** The zod schema of the current version; parse unknown data with parseAssessment, not this. */
export const AssessmentSchema = LATEST_VERSION.schema
/** The schema version new documents are written in. */
export const CURRENT_SCHEMA_VERSION = LATEST_VERSION.version

export type Assessment = z.infer<typeof AssessmentSchema>
export type Flag = Assessment['flag']
export type Source = Flag['sources'][number]
export type Stakeholder = Flag['stakeholders'][number]
export type ItemAnalysis = Assessment['analysis'][keyof Assessment['analysis']]
export type Evidence = ItemAnalysis['evidence'][number]
export type Strategy = Assessment['strategy']
export type SmartGoal = Strategy['goal']
export type Audience = Strategy['audiences'][number]
export type KeyMessage = Strategy['messages'][number]
export type Tactic = Strategy['tactics'][number]
export type Milestone = Strategy['milestones'][number]
export type Together = Assessment['together']
export type Ally = Together['allies'][number]
export type Ask = Together['asks'][number]
export type NextStep = Together['nextSteps'][number]
export type ShareEntry = Together['shareLog'][number]
export type ProposalKind = NonNullable<Flag['kind']>
export type Stage = NonNullable<Flag['stage']>
export type Brief = Assessment['brief']
export type Person = Assessment['publication']['authors'][number]
export type Confidence = NonNullable<ItemAnalysis['confidence']>
export type TacticKind = NonNullable<Tactic['kind']>
export type TacticStatus = Tactic['status']
export type AllyKind = NonNullable<Ally['kind']>
export type ReportProfile = Assessment['report']['profile']

/** Returns the URL when it is an absolute http(s) address; anything else never becomes a link. */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim()
  // A host is required after the scheme, and no whitespace or control characters anywhere.
  return /^https?:\/\/[^\s/?#\\]+[^\s\u0000-\u001f]*$/i.test(trimmed) ? trimmed : null
}
