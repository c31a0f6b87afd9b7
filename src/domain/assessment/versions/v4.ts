/**
 * The assessment document, schema version 4, frozen once published (see v1.ts and AGENTS.md,
 * "Add a schema version"). What it adds to version 3: an optional `workshop` record (issue 11),
 * the facts of the workshop a document was adopted from, frozen at adoption, for the report's
 * Workshop appendix: how many took part, the room's agreement, and per row the median, the
 * spread, the distribution and the dissenting reasons (with names only if the facilitator chose
 * to show them). Nothing else changes, so a version-3 document opens as it was.
 *
 * Numbers are whole (`wholeNumber`): a median is stored doubled so a half step stays whole, and
 * alpha in thousandths, as the report prints it.
 */
import * as z from 'zod/mini'
import { ITEM_IDS, type ItemId } from '../../catalogue/ids'
import { IMPACT_LEVELS } from '../../scoring/scale'
import { wholeNumber } from '../../workshop/wholeNumber'
import { defineVersion } from './defineVersion'
import { DateSchema, list, shortText, text } from './v1'
import { AssessmentV3Schema } from './v3'

/** A valid version-3 document, as version 3 saved it. */
export type AssessmentV3 = z.infer<typeof AssessmentV3Schema>

const count = () => wholeNumber(0, 1_000_000)

const WorkshopRowSchema = z.object({
  item: z.enum(ITEM_IDS as unknown as [ItemId, ...ItemId[]]),
  /** The round whose result the row was settled on. */
  round: wholeNumber(1, 9),
  /** Ratings on the scale (answers off it are counted in `mixed` and `unclear`). */
  n: count(),
  /** Twice the median step on −3…+3; null when nobody rated the row on the scale. */
  medianTimesTwo: z.nullable(wholeNumber(-6, 6)),
  iqr: z.nullable(wholeNumber(0, 6)),
  agreementPercent: z.nullable(wholeNumber(0, 100)),
  /** Ratings at each of the seven steps, strongly negative first. */
  distribution: z.array(count()).check(z.minLength(7), z.maxLength(7)),
  mixed: count(),
  unclear: count(),
  status: z.enum(['unrated', 'split', 'consensus', 'leaning', 'none']),
  /** How the facilitator settled it: the consensus, a chosen rating, or the rating kept. */
  decision: z.enum(['consensus', 'chosen', 'kept']),
  /** Reasons of participants who rated at least 2 steps from the median. */
  dissent: list(
    z.object({
      rating: z.enum(IMPACT_LEVELS),
      reason: text(),
      /** Only when the facilitator chose to show names. */
      name: z.optional(shortText()),
    }),
  ),
})

const WorkshopRecordSchema = z.object({
  heldOn: DateSchema,
  participants: count(),
  rounds: wholeNumber(1, 9),
  /** Krippendorff's alpha (ordinal) × 1000, rounded; null when the room had too few ratings. */
  alphaThousandths: z.nullable(wholeNumber(-1_000_000, 1000)),
  namesShown: z.boolean(),
  rule: z.object({
    maxIqr: wholeNumber(0, 6),
    minAgreementPercent: wholeNumber(0, 100),
    minTailPercent: wholeNumber(0, 100),
  }),
  rows: list(WorkshopRowSchema),
})

/** The whole version-4 document: version 3's keys in their order, and the workshop record. */
export const AssessmentV4Schema = z.object({
  ...AssessmentV3Schema.shape,
  schemaVersion: z.literal(4),
  workshop: z.optional(WorkshopRecordSchema),
})

/** Version 4: a version-3 document loses nothing and gains nothing but its new number. */
export const v4 = defineVersion({
  version: 4,
  schema: AssessmentV4Schema,
  up: (doc: AssessmentV3): z.input<typeof AssessmentV4Schema> => ({ ...doc, schemaVersion: 4 }),
})
