/**
 * The assessment document, schema version 1 (DESIGN.md §3), frozen: once published, a version
 * never changes; the next one imports what it keeps from here and adds an `up` (see AGENTS.md,
 * "Add a schema version"). One document holds the four steps of ISOC's advocacy model: Flag,
 * Analyze (the 15-row preliminary analysis), Strategize and Together. Every list entry has a
 * stable string id; results are named objects, never tuples.
 */
import * as z from 'zod/mini'
import { ITEM_IDS, type ItemId } from '../../catalogue/ids'
import { isIsoDate } from '../isIsoDate'
import { defineVersion } from './defineVersion'

/** Documented limits; anything longer is rejected with a readable message, never truncated. */
export const LIMITS = {
  shortText: 300,
  text: 2_000,
  longText: 10_000,
  url: 2_000,
  listItems: 500,
  authors: 50,
} as const

/** The `format` every assessment file carries, in every version. */
export const ASSESSMENT_FORMAT = 'iiat-assessment'

export const shortText = () => z.string().check(z.maxLength(LIMITS.shortText))
export const text = () => z.string().check(z.maxLength(LIMITS.text))
export const longText = () => z.string().check(z.maxLength(LIMITS.longText))
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIMITS.listItems))

/** A calendar date (YYYY-MM-DD) or the empty string for "not set". */
export const DateSchema = z
  .string()
  .check(z.refine((v) => v === '' || isIsoDate(v), { message: 'invalid-date' }))

/** An ISO 8601 timestamp with a time zone, as produced by Date.prototype.toISOString. */
const TimestampSchema = z.string().check(
  z.refine(
    (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !isNaN(Date.parse(v)),
    {
      message: 'invalid-timestamp',
    },
  ),
)

/** Ids of documents and of list entries: short, URL-safe, never derived from positions. */
export const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-id'))

const ItemIdSchema = z.enum(ITEM_IDS as unknown as [ItemId, ...ItemId[]])
/** The languages a document can be written in. */
export const LOCALES = ['en', 'fr', 'es'] as const
/** One of LOCALES. */
export type Locale = (typeof LOCALES)[number]

/** What kind of proposal is being assessed (Flag step). */
export const PROPOSAL_KINDS = [
  'legislation',
  'regulation',
  'business-decision',
  'technology-trend',
  'other',
] as const
/** How far the proposal has come (Flag step). */
export const STAGES = [
  'idea',
  'draft',
  'consultation',
  'parliament',
  'adopted',
  'in-force',
] as const
/** The ratings version 1 knew (frozen here: the scale grows in later versions). */
export const IMPACT_LEVELS_V1 = [
  'strongly-negative',
  'negative',
  'slightly-negative',
  'none',
  'slightly-positive',
  'positive',
  'strongly-positive',
  'unclear',
  'not-assessed',
] as const
/** How sure the analyst is of one row's impact (Analyze step). */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
/** The kinds of advocacy tactic (Strategize step). */
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
/** Where a tactic stands (Strategize step). */
export const TACTIC_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const
/** The kinds of ally (Together step). */
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

const SourceSchema = z.object({
  id: IdSchema,
  title: text(),
  /** Kept as typed; only http(s) addresses ever become links (see safeHttpUrl). */
  url: z.string().check(z.maxLength(LIMITS.url)),
  accessed: DateSchema,
})

const StakeholderSchema = z.object({ id: IdSchema, name: shortText(), note: text() })

const FlagSchema = z.object({
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

const EvidenceSchema = z.object({
  id: IdSchema,
  /** The id of a Flag source, or '' for a note without a source. */
  sourceId: z.string().check(z.maxLength(64)),
  note: text(),
})

const ItemAnalysisSchema = z.object({
  impact: z.enum(IMPACT_LEVELS_V1),
  dependsOnImplementation: z.boolean(),
  howAffected: longText(),
  effectOnPeople: longText(),
  evidence: list(EvidenceSchema),
  confidence: z.nullable(z.enum(CONFIDENCE_LEVELS)),
})

const AnalysisSchema = z.record(ItemIdSchema, ItemAnalysisSchema)

const SmartGoalSchema = z.object({
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

const AudienceSchema = z.object({
  id: IdSchema,
  name: shortText(),
  why: text(),
  ask: text(),
})
const KeyMessageSchema = z.object({
  id: IdSchema,
  text: text(),
  itemIds: list(ItemIdSchema),
  audienceIds: list(IdSchema),
})
const TacticSchema = z.object({
  id: IdSchema,
  kind: z.enum(TACTIC_KINDS),
  description: text(),
  owner: shortText(),
  due: DateSchema,
  status: z.enum(TACTIC_STATUSES),
})
const MilestoneSchema = z.object({ id: IdSchema, date: DateSchema, label: shortText() })

const StrategySchema = z.object({
  goal: SmartGoalSchema,
  audiences: list(AudienceSchema),
  messages: list(KeyMessageSchema),
  tactics: list(TacticSchema),
  milestones: list(MilestoneSchema),
})

const AllySchema = z.object({
  id: IdSchema,
  name: shortText(),
  kind: z.enum(ALLY_KINDS),
  role: text(),
  contact: shortText(),
})
const AskSchema = z.object({ id: IdSchema, to: shortText(), ask: text() })
const NextStepSchema = z.object({
  id: IdSchema,
  who: shortText(),
  what: text(),
  when: DateSchema,
  done: z.boolean(),
})
const ShareEntrySchema = z.object({
  id: IdSchema,
  date: DateSchema,
  with: shortText(),
  note: text(),
})

const TogetherSchema = z.object({
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

/** The whole version-1 document, every part of it. */
export const AssessmentV1Schema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  schemaVersion: z.literal(1),
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

/** A valid version-1 document, as version 1 saved it. */
export type AssessmentV1 = z.infer<typeof AssessmentV1Schema>

/** Version 1, the first published schema: it has no `up`. */
export const v1 = defineVersion({ version: 1, schema: AssessmentV1Schema, up: null })
