import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  normalizeAssessment,
  parseAssessment,
  parseAssessmentText,
  pruneMessageAudiences,
  type Assessment,
  type Audience,
  type KeyMessage,
} from '@/domain'

const audience = (id: string): Audience => ({ id, name: `Audience ${id}`, why: '', ask: '' })
const message = (id: string, audienceIds: string[]): KeyMessage => ({
  id,
  text: `Message ${id}`,
  itemIds: ['privacy'],
  audienceIds,
})

function withStrategy(audiences: Audience[], messages: KeyMessage[]): Assessment {
  const doc = createAssessment({ id: 'doc-1', now: new Date('2026-03-04T10:00:00Z'), locale: 'en' })
  doc.strategy.audiences = audiences
  doc.strategy.messages = messages
  return doc
}

describe('pruneMessageAudiences', () => {
  it.each<[string, string[], string[], string[]]>([
    ['keeps links to audiences that exist', ['a', 'b'], ['a', 'b'], ['a', 'b']],
    ['drops a link to a removed audience', ['a'], ['a', 'b'], ['a']],
    ['drops every link when no audience is left', [], ['a', 'b'], []],
    ['keeps the order of the links that stay', ['c', 'a'], ['a', 'b', 'c'], ['a', 'c']],
    ['leaves a message without links alone', ['a'], [], []],
  ])('%s', (_, audienceIds, linked, kept) => {
    const [pruned] = pruneMessageAudiences({
      audiences: audienceIds.map(audience),
      messages: [message('m1', linked)],
    })
    expect(pruned).toStrictEqual(message('m1', kept))
  })

  it('returns untouched messages as they are and never changes its input', () => {
    const untouched = message('m1', ['a'])
    const touched = message('m2', ['a', 'gone'])
    const strategy = { audiences: [audience('a')], messages: [untouched, touched] }
    const pruned = pruneMessageAudiences(strategy)
    expect(pruned[0]).toBe(untouched)
    expect(pruned[1]).not.toBe(touched)
    expect(touched.audienceIds).toEqual(['a', 'gone'])
  })
})

describe('normalizeAssessment', () => {
  it('returns the document itself when it is already consistent', () => {
    const doc = withStrategy([audience('a')], [message('m1', ['a'])])
    expect(normalizeAssessment(doc)).toBe(doc)
  })

  it('returns a copy without the dangling links, sharing the untouched parts', () => {
    const doc = withStrategy([audience('a')], [message('m1', ['a', 'gone'])])
    const normal = normalizeAssessment(doc)
    expect(normal.strategy.messages).toStrictEqual([message('m1', ['a'])])
    expect(normal.flag).toBe(doc.flag)
    expect(doc.strategy.messages[0]!.audienceIds).toEqual(['a', 'gone'])
  })
})

describe('every document entering the app is normalised', () => {
  const dangling = () => withStrategy([audience('a')], [message('m1', ['gone', 'a'])])

  it.each([
    ['parseAssessment (saved records, restored revisions)', () => parseAssessment(dangling())],
    ['parseAssessmentText (imported files)', () => parseAssessmentText(JSON.stringify(dangling()))],
  ])('%s drops links to removed audiences', (_, parse) => {
    const result = parse()
    expect(result.ok && result.assessment.strategy.messages[0]!.audienceIds).toEqual(['a'])
  })
})
