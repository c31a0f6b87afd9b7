import type { Assessment } from '@/domain'

/** One saved version as the history lists it: `assessment` is null when it could not be read. */
export interface HistoryEntry {
  key: number
  takenAt: string
  reason: string
  assessment: Assessment | null
  /** The stored text of an unreadable version, for download; null when readable. */
  raw: string | null
}
