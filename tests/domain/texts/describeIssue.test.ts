import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  describeFieldPath,
  describeIssue,
  parseAssessment,
  parseAssessmentText,
  type ParseIssue,
} from '@/domain'
import { en } from '@/domain/texts/en'
import { es } from '@/domain/texts/es'
import { fr } from '@/domain/texts/fr'

describe('describeFieldPath', () => {
  it.each<[ParseIssue['path'], string]>([
    [['flag', 'sources', 2, 'url'], 'Flag › sources › item 3 › web address'],
    [['analysis', 'privacy', 'impact'], 'Analysis › Privacy › impact'],
    [
      ['strategy', 'goal', 'relevantItemIds', 0],
      'Strategy › goal › findings it responds to › item 1',
    ],
    [['id'], 'Identifier'],
    [[], 'Document'],
    [['flag', 'mystery'], 'Flag › mystery'],
  ])('renders %j as %s', (path, expected) => {
    expect(describeFieldPath(path, en)).toBe(expected)
  })
})

describe('describeIssue', () => {
  it.each<[ParseIssue, string]>([
    [
      { path: ['flag', 'sources', 2, 'url'], code: 'too-long', params: { max: 2000 } },
      'Flag › sources › item 3 › web address: the text is longer than the limit of 2000 characters. Shorten it.',
    ],
    [
      { path: ['flag', 'dates', 'vote'], code: 'invalid-date' },
      'Flag › key dates › vote: this is not a valid date. Use the form YYYY-MM-DD, or leave it empty.',
    ],
    [
      { path: ['flag', 'stage'], code: 'invalid-choice', params: { choices: 'idea, draft' } },
      'Flag › stage: the value is not one of the allowed choices (Idea or early discussion, Draft).',
    ],
    [
      {
        path: ['analysis', 'privacy', 'impact'],
        code: 'invalid-choice',
        params: { choices: 'strongly-negative, mixed, not-discussed' },
      },
      'Analysis › Privacy › impact: the value is not one of the allowed choices (Strongly negative, Mixed: harms and helps, Not discussed).',
    ],
    [
      {
        path: ['strategy', 'tactics', 0, 'kind'],
        code: 'invalid-choice',
        params: { choices: 'letter, null' },
      },
      'Strategy › tactics › item 1 › type: the value is not one of the allowed choices (Letter or joint statement, Not stated).',
    ],
    [
      { path: ['locale'], code: 'invalid-choice', params: { choices: 'en, fr, es' } },
      'Language: the value is not one of the allowed choices (en, fr, es).',
    ],
    [
      { path: ['analysis', 'privacy'], code: 'invalid-choice' },
      'Analysis › Privacy: the value is not valid.',
    ],
    [
      { path: ['schemaVersion'], code: 'newer-version', params: { found: 3, supported: 1 } },
      'The file uses schema version 3, but this app reads versions up to 1. Open it in a newer version of the app.',
    ],
    [
      { path: [], code: 'too-large', params: { max: 5242880 } },
      'The file is larger than the limit of 5 MB, far more than any assessment needs. Check that you chose the right file.',
    ],
    [{ path: [], code: 'invalid' }, 'Document: the value is not valid.'],
  ])('puts %j into words', (issue, expected) => {
    expect(describeIssue(issue, en)).toBe(expected)
  })

  it.each([
    ['English', en, 5 * 1024 * 1024, 'limit of 5 MB,'],
    ['English', en, 2.5 * 1024 * 1024, 'limit of 2.5 MB,'],
    ['French', fr, 5 * 1024 * 1024, 'limite de 5\u202fMo,'],
    ['French', fr, 2.5 * 1024 * 1024, 'limite de 2,5\u202fMo,'],
    ['Spanish', es, 5 * 1024 * 1024, 'límite de 5 MB,'],
  ])('writes a size limit in megabytes the %s way: %i bytes', (_, texts, max, expected) => {
    const sentence = describeIssue({ path: [], code: 'too-large', params: { max } }, texts)
    expect(sentence).toContain(expected)
    expect(sentence).not.toMatch(/bytes|octets/)
  })

  it('names each part of a path in the renderer’s own words when it has them', () => {
    const fieldName = (path: ParseIssue['path']) =>
      path.join('.') === 'flag.kind' ? 'Kind of proposal' : undefined
    expect(describeFieldPath(['flag', 'kind'], en, fieldName)).toBe('Flag › Kind of proposal')
    expect(describeIssue({ path: ['flag', 'kind'], code: 'required' }, en, fieldName)).toBe(
      'Flag › Kind of proposal: a required value is missing.',
    )
  })

  it('explains every issue a broken document really produces, without leftover placeholders', () => {
    const doc = createAssessment({ id: 'x', now: new Date('2026-01-15T10:00:00Z'), locale: 'en' })
    const broken = JSON.parse(JSON.stringify(doc)) as Record<string, unknown> & typeof doc
    broken.id = 'not a valid id!'
    broken.flag.title = 'x'.repeat(400)
    broken.flag.dates.vote = '2026-02-30'
    broken.flag.sources = [{ id: 's1', title: 'T', url: 'https://example.org', accessed: 'soon' }]
    ;(broken.flag as Record<string, unknown>).stage = 'someday'
    delete (broken.strategy.goal as Partial<typeof broken.strategy.goal>).statement
    const result = parseAssessment(broken)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const sentences = result.issues.map((i) => describeIssue(i, en))
    expect(sentences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Identifier: this is not a valid identifier/),
        'Flag › title: the text is longer than the limit of 300 characters. Shorten it.',
        expect.stringMatching(/^Flag › key dates › vote: this is not a valid date/),
        expect.stringMatching(/^Flag › sources › item 1 › accessed: this is not a valid date/),
        expect.stringMatching(
          /^Flag › stage: the value is not one of the allowed choices \(Idea or early discussion, /,
        ),
        'Strategy › goal › goal statement: a required value is missing.',
      ]),
    )
    for (const s of sentences) expect(s).not.toMatch(/[{}]/)
  })

  it.each([
    ['not JSON', '{ nope'],
    ['not an object', '[1, 2]'],
    ['another format', '{"format":"something-else"}'],
    ['a newer version', '{"format":"iiat-assessment","schemaVersion":99}'],
  ])('explains a file that is %s without leftover placeholders', (_, text) => {
    const result = parseAssessmentText(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    for (const issue of result.issues) expect(describeIssue(issue, en)).not.toMatch(/[{}]/)
  })
})
