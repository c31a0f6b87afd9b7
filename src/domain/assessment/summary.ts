import { decideVerdict, type Verdict } from '../scoring/verdict'
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
  return Array.from(docs, summarizeAssessment).sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  )
}
