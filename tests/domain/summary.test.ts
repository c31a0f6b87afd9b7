import { describe, expect, it } from 'vitest'
import {
  ITEM_IDS,
  createAssessment,
  readSummary,
  sameSummary,
  summarizeAssessment,
  summarizeLibrary,
  type Assessment,
  type Impact,
  type ItemId,
} from '@/domain'

type Ratings = Partial<Record<ItemId, Impact>>
const allNone: Ratings = Object.fromEntries(ITEM_IDS.map((id) => [id, 'none']))

function doc(id: string, updatedAt: string, impacts: Ratings = {}) {
  const d: Assessment = createAssessment({ id, now: new Date(updatedAt), locale: 'en' })
  d.flag.title = `Title ${id}`
  for (const [item, impact] of Object.entries(impacts)) d.analysis[item as ItemId].impact = impact
  return d
}

describe('summarizeAssessment', () => {
  it.each<[string, Ratings, string, boolean]>([
    ['nothing assessed yet', {}, 'not-assessed', true],
    ['no impact anywhere', allNone, 'no-significant-impact', false],
    [
      'a critical property harmed, the rest unassessed',
      { 'common-global-identifiers': 'strongly-negative' },
      'seriously-undermines',
      true,
    ],
    [
      'an enabler slightly harmed, the rest without impact',
      { ...allNone, privacy: 'slightly-negative' },
      'harms',
      false,
    ],
  ])('%s', (_name, impacts, verdict, provisional) => {
    expect(summarizeAssessment(doc('a', '2026-01-01T00:00:00Z', impacts))).toEqual({
      id: 'a',
      title: 'Title a',
      verdict,
      provisional,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
  })
})

describe('summarizeLibrary', () => {
  it('lists the most recently changed first', () => {
    const docs = [
      doc('old', '2026-01-01T00:00:00Z'),
      doc('new', '2026-03-01T00:00:00Z'),
      doc('mid', '2026-02-01T00:00:00Z'),
    ]
    expect(summarizeLibrary(docs).map((s) => s.id)).toEqual(['new', 'mid', 'old'])
  })
})

describe('readSummary', () => {
  const good = summarizeAssessment(doc('a', '2026-01-01T00:00:00Z', allNone))

  it('reads back what summarizeAssessment made', () => {
    expect(readSummary(structuredClone(good))).toEqual(good)
    expect(sameSummary(readSummary(good)!, good)).toBe(true)
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'summary'],
    ['an unknown verdict', { ...good, verdict: 'catastrophic' }],
    ['a numeric title', { ...good, title: 42 }],
    ['no id', { ...good, id: undefined }],
    ['provisional as text', { ...good, provisional: 'yes' }],
    ['no date', { ...good, updatedAt: null }],
  ])('drops %s', (_name, value) => {
    expect(readSummary(value)).toBeNull()
  })

  it.each<[string, Partial<typeof good>]>([
    ['title', { title: 'Other' }],
    ['verdict', { verdict: 'harms' }],
    ['provisional', { provisional: !good.provisional }],
    ['date', { updatedAt: '2027-01-01T00:00:00Z' }],
  ])('sameSummary notices another %s', (_name, change) => {
    expect(sameSummary({ ...good, ...change }, good)).toBe(false)
  })
})
