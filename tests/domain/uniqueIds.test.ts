import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  createAudience,
  createEvidence,
  createKeyMessage,
  createSource,
  createStakeholder,
  createTactic,
  describeIssue,
  parseAssessment,
  type Assessment,
  type ParseIssue,
} from '@/domain'
import { en } from '@/domain/texts/en'

const NOW = new Date('2026-03-04T10:00:00Z')

function doc(change: (d: Assessment) => void): Assessment {
  const d = createAssessment({ id: 'doc-1', now: NOW, locale: 'en' })
  change(d)
  return JSON.parse(JSON.stringify(d)) as Assessment
}

const sources = (...ids: string[]) => ids.map((id) => createSource(id, '2026-03-01'))
const audiences = (...ids: string[]) => ids.map(createAudience)

describe('parseAssessment and ids repeated in a list', () => {
  it.each<[string, Assessment, ParseIssue[], string]>([
    [
      'a source id that evidence cites',
      doc((d) => {
        d.flag.sources = sources('s1', 's2', 's1')
        d.analysis.privacy.evidence = [createEvidence('e1', 's1')]
      }),
      [
        {
          path: ['flag', 'sources', 2, 'id'],
          code: 'duplicate-id',
          params: { id: 's1', first: 1 },
        },
      ],
      'Flag › sources › item 3 › identifier: “s1” is also the identifier of item 1 in the same list',
    ],
    [
      'an audience id that a message names',
      doc((d) => {
        d.strategy.audiences = audiences('a', 'a')
        d.strategy.messages = [{ ...createKeyMessage('m1'), audienceIds: ['a'] }]
      }),
      [
        {
          path: ['strategy', 'audiences', 1, 'id'],
          code: 'duplicate-id',
          params: { id: 'a', first: 1 },
        },
      ],
      'Strategy › audiences › item 2 › identifier: “a” is also the identifier of item 1',
    ],
  ])('refuses %s, naming the list and the repeated entry', (_, input, issues, sentence) => {
    const result = parseAssessment(input)
    expect(result).toStrictEqual({ ok: false, issues })
    if (!result.ok) expect(describeIssue(result.issues[0]!, en)).toContain(sentence)
  })

  it.each<[string, Assessment, (d: Assessment) => string[], string[]]>([
    [
      'sources nothing cites',
      doc((d) => {
        d.flag.sources = sources('s1', 's1')
        d.analysis.privacy.evidence = [createEvidence('e1', 's2')]
      }),
      (d) => d.flag.sources.map((s) => s.id),
      ['s1', 's1-2'],
    ],
    [
      'audiences no message names',
      doc((d) => {
        d.strategy.audiences = audiences('a', 'b', 'a')
        d.strategy.messages = [{ ...createKeyMessage('m1'), audienceIds: ['b'] }]
      }),
      (d) => d.strategy.audiences.map((a) => a.id),
      ['a', 'b', 'a-2'],
    ],
    [
      'stakeholders, keeping clear of ids already used',
      doc((d) => {
        d.flag.stakeholders = ['x', 'x', 'x-2', 'x'].map(createStakeholder)
      }),
      (d) => d.flag.stakeholders.map((s) => s.id),
      ['x', 'x-3', 'x-2', 'x-4'],
    ],
    [
      'evidence of one row',
      doc((d) => {
        d.analysis.integrity.evidence = [createEvidence('e'), createEvidence('e')]
      }),
      (d) => d.analysis.integrity.evidence.map((e) => e.id),
      ['e', 'e-2'],
    ],
    [
      'tactics with the longest id, shortened to fit',
      doc((d) => {
        d.strategy.tactics = [createTactic('t'.repeat(64)), createTactic('t'.repeat(64))]
      }),
      (d) => d.strategy.tactics.map((t) => t.id),
      ['t'.repeat(64), `${'t'.repeat(62)}-2`],
    ],
  ])('gives later entries new ids among %s', (_, input, ids, expected) => {
    const result = parseAssessment(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(ids(result.assessment)).toEqual(expected)
    // Only the ids change, and the result is a fixed point.
    expect(parseAssessment(result.assessment)).toStrictEqual(result)
  })
})
