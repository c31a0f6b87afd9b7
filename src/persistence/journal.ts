/**
 * A synchronous safety net for the last edits: when the tab is hidden or closed, the open
 * document is written to Web Storage at once (IndexedDB writes started while a page unloads may
 * never finish). At start-up, entries newer than what IndexedDB holds are recovered, then
 * cleared once IndexedDB has them. The Storage object is passed in, so tests use a fake.
 */
import { parseAssessment, type Assessment } from '@/domain'

const PREFIX = 'iiat:unsaved:'

export interface Journal {
  /** Records the document now; returns false when storage refused it (full or disabled). */
  write(doc: Assessment): boolean
  /** Every readable entry; unreadable ones are left in place and not returned. */
  entries(): Assessment[]
  clear(id: string): void
}

export function createJournal(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>,
): Journal {
  return {
    write(doc) {
      try {
        storage.setItem(PREFIX + doc.id, JSON.stringify(doc))
        return true
      } catch {
        return false
      }
    },
    entries() {
      const found: Assessment[] = []
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i)
          if (!key?.startsWith(PREFIX)) continue
          const raw = storage.getItem(key)
          if (raw === null) continue
          let value: unknown
          try {
            value = JSON.parse(raw)
          } catch {
            continue
          }
          const parsed = parseAssessment(value)
          if (parsed.ok && PREFIX + parsed.assessment.id === key) found.push(parsed.assessment)
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
