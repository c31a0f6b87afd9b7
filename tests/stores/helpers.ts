import { createAssessment as create, type Assessment } from '@/domain'

export function createAssessment(id: string, title: string): Assessment {
  const doc = create({ id, now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  doc.flag.title = title
  return doc
}

export const serializeForTest = (doc: Assessment) => JSON.stringify(doc, null, 2)
