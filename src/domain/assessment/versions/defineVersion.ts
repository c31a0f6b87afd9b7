/**
 * What one schema version is (STYLE.md, after Hoppscotch's data package): a frozen zod schema
 * and, from version 2 on, a typed `up` from the version before. The registry in `./index.ts`
 * lists them oldest first; parseAssessment validates a document against its own version, then
 * runs every later `up`, validating after each.
 */
import type * as z from 'zod/mini'

/** The `schemaVersion` literal a schema's documents carry. */
type VersionOf<Schema> = z.output<Schema> extends { schemaVersion: infer N } ? N : never

/** One published version of the assessment document format. */
export interface SchemaVersion<Schema extends z.ZodMiniType = z.ZodMiniType, Previous = never> {
  /** The document's `schemaVersion`; must match the schema's literal. */
  readonly version: VersionOf<Schema>
  readonly schema: Schema
  /** Turns a valid document of the version before into this version's input; null for version 1. */
  readonly up: ((previous: Previous) => z.input<Schema>) | null
}

/** Any registered version, as the migration loop sees it. */
export interface AnyVersion {
  readonly version: number
  readonly schema: z.ZodMiniType
  readonly up: ((previous: never) => unknown) | null
}

/** Declares a schema version; the object is frozen because a published version never changes. */
export function defineVersion<Schema extends z.ZodMiniType, Previous = never>(
  version: SchemaVersion<Schema, Previous>,
): SchemaVersion<Schema, Previous> {
  return Object.freeze(version)
}
