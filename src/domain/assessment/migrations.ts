/**
 * Migrations between schema versions (STYLE.md: each old version frozen, with an `up` to the
 * next). Version 1 is the first published schema, so the list is empty; the loop in
 * parseAssessment already runs whatever is added here, and tests/fixtures keeps one valid
 * document per version.
 */
import type { ParseIssue } from './parse'

export interface Migration {
  /** The version this migration reads; it produces version `from + 1`. */
  from: number
  up(doc: unknown): { ok: true; value: unknown } | { ok: false; issues: ParseIssue[] }
}

export const MIGRATIONS: readonly Migration[] = []
