/**
 * The assessment document, schema version 2, frozen once published (see v1.ts and AGENTS.md,
 * "Add a schema version"). What it adds to version 1, for Internet Impact Briefs (issue 8):
 * - an analysis row can be "mixed" (harm and benefit, each with its strength and its own
 *   explanation) or "not discussed" (a brief discusses only what is affected);
 * - publication facts: authors and contributors with affiliations, version, publication date,
 *   licence and contact (version 1's `authors` list moves there);
 * - the brief's own texts: abstract, executive summary, a conclusion per goal, conclusions and
 *   recommendations;
 * - the report's profile (public brief, internal plan, or both) and the sections switched off;
 * - kinds and stages beyond legislation, and "not stated" (null) for every choice nobody made.
 */
import * as z from 'zod/mini'
import { GOAL_IDS, type GoalId } from '../../catalogue/ids'
import { BENEFIT_LEVELS, HARM_LEVELS, IMPACT_LEVELS } from '../../scoring/scale'
import { defineVersion } from './defineVersion'
import { MAX_KEPT_FIELDS } from '../keptFields'
import {
  ALLY_KINDS,
  AssessmentV1Schema,
  DateSchema,
  IdSchema,
  LIMITS,
  STAGES as STAGES_V1,
  TACTIC_KINDS,
  list,
  longText,
  shortText,
  text,
  type AssessmentV1,
} from './v1'

/** What kind of proposal is being assessed (Flag step); null in a document means "not stated". */
export const PROPOSAL_KINDS = [
  'legislation',
  'regulation',
  'executive-order',
  'court-decision',
  'business-decision',
  'technical-standard',
  'international-agreement',
  'technology-trend',
  'other',
] as const
/** How far the proposal has come, or where it ended (Flag step); null means "not stated". */
export const STAGES = [...STAGES_V1, 'postponed', 'withdrawn', 'struck-down'] as const
/** Which document(s) the report prints: the public brief, the internal plan, or both. */
export const REPORT_PROFILES = ['brief', 'plan', 'complete'] as const

const v1 = AssessmentV1Schema.shape

// Shapes are spread rather than passed to z.extend/z.omit: a spread keeps each key's place and
// keeps those helpers out of the first load.
const FlagSchema = z.object({
  ...v1.flag.shape,
  kind: z.nullable(z.enum(PROPOSAL_KINDS)),
  stage: z.nullable(z.enum(STAGES)),
  dates: z.object({ ...v1.flag.shape.dates.shape, inForce: DateSchema }),
})

const ItemAnalysisSchema = z.object({
  ...v1.analysis.def.valueType.shape,
  impact: z.enum(IMPACT_LEVELS),
  /** Read only when impact is 'mixed': howAffected then explains the harm. */
  mixed: z.object({
    harm: z.enum(HARM_LEVELS),
    benefit: z.enum(BENEFIT_LEVELS),
    benefitHow: longText(),
  }),
})

const strategy = v1.strategy.shape
const StrategySchema = z.object({
  ...strategy,
  tactics: list(
    z.object({ ...strategy.tactics.def.element.shape, kind: z.nullable(z.enum(TACTIC_KINDS)) }),
  ),
})

const together = v1.together.shape
const TogetherSchema = z.object({
  ...together,
  allies: list(
    z.object({ ...together.allies.def.element.shape, kind: z.nullable(z.enum(ALLY_KINDS)) }),
  ),
})

/** An author or contributor of the brief. */
const PersonSchema = z.object({ id: IdSchema, name: shortText(), affiliation: shortText() })
const people = () => z.array(PersonSchema).check(z.maxLength(LIMITS.authors))

const PublicationSchema = z.object({
  authors: people(),
  contributors: people(),
  version: shortText(),
  published: DateSchema,
  licence: shortText(),
  contact: shortText(),
})

const BriefSchema = z.object({
  abstract: text(),
  executiveSummary: longText(),
  goalConclusions: z.object(
    Object.fromEntries(GOAL_IDS.map((g) => [g, longText()])) as Record<
      GoalId,
      ReturnType<typeof longText>
    >,
  ),
  /** Conclusions and recommendations. */
  conclusions: longText(),
})

const ReportSettingsSchema = z.object({
  profile: z.enum(REPORT_PROFILES),
  /** Ids of report sections the author switched off; ids the app no longer has are ignored. */
  hiddenSections: list(IdSchema),
})

/** Fields of an imported file that the schema does not know, kept to be written out again. */
const KeptSchema = z
  .array(
    z.object({
      // Each step is an object key, or the list entry with this id (no z.union: smaller bundle).
      path: z
        .array(
          // A step with neither leads nowhere, and its field is not written back.
          z.object({
            key: z.optional(z.string().check(z.maxLength(LIMITS.shortText))),
            id: z.optional(IdSchema),
          }),
        )
        .check(z.minLength(1), z.maxLength(40)),
      value: z.unknown(),
    }),
  )
  .check(z.maxLength(MAX_KEPT_FIELDS))

/** The whole version-2 document: version 1's keys in their order, without `authors`. */
export const AssessmentV2Schema = z.object({
  format: v1.format,
  schemaVersion: z.literal(2),
  id: v1.id,
  createdAt: v1.createdAt,
  updatedAt: v1.updatedAt,
  locale: v1.locale,
  templateId: v1.templateId,
  flag: FlagSchema,
  analysis: z.record(v1.analysis.def.keyType, ItemAnalysisSchema),
  strategy: StrategySchema,
  together: TogetherSchema,
  publication: PublicationSchema,
  brief: BriefSchema,
  report: ReportSettingsSchema,
  kept: z.optional(KeptSchema),
})

/** The mixed-row facts a row has before anyone marks it mixed. */
export const UNSET_MIXED = { harm: 'negative', benefit: 'positive', benefitHow: '' } as const

/** Version 2: version 1 loses nothing; its choices keep their values, new fields start empty. */
export const v2 = defineVersion({
  version: 2,
  schema: AssessmentV2Schema,
  up: (doc: AssessmentV1): z.input<typeof AssessmentV2Schema> => {
    const { authors, ...rest } = doc
    return {
      ...rest,
      schemaVersion: 2,
      flag: { ...doc.flag, dates: { ...doc.flag.dates, inForce: '' } },
      analysis: Object.fromEntries(
        Object.entries(doc.analysis).map(([id, row]) => [
          id,
          { ...row, mixed: { ...UNSET_MIXED } },
        ]),
      ) as z.input<typeof AssessmentV2Schema>['analysis'],
      publication: {
        authors: authors.map((name, i) => ({ id: `author-${i + 1}`, name, affiliation: '' })),
        contributors: [],
        version: '',
        published: '',
        licence: '',
        contact: '',
      },
      brief: {
        abstract: '',
        executiveSummary: '',
        goalConclusions: { open: '', 'globally-connected': '', secure: '', trustworthy: '' },
        conclusions: '',
      },
      // Version 1 printed everything: keep what its authors saw.
      report: { profile: 'complete', hiddenSections: [] },
    }
  },
})
