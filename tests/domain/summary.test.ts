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

describe('summarizeAssessment with mixed and not-discussed rows', () => {
  const rest = (impact: Impact): Ratings => Object.fromEntries(ITEM_IDS.map((id) => [id, impact]))
  const summary = (d: Assessment) => summarizeAssessment(d)
  const mixed = (item: ItemId, harm: 'negative' | 'slightly-negative', ratings: Ratings) => {
    const d = doc('m', '2026-01-01T00:00:00Z', { ...ratings, [item]: 'mixed' })
    d.analysis[item].mixed = { harm, benefit: 'strongly-positive', benefitHow: 'Helps too.' }
    return d
  }

  it.each<[string, ItemId, 'negative' | 'slightly-negative', Impact]>([
    ['a critical property, the rest without impact', 'integrity', 'negative', 'none'],
    ['an enabler, the rest without impact', 'privacy', 'slightly-negative', 'none'],
    ['a critical property, the rest not discussed', 'integrity', 'negative', 'not-discussed'],
    ['an enabler, the rest not discussed', 'privacy', 'slightly-negative', 'not-discussed'],
  ])('counts a mixed row on %s as harmed at its harm', (_name, item, harm, others) => {
    const asMixed = summary(mixed(item, harm, rest(others)))
    const asHarmed = summary(doc('m', '2026-01-01T00:00:00Z', { ...rest(others), [item]: harm }))
    expect(asMixed).toEqual(asHarmed)
    expect(asMixed.verdict).not.toBe(summary(doc('n', '2026-01-01T00:00:00Z', allNone)).verdict)
  })

  it.each<[string, Ratings]>([
    ['all but one harmed row', { ...rest('not-discussed'), privacy: 'negative' }],
    ['all but one row without impact', { ...rest('not-discussed'), privacy: 'none' }],
  ])('does not call a brief provisional when it leaves out %s', (_name, ratings) => {
    expect(summary(doc('d', '2026-01-01T00:00:00Z', ratings)).provisional).toBe(false)
  })

  it('calls it provisional while a row is unclear, whatever the others', () => {
    const ratings = { ...rest('not-discussed'), privacy: 'unclear' } satisfies Ratings
    expect(summary(doc('d', '2026-01-01T00:00:00Z', ratings)).provisional).toBe(true)
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
