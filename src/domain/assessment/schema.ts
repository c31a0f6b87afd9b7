/**
 * The assessment document, schema version 1 (DESIGN.md §3). One document holds the four steps
 * of ISOC's advocacy model: Flag, Analyze (the 15-row preliminary analysis), Strategize and
 * Together. Every list entry has a stable string id; results are named objects, never tuples.
 */
import * as z from 'zod/mini'
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { IMPACT_LEVELS } from '../scoring/scale'

/** Documented limits; anything longer is rejected with a readable message, never truncated. */
export const LIMITS = {
  shortText: 300,
  text: 2_000,
  longText: 10_000,
  url: 2_000,
  listItems: 500,
  authors: 50,
} as const

export const ASSESSMENT_FORMAT = 'iiat-assessment'
export const CURRENT_SCHEMA_VERSION = 1

const shortText = () => z.string().check(z.maxLength(LIMITS.shortText))
const text = () => z.string().check(z.maxLength(LIMITS.text))
const longText = () => z.string().check(z.maxLength(LIMITS.longText))
const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.listItems))

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** A calendar date (YYYY-MM-DD) or the empty string for "not set". */
export const DateSchema = z
  .string()
  .check(z.refine((v) => v === '' || isIsoDate(v), { message: 'invalid-date' }))

/** An ISO 8601 timestamp with a time zone, as produced by Date.prototype.toISOString. */
export const TimestampSchema = z.string().check(
  z.refine(
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !isNaN(Date.parse(v)),
    {
      message: 'invalid-timestamp',
    },
  ),
)

/** Ids of documents and of list entries: short, URL-safe, never derived from positions. */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-id'))

export const ItemIdSchema = z.enum(ITEM_IDS as unknown as [ItemId, ...ItemId[]])
export const LOCALES = ['en', 'fr', 'es'] as const
export type Locale = (typeof LOCALES)[number]

export const PROPOSAL_KINDS = [
  'legislation',
  'regulation',
  'business-decision',
  'technology-trend',
  'other',
] as const
export const STAGES = [
  'idea',
  'draft',
  'consultation',
  'parliament',
  'adopted',
  'in-force',
] as const
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
export const TACTIC_KINDS = [
  'consultation-response',
  'letter',
  'meeting',
  'event',
  'media',
  'campaign',
  'testimony',
  'research',
  'other',
] as const
export const TACTIC_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const
export const ALLY_KINDS = [
  'chapter',
  'civil-society',
  'technical',
  'industry',
  'academic',
  'policymaker',
  'media',
  'other',
] as const

export const SourceSchema = z.object({
  id: IdSchema,
  title: text(),
  /** Kept as typed; only http(s) addresses ever become links (see safeHttpUrl). */
  url: z.string().check(z.maxLength(LIMITS.url)),
  accessed: DateSchema,
})

export const StakeholderSchema = z.object({ id: IdSchema, name: shortText(), note: text() })

export const FlagSchema = z.object({
  title: shortText(),
  kind: z.enum(PROPOSAL_KINDS),
  jurisdiction: shortText(),
  proposer: shortText(),
  stage: z.enum(STAGES),
  dates: z.object({ published: DateSchema, consultationCloses: DateSchema, vote: DateSchema }),
  summary: longText(),
  sources: list(SourceSchema),
  stakeholders: list(StakeholderSchema),
})

export const EvidenceSchema = z.object({
  id: IdSchema,
  /** The id of a Flag source, or '' for a note without a source. */
  sourceId: z.string().check(z.maxLength(64)),
  note: text(),
})

export const ItemAnalysisSchema = z.object({
  impact: z.enum(IMPACT_LEVELS),
  dependsOnImplementation: z.boolean(),
  howAffected: longText(),
  effectOnPeople: longText(),
  evidence: list(EvidenceSchema),
  confidence: z.nullable(z.enum(CONFIDENCE_LEVELS)),
})

export const AnalysisSchema = z.record(ItemIdSchema, ItemAnalysisSchema)

export const SmartGoalSchema = z.object({
  statement: text(),
  /** Specific: the one change we want. */
  specific: text(),
  /** Measurable: how we will know it happened. */
  measurable: text(),
  /** Achievable: why it is realistic for us. */
  achievable: text(),
  /** Relevant: the findings it rests on. */
  relevantItemIds: list(ItemIdSchema),
  /** Time-bound: the deadline and the decision point it is tied to. */
  deadline: DateSchema,
  deadlineEvent: shortText(),
})

export const AudienceSchema = z.object({
  id: IdSchema,
  name: shortText(),
  why: text(),
  ask: text(),
})
export const MessageSchema = z.object({
  id: IdSchema,
  text: text(),
  itemIds: list(ItemIdSchema),
  audienceIds: list(IdSchema),
})
export const TacticSchema = z.object({
  id: IdSchema,
  kind: z.enum(TACTIC_KINDS),
  description: text(),
  owner: shortText(),
  due: DateSchema,
  status: z.enum(TACTIC_STATUSES),
})
export const MilestoneSchema = z.object({ id: IdSchema, date: DateSchema, label: shortText() })

export const StrategySchema = z.object({
  goal: SmartGoalSchema,
  audiences: list(AudienceSchema),
  messages: list(MessageSchema),
  tactics: list(TacticSchema),
  milestones: list(MilestoneSchema),
})

export const AllySchema = z.object({
  id: IdSchema,
  name: shortText(),
  kind: z.enum(ALLY_KINDS),
  role: text(),
  contact: shortText(),
})
export const AskSchema = z.object({ id: IdSchema, to: shortText(), ask: text() })
export const NextStepSchema = z.object({
  id: IdSchema,
  who: shortText(),
  what: text(),
  when: DateSchema,
  done: z.boolean(),
})
export const ShareEntrySchema = z.object({
  id: IdSchema,
  date: DateSchema,
  with: shortText(),
  note: text(),
})

export const TogetherSchema = z.object({
  allies: list(AllySchema),
  coalition: text(),
  asks: list(AskSchema),
  nextSteps: list(NextStepSchema),
  join: z.object({
    chapter: shortText(),
    chapterUrl: z.string().check(z.maxLength(LIMITS.url)),
    notes: text(),
  }),
  shareLog: list(ShareEntrySchema),
})

export const AssessmentSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  locale: z.enum(LOCALES),
  authors: z.array(shortText()).check(z.maxLength(LIMITS.authors)),
  /** The built-in template this document started from, if any. */
  templateId: z.optional(IdSchema),
  flag: FlagSchema,
  analysis: AnalysisSchema,
  strategy: StrategySchema,
  together: TogetherSchema,
})

export type Assessment = z.infer<typeof AssessmentSchema>
export type Flag = Assessment['flag']
export type Source = z.infer<typeof SourceSchema>
export type Stakeholder = z.infer<typeof StakeholderSchema>
export type ItemAnalysis = z.infer<typeof ItemAnalysisSchema>
export type Evidence = z.infer<typeof EvidenceSchema>
export type Strategy = Assessment['strategy']
export type SmartGoal = z.infer<typeof SmartGoalSchema>
export type Audience = z.infer<typeof AudienceSchema>
export type KeyMessage = z.infer<typeof MessageSchema>
export type Tactic = z.infer<typeof TacticSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type Together = Assessment['together']
export type Ally = z.infer<typeof AllySchema>
export type Ask = z.infer<typeof AskSchema>
export type NextStep = z.infer<typeof NextStepSchema>
export type ShareEntry = z.infer<typeof ShareEntrySchema>
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]
export type Stage = (typeof STAGES)[number]
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]
export type TacticKind = (typeof TACTIC_KINDS)[number]
export type TacticStatus = (typeof TACTIC_STATUSES)[number]
export type AllyKind = (typeof ALLY_KINDS)[number]

/** Returns the URL when it is an absolute http(s) address; anything else never becomes a link. */
export function safeHttpUrl(value: string): string | null {
  const trimmed = value.trim()
  // A host is required after the scheme, and no whitespace or control characters anywhere.
  return /^https?:\/\/[^\s/?#\\]+[^\s\u0000-\u001f]*$/i.test(trimmed) ? trimmed : null
}
