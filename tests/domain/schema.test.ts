import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  CURRENT_SCHEMA_VERSION,
  isIsoDate,
  LIMITS,
  MAX_DEPTH,
  parseAssessment,
  parseAssessmentText,
  safeHttpUrl,
  type Assessment,
  type ParseResult,
} from '@/domain'

const NOW = new Date('2025-02-03T04:05:06.000Z')

function blank(): Assessment {
  return createAssessment({ id: 'doc-1', now: NOW, locale: 'en' })
}

/** A plain JSON copy that tests may break freely. */
function raw(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(blank())) as Record<string, unknown>
}

function issues(result: ParseResult) {
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues
}

describe('parseAssessment', () => {
  it('accepts a fresh document unchanged', () => {
    const doc = blank()
    const result = parseAssessment(JSON.parse(JSON.stringify(doc)))
    expect(result).toEqual({ ok: true, assessment: doc, migratedFrom: null })
  })

  it.each([
    ['null', null],
    ['a string', 'iiat'],
    ['an array', []],
    ['a number', 42],
  ])('refuses %s as not an object', (_, input) => {
    expect(issues(parseAssessment(input))).toEqual([{ path: [], code: 'not-an-object' }])
  })

  it('refuses another format', () => {
    const doc = { ...raw(), format: 'something-else' }
    expect(issues(parseAssessment(doc))).toEqual([{ path: ['format'], code: 'wrong-format' }])
  })

  it.each([
    ['missing', undefined],
    ['zero', 0],
    ['text', '1'],
    ['fraction', 1.5],
  ])('refuses a %s schema version as unknown', (_, version) => {
    const doc = { ...raw(), schemaVersion: version }
    expect(issues(parseAssessment(doc))).toEqual([
      { path: ['schemaVersion'], code: 'unknown-version' },
    ])
  })

  it('refuses a newer schema version and says which versions it reads', () => {
    const doc = { ...raw(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }
    expect(issues(parseAssessment(doc))).toEqual([
      {
        path: ['schemaVersion'],
        code: 'newer-version',
        params: { found: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION },
      },
    ])
  })

  it.each<{
    name: string
    breakIt: (d: Assessment) => void
    path: (string | number)[]
    code: string
    params?: Record<string, unknown>
  }>([
    {
      name: 'a missing field is required',
      breakIt: (d) => delete (d.flag as Partial<Assessment['flag']>).title,
      path: ['flag', 'title'],
      code: 'required',
    },
    {
      name: 'a number where text belongs is the wrong type',
      breakIt: (d) => Object.assign(d.flag, { summary: 12 }),
      path: ['flag', 'summary'],
      code: 'wrong-type',
    },
    {
      name: 'too long a text says the maximum',
      breakIt: (d) => (d.flag.title = 'x'.repeat(LIMITS.shortText + 1)),
      path: ['flag', 'title'],
      code: 'too-long',
      params: { max: LIMITS.shortText },
    },
    {
      name: 'too many list entries says the maximum',
      breakIt: (d) =>
        (d.publication.authors = Array.from({ length: LIMITS.authors + 1 }, (_, i) => ({
          id: `a${i}`,
          name: 'A',
          affiliation: '',
        }))),
      path: ['publication', 'authors'],
      code: 'too-many',
      params: { max: LIMITS.authors },
    },
    {
      name: 'a value outside an enumeration is an invalid choice',
      breakIt: (d) => Object.assign(d.flag, { stage: 'someday' }),
      path: ['flag', 'stage'],
      code: 'invalid-choice',
    },
    {
      name: 'an impossible date is an invalid date',
      breakIt: (d) => (d.flag.dates.vote = '2025-02-30'),
      path: ['flag', 'dates', 'vote'],
      code: 'invalid-date',
    },
    {
      name: 'a date in another form is an invalid date',
      breakIt: (d) => (d.strategy.goal.deadline = '03/04/2025'),
      path: ['strategy', 'goal', 'deadline'],
      code: 'invalid-date',
    },
    {
      name: 'a broken timestamp is an invalid timestamp',
      breakIt: (d) => (d.updatedAt = 'yesterday'),
      path: ['updatedAt'],
      code: 'invalid-timestamp',
    },
    {
      name: 'an id with spaces is an invalid id',
      breakIt: (d) => (d.id = 'my doc'),
      path: ['id'],
      code: 'invalid-id',
    },
    {
      name: 'a missing analysis row is required',
      breakIt: (d) => delete (d.analysis as Partial<Assessment['analysis']>).privacy,
      path: ['analysis', 'privacy'],
      code: 'required',
    },
  ])('$name', ({ breakIt, path, code, params }) => {
    const doc = raw() as unknown as Assessment
    breakIt(doc)
    const found = issues(parseAssessment(doc))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ path, code, ...(params ? { params } : {}) })
  })

  it('lists the allowed choices of an enumeration', () => {
    const doc = raw() as { flag: { kind: string } }
    doc.flag.kind = 'novel'
    const [issue] = issues(parseAssessment(doc))
    expect(issue?.params?.choices).toContain('legislation')
  })

  it('drops unknown keys, including __proto__ and constructor, without polluting prototypes', () => {
    const text = JSON.stringify(raw()).replace(
      '"flag":{',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"flag":{"__proto__":{"polluted":true},',
    )
    const input: unknown = JSON.parse(text)
    const result = parseAssessment(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(result.assessment, '__proto__')).toBe(false)
    expect(Object.prototype.hasOwnProperty.call(result.assessment, 'constructor')).toBe(false)
    expect(Object.getPrototypeOf(result.assessment)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(result.assessment.flag)).toBe(Object.prototype)
    expect((result.assessment as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.assessment).toEqual(blank())
  })

  it('refuses data nested deeper than the limit', () => {
    let deep: Record<string, unknown> = {}
    const doc = { ...raw(), extra: deep }
    for (let i = 0; i < MAX_DEPTH + 5; i++) {
      const next = {}
      deep.child = next
      deep = next
    }
    expect(issues(parseAssessment(doc))).toEqual([
      { path: [], code: 'too-deep', params: { max: MAX_DEPTH } },
    ])
  })
})

describe('parseAssessmentText', () => {
  it('reads a saved document back', () => {
    const result = parseAssessmentText(JSON.stringify(blank()))
    expect(result.ok && result.assessment).toEqual(blank())
  })

  it.each(['', 'not json', '{"format":', '<html></html>'])('refuses %j as not JSON', (text) => {
    expect(issues(parseAssessmentText(text))).toEqual([{ path: [], code: 'not-json' }])
  })

  it('refuses text over the size limit before parsing it', () => {
    const text = JSON.stringify(blank())
    expect(issues(parseAssessmentText(text, 100))).toEqual([
      { path: [], code: 'too-large', params: { max: 100 } },
    ])
    expect(parseAssessmentText(text, text.length).ok).toBe(true)
  })

  it('measures the size in UTF-8 bytes, not characters', () => {
    const text = '"' + 'é'.repeat(60) + '"' // 62 characters, 122 bytes
    expect(issues(parseAssessmentText(text, 100))[0]?.code).toBe('too-large')
    expect(issues(parseAssessmentText(text, 122))[0]?.code).toBe('not-an-object')
  })
})

describe('isIsoDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })
})

describe('safeHttpUrl', () => {
  it.each<[string, string | null]>([
    ['https://ok.org', 'https://ok.org'],
    [' https://ok.org ', 'https://ok.org'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['mailto:someone@example.org', null],
    ['ftp://example.org/file', null],
    ['http://', null],
    ['https:///path-only', null],
    ['//example.org', null],
    ['example.org', null],
    ['https://exa mple.org', null],
    ['https://example.org/\u0000x', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(safeHttpUrl(value)).toBe(expected)
  })
})
