import { createAssessment as create, type Assessment } from '@/domain'

export function createAssessment(id: string, title: string): Assessment {
  const doc = create({ id, now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  doc.flag.title = title
  return doc
}

export const serializeForTest = (doc: Assessment) => JSON.stringify(doc, null, 2)

/** An in-memory Web Storage, optionally refusing writes like a full disk. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  constructor(private full = false) {}
  get length() {
    return this.map.size
  }
  clear() {
    this.map.clear()
  }
  getItem(key: string) {
    return this.map.get(key) ?? null
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.map.delete(key)
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError')
    this.map.set(key, String(value))
  }
}
