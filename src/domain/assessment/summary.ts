import { decideVerdict, VERDICTS, type Verdict } from '../scoring/verdict'
import type { Assessment } from './schema'

/** What the library lists of one assessment: its title, verdict and last change. */
export interface AssessmentSummary {
  id: string
  title: string
  verdict: Verdict
  /** Some items are unclear or not yet assessed (DESIGN.md §4). */
  provisional: boolean
  updatedAt: string
}

/** The library's line for one assessment; the verdict comes from `decideVerdict`. */
export function summarizeAssessment(doc: Assessment): AssessmentSummary {
  const { verdict, provisional } = decideVerdict(doc.analysis)
  return { id: doc.id, title: doc.flag.title, verdict, provisional, updatedAt: doc.updatedAt }
}

/** Summaries of every assessment, most recently changed first. */
export function summarizeLibrary(docs: Iterable<Assessment>): AssessmentSummary[] {
  return Array.from(docs, summarizeAssessment).sort(byUpdatedDesc)
}

/**
 * A summary read back from storage, if it has the shape of one; anything else is null. Stored
 * summaries are a cache for showing the library quickly, so a damaged one is dropped, not repaired.
 */
export function readSummary(value: unknown): AssessmentSummary | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, title, verdict, provisional, updatedAt } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof title !== 'string' || typeof updatedAt !== 'string')
    return null
  if (typeof provisional !== 'boolean') return null
  if (!VERDICTS.includes(verdict as Verdict)) return null
  return { id, title, verdict: verdict as Verdict, provisional, updatedAt }
}

/** Whether two summaries say the same thing (the stored one needs no rewrite). */
export function sameSummary(a: AssessmentSummary, b: AssessmentSummary): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.verdict === b.verdict &&
    a.provisional === b.provisional &&
    a.updatedAt === b.updatedAt
  )
}

/** Most recently changed first; the order the library lists summaries in. */
export function byUpdatedDesc(a: AssessmentSummary, b: AssessmentSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt)
}
