import { describe, expect, it } from 'vitest'
import {
  asFragment,
  asSentence,
  clipText,
  createAssessment,
  domainTexts,
  draftMessages,
  LIMITS,
  parseAssessment,
  type Assessment,
  type DomainTexts,
  type Impact,
  type ItemId,
} from '@/domain'

const en = domainTexts('en')
/** English texts with templates that show each parameter plainly. */
const plain: DomainTexts = {
  ...en,
  drafting: {
    ...en.drafting,
    fromFinding: '{item}|{impact}|{how}|{effect}',
    fromFindingNoEffect: '{item}|{impact}|{how}',
  },
}

function doc(ratings: Partial<Record<ItemId, Impact>>): Assessment {
  const d = createAssessment({ id: 'doc-1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  for (const [id, impact] of Object.entries(ratings)) d.analysis[id as ItemId].impact = impact
  return d
}

function ids(prefix = 'm') {
  let n = 0
  return () => `${prefix}${++n}`
}

describe('draftMessages', () => {
  it('drafts one message per negative finding, worst first, properties before enablers', () => {
    const d = doc({
      privacy: 'negative',
      'common-global-identifiers': 'slightly-negative',
      'easy-unrestricted-access': 'strongly-negative',
      'technology-neutral-general-purpose': 'negative',
      integrity: 'positive',
      accountability: 'unclear',
      'available-capacity': 'none',
    })
    const drafts = draftMessages(d, plain, ids())
    expect(drafts.map((m) => m.itemIds)).toEqual([
      ['easy-unrestricted-access'],
      ['technology-neutral-general-purpose'],
      ['privacy'],
      ['common-global-identifiers'],
    ])
    expect(drafts.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4'])
    expect(drafts.every((m) => m.audienceIds.length === 0)).toBe(true)
  })

  it('skips findings an existing message already covers', () => {
    const d = doc({ privacy: 'negative', integrity: 'slightly-negative' })
    d.strategy.messages = [
      { id: 'old', text: 'Mine.', itemIds: ['integrity', 'accountability'], audienceIds: [] },
    ]
    const drafts = draftMessages(d, plain, ids())
    expect(drafts.map((m) => m.itemIds)).toEqual([['privacy']])
  })

  it('returns nothing when there is no negative finding', () => {
    expect(draftMessages(doc({ privacy: 'positive', integrity: 'unclear' }), plain, ids())).toEqual(
      [],
    )
  })

  it('does not change the document', () => {
    const d = doc({ privacy: 'negative' })
    const before = JSON.stringify(d)
    draftMessages(d, plain, ids())
    expect(JSON.stringify(d)).toBe(before)
  })

  it('fills the template with the name, the level in lower case and whole sentences', () => {
    const d = doc({ privacy: 'strongly-negative' })
    d.analysis.privacy.howAffected = '  Operators must keep logs\nof every user '
    d.analysis.privacy.effectOnPeople = 'People are tracked!'
    const [draft] = draftMessages(d, plain, ids())
    expect(draft?.text).toBe(
      `${en.catalogue.items.privacy.name}|strongly negative|Operators must keep logs of every user.|People are tracked!`,
    )
  })

  it('uses the variant without effect when the effect on people is empty', () => {
    const d = doc({ integrity: 'negative' })
    d.analysis.integrity.howAffected = 'Browsers must trust state CAs.'
    d.analysis.integrity.effectOnPeople = ' \n '
    const [draft] = draftMessages(d, plain, ids())
    expect(draft?.text).toBe(
      `${en.catalogue.items.integrity.name}|negative|Browsers must trust state CAs.`,
    )
  })

  it('reads well in English, even without a description of how', () => {
    const d = doc({ privacy: 'negative', integrity: 'negative' })
    d.analysis.privacy.howAffected = 'Providers must retain traffic data for a year'
    d.analysis.privacy.effectOnPeople = 'people lose control over who knows what they do online'
    const [first, second] = draftMessages(d, en, ids())
    expect(first?.text).toBe(
      `This proposal would harm ${en.catalogue.items.integrity.name} (negative). Whatever weakens the Internet weakens the people, businesses and communities who depend on it.`,
    )
    expect(second?.text).toBe(
      `This proposal would harm ${en.catalogue.items.privacy.name} (negative). Providers must retain traffic data for a year. In the end, people pay the price: people lose control over who knows what they do online.`,
    )
    expect(second?.text).not.toMatch(/\s{2}|\.\./)
  })

  it('keeps drafts within the length a message may have, so the document stays valid', () => {
    const d = doc({ privacy: 'negative' })
    d.analysis.privacy.howAffected = 'word '.repeat(1900)
    d.analysis.privacy.effectOnPeople = 'more '.repeat(1900)
    const drafts = draftMessages(d, en, ids())
    expect(drafts[0]!.text.length).toBeLessThanOrEqual(LIMITS.text)
    expect(drafts[0]!.text.endsWith('…')).toBe(true)
    d.strategy.messages.push(...drafts)
    expect(parseAssessment(JSON.parse(JSON.stringify(d))).ok).toBe(true)
  })
})

describe('text helpers', () => {
  it.each([
    ['A sentence', 'A sentence.'],
    ['A sentence.', 'A sentence.'],
    ['Really?', 'Really?'],
    ['It said "stop."', 'It said "stop."'],
    ['Trailing comma, ', 'Trailing comma.'],
    ['Wait…', 'Wait…'],
    ['  two\n\nlines ', 'two lines.'],
    ['', ''],
  ])('asSentence(%j) → %j', (input, expected) => {
    expect(asSentence(input)).toBe(expected)
  })

  it.each([
    ['Submit the response.', 'Submit the response'],
    ['Meet MEPs;', 'Meet MEPs'],
    ['To be decided...', 'To be decided...'],
    ['Why not?', 'Why not?'],
  ])('asFragment(%j) → %j', (input, expected) => {
    expect(asFragment(input)).toBe(expected)
  })

  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['cut at a word boundary please', 16, 'cut at a word…'],
    ['Supercalifragilistic', 10, 'Supercali…'],
  ])('clipText(%j, %d) → %j', (input, max, expected) => {
    const clipped = clipText(input, max)
    expect(clipped).toBe(expected)
    expect(Array.from(clipped).length).toBeLessThanOrEqual(max)
  })
})
