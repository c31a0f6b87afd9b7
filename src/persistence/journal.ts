/**
 * A synchronous safety net for the last edits: when the tab is hidden or closed, the open
 * document is written to Web Storage at once (IndexedDB writes started while a page unloads may
 * never finish). Each entry remembers the stored revision it was edited from, so that at
 * start-up it is applied only if nothing else was saved since (see the library store). The
 * Storage object is passed in, so tests use a fake.
 */
import { parseAssessment, type Assessment } from '@/domain'

const PREFIX = 'iiat:unsaved:'

export interface JournalEntry {
  doc: Assessment
  /** The stored record's save counter the edits started from; null if it was never saved. */
  baseRev: number | null
}

export interface Journal {
  /**
   * Whether storage accepts a write now (some browsers refuse every write, e.g. in private mode):
   * when not, nothing protects edits from a reload.
   */
  isWritable(): boolean
  /** Records the document now; returns false when storage refused it (full or disabled). */
  write(doc: Assessment, baseRev: number | null): boolean
  /** Every readable entry; unreadable ones are left in place and not returned. */
  entries(): JournalEntry[]
  clear(id: string): void
}

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

function readEntry(key: string, raw: string): JournalEntry | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { doc, baseRev } = value as { doc?: unknown; baseRev?: unknown }
  const parsed = parseAssessment(doc)
  if (!parsed.ok || PREFIX + parsed.assessment.id !== key) return null
  const rev = typeof baseRev === 'number' && Number.isInteger(baseRev) ? baseRev : null
  return { doc: parsed.assessment, baseRev: rev }
}

export function createJournal(storage: WebStorage): Journal {
  return {
    isWritable() {
      try {
        storage.setItem(PREFIX, '')
        storage.removeItem(PREFIX)
        return true
      } catch {
        return false
      }
    },
    write(doc, baseRev) {
      try {
        storage.setItem(PREFIX + doc.id, JSON.stringify({ baseRev, doc }))
        return true
      } catch {
        return false
      }
    },
    entries() {
      const found: JournalEntry[] = []
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i)
          if (!key?.startsWith(PREFIX)) continue
          const raw = storage.getItem(key)
          const entry = raw === null ? null : readEntry(key, raw)
          if (entry) found.push(entry)
        }
      } catch {
        return found
      }
      return found
    },
    clear(id) {
      try {
        storage.removeItem(PREFIX + id)
      } catch {
        // Nothing to do: a storage that cannot remove cannot have been written either.
      }
    },
  }
}
