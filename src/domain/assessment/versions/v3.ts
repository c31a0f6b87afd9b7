/**
 * The assessment document, schema version 3, frozen once published (see v1.ts and AGENTS.md,
 * "Add a schema version"). What it adds to version 2: Arabic (`ar`) as a language a document can
 * be written in (AGENTS.md, "Add a language"). Nothing else changes, so a version-2 document
 * opens as it was; a version-2 file that says `ar` is refused, as version 2 never allowed it.
 */
import * as z from 'zod/mini'
import { defineVersion } from './defineVersion'
import { LOCALES as LOCALES_V1 } from './v1'
import { AssessmentV2Schema } from './v2'

/** A valid version-2 document, as version 2 saved it. */
export type AssessmentV2 = z.infer<typeof AssessmentV2Schema>

/** The languages a document can be written in: version 1's, and Arabic. */
export const LOCALES = [...LOCALES_V1, 'ar'] as const
/** One of LOCALES. */
export type Locale = (typeof LOCALES)[number]

/** The whole version-3 document: version 2's keys in their order, with the longer `locale` list. */
export const AssessmentV3Schema = z.object({
  ...AssessmentV2Schema.shape,
  schemaVersion: z.literal(3),
  locale: z.enum(LOCALES),
})

/** Version 3: a version-2 document loses nothing and gains nothing but its new number. */
export const v3 = defineVersion({
  version: 3,
  schema: AssessmentV3Schema,
  up: (doc: AssessmentV2): z.input<typeof AssessmentV3Schema> => ({ ...doc, schemaVersion: 3 }),
})
