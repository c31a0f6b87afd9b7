/**
 * The registry of schema versions, oldest first; the last one is current. Adding a version is
 * one new file in this folder and one entry here (AGENTS.md, "Add a schema version").
 */
import type * as z from 'zod/mini'
import type { AnyVersion } from './defineVersion'
import { v1 } from './v1'
import { v2 } from './v2'
import { v3 } from './v3'
import { v4 } from './v4'

/** True when every version's `up` reads what the version before it produces. */
type Chained<Versions> = Versions extends readonly [
  infer Before extends AnyVersion,
  infer After extends AnyVersion,
  ...infer Rest extends readonly AnyVersion[],
]
  ? After['up'] extends ((previous: z.output<Before['schema']>) => unknown) | null
    ? Chained<readonly [After, ...Rest]>
    : false
  : true

/**
 * Declares a registry, oldest version first; it does not type-check ("not assignable to never")
 * when an `up` does not take the output of the version before it.
 */
export function defineVersions<const Versions extends readonly AnyVersion[]>(
  versions: Chained<Versions> extends true ? Versions : never,
): Versions {
  return versions
}

/** Every published schema version, oldest first. */
export const VERSIONS = defineVersions([v1, v2, v3, v4])

/** The last entry of a registry. */
export type LatestOf<Versions extends readonly AnyVersion[]> = Versions extends readonly [
  ...AnyVersion[],
  infer Last extends AnyVersion,
]
  ? Last
  : never

/** The version new documents are written in. */
export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1] as LatestOf<typeof VERSIONS>
