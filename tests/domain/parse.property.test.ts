/**
 * Property tests of the one trust-boundary entry point (DESIGN.md §1.5): `parseAssessment` and
 * `parseAssessmentText` never throw, refuse what is not a document with issues that read as
 * sentences, point at the damage, and round-trip every valid document unchanged.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  ASSESSMENT_FORMAT,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  createAssessment,
  isIsoDate,
  parseAssessment,
  parseAssessmentText,
  safeHttpUrl,
  type Assessment,
  type IssueCode,
  type ParseResult,
} from '@/domain'
import {
  DANGEROUS_KEYS,
  FIXED_NOW,
  assessmentArb,
  baseDocuments,
  expectReadableIssues,
  isoDateArb,
  onSameBranch,
  ownKeysDeep,
  unreadableParts,
  PROPERTY_TIMEOUT,
} from '../fixtures/arbitraries'
import { expectStrictEqual } from '../setup/equal'

type Path = (string | number)[]

/** A parsed document parses again to the same value, and its JSON text is a fixed point. */
function expectStableRoundTrip(doc: Assessment): void {
  const again = parseAssessment(doc)
  expectStrictEqual(again, { ok: true, assessment: doc, migratedFrom: null })
  const text = JSON.stringify(doc)
  const fromText = parseAssessmentText(text)
  expect(fromText.ok).toBe(true)
  if (fromText.ok) expect(JSON.stringify(fromText.assessment)).toBe(text)
  for (const key of DANGEROUS_KEYS) expect(ownKeysDeep(doc).has(key)).toBe(false)
  expect(Object.getPrototypeOf(doc)).toBe(Object.prototype)
}

function expectRefusedReadably(
  result: ParseResult,
): asserts result is Extract<ParseResult, { ok: false }> {
  expect(result.ok).toBe(false)
  if (!result.ok) expectReadableIssues(result.issues)
}

/** Every property of the shared prototypes, values included: a run may add or replace none. */
const keysOf = (o: object) => Reflect.ownKeys(o).map(String).sort()
const pollutionProbe = () => ({
  object: keysOf(Object.prototype),
  array: keysOf(Array.prototype),
  fn: keysOf(Function.prototype),
})
const prototypesBefore = pollutionProbe()

afterAll(() => {
  expect(pollutionProbe()).toStrictEqual(prototypesBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined()
})

describe(
  'parseAssessment on anything that is not a document',
  { timeout: PROPERTY_TIMEOUT },
  () => {
    it('never throws and refuses with readable issues: fc.anything()', () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
            stringUnit: 'binary',
          }),
          (value) => {
            expectRefusedReadably(parseAssessment(value))
          },
        ),
      )
    })

    it('never throws and refuses with readable issues: fc.jsonValue()', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expectRefusedReadably(parseAssessment(value))
        }),
      )
    })

    it('never throws and refuses with readable issues: fc.object()', () => {
      fc.assert(
        fc.property(fc.object({ stringUnit: 'grapheme', withNullPrototype: true }), (value) => {
          expectRefusedReadably(parseAssessment(value))
        }),
      )
    })

    it('explains, field by field, objects that carry the format marker and little else', () => {
      fc.assert(
        fc.property(
          fc.object({ maxDepth: 2 }),
          fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
          (rest, schemaVersion) => {
            const result = parseAssessment({ ...rest, format: ASSESSMENT_FORMAT, schemaVersion })
            expectRefusedReadably(result)
          },
        ),
      )
    })

    it('the readability check is not vacuous', () => {
      expect(unreadableParts({ path: [], code: 'too-large' })).toEqual([
        expect.stringContaining('unfilled {max}'),
      ])
      expect(unreadableParts({ path: [], code: 'no-such-code' as IssueCode })).toHaveLength(1)
      expect(unreadableParts({ path: ['flag', 'sources', 2, 'url'], code: 'required' })).toEqual([])
    })

    it('survives values that fight back: cycles, throwing getters, proxies', () => {
      const cyclic: Record<string, unknown> = { format: ASSESSMENT_FORMAT, schemaVersion: 1 }
      cyclic.flag = cyclic
      const throwing = Object.defineProperty({}, 'format', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      })
      const proxy = new Proxy(
        {},
        {
          get() {
            throw new Error('boom')
          },
          ownKeys() {
            throw new Error('boom')
          },
        },
      )
      for (const value of [cyclic, throwing, proxy, Object.create(null), new Error('x')]) {
        expectRefusedReadably(parseAssessment(value))
      }
      expect(parseAssessment(cyclic)).toEqual({
        ok: false,
        issues: [{ path: [], code: 'too-deep', params: { max: MAX_DEPTH } }],
      })
    })
  },
)

// ---------------------------------------------------------------------------------------------
// Mutated documents

interface Located {
  path: Path
  value: unknown
}

/** Every location in a document, root first, found iteratively. */
function locate(doc: unknown): Located[] {
  const out: Located[] = []
  const stack: Located[] = [{ path: [], value: doc }]
  while (stack.length) {
    const item = stack.pop()!
    out.push(item)
    const { path, value } = item
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: [...path, i], value: v }))
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v })
  }
  return out
}

const DATE_KEYS = new Set([
  'published',
  'consultationCloses',
  'vote',
  'accessed',
  'deadline',
  'due',
  'date',
  'when',
])
const lastKey = (path: Path) => path[path.length - 1]

interface Targets {
  all: Path[]
  strings: Path[]
  dates: Path[]
  timestamps: Path[]
  urls: Path[]
  objects: Path[]
}

function targetsOf(doc: Assessment): Targets {
  const located = locate(doc)
  const pick = (keep: (l: Located) => boolean) => located.filter(keep).map((l) => l.path)
  const isString = (l: Located) => typeof l.value === 'string'
  return {
    all: pick(() => true),
    strings: pick(isString),
    dates: pick((l) => isString(l) && DATE_KEYS.has(String(lastKey(l.path)))),
    timestamps: pick(
      (l) => l.path.length === 1 && /^(createdAt|updatedAt)$/.test(String(l.path[0])),
    ),
    urls: pick((l) => isString(l) && /^(url|chapterUrl)$/.test(String(lastKey(l.path)))),
    objects: pick((l) => !!l.value && typeof l.value === 'object' && !Array.isArray(l.value)),
  }
}

const BASES = baseDocuments()
const TARGETS = BASES.map(targetsOf)

const INVALID_DATES = [
  '2026-02-30',
  '2025-02-29',
  'tomorrow',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-1-5',
  '20260105',
  '2026-01-05T00:00:00.000Z',
  ' 2026-01-05',
  '2026-01-05\n',
  '٢٠٢٦-٠١-٠٥',
  '+02026-01-05',
  '9999-99-99',
  'null',
]
const INVALID_TIMESTAMPS = [
  'tomorrow',
  '2026-01-15',
  '2026-01-15T10:00:00',
  '2026-01-15T10:00:00+02:00',
  '2026-13-01T00:00:00.000Z',
  '2026-01-15T25:00:00.000Z',
  '2026-01-15 10:00:00Z',
  '',
]
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https:/\\evil.example',
]
/** JSON text members that try to reach a prototype when a naive merge copies them. */
const PROTO_MEMBERS: Record<(typeof DANGEROUS_KEYS)[number], string> = {
  ['__proto__']: '"__proto__":{"polluted":"yes","toString":"pwned"}',
  constructor: '"constructor":{"prototype":{"polluted":"yes"}}',
  prototype: '"prototype":{"polluted":"yes"}',
}

type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'long-string'; char: string }
  | { kind: 'invalid-date'; value: string }
  | { kind: 'invalid-timestamp'; value: string }
  | { kind: 'script-url'; value: string }
  | { kind: 'proto'; key: (typeof DANGEROUS_KEYS)[number] }
  | { kind: 'nest'; depth: number; shape: 'object' | 'array' }

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('long-string' as const), char: fc.constantFrom('x', '€', '😀') }),
  fc.record({
    kind: fc.constant('invalid-date' as const),
    value: fc.constantFrom(...INVALID_DATES),
  }),
  fc.record({
    kind: fc.constant('invalid-timestamp' as const),
    value: fc.constantFrom(...INVALID_TIMESTAMPS),
  }),
  fc.record({ kind: fc.constant('script-url' as const), value: fc.constantFrom(...SCRIPT_URLS) }),
  fc.record({ kind: fc.constant('proto' as const), key: fc.constantFrom(...DANGEROUS_KEYS) }),
  fc.record({
    kind: fc.constant('nest' as const),
    depth: fc.oneof(fc.integer({ min: 1, max: MAX_DEPTH + 8 }), fc.constant(10_000)),
    shape: fc.constantFrom('object' as const, 'array' as const),
  }),
)

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root)
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>
  parent[path[path.length - 1]!] = value
  return root
}

function deleteAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined
  const parent = getAt(root, path.slice(0, -1))
  const key = path[path.length - 1]!
  if (Array.isArray(parent)) parent.splice(Number(key), 1)
  else delete (parent as Record<string | number, unknown>)[key]
  return root
}

/** A value `depth` levels deep, built without recursion. */
function nested(depth: number, shape: 'object' | 'array'): unknown {
  let v: unknown = 'leaf'
  for (let i = 0; i < depth; i++) v = shape === 'object' ? { nested: v } : [v]
  return v
}

function applyMutation(base: number, at: number, m: Mutation): { input: unknown; path: Path } {
  const targets = TARGETS[base]!
  const group =
    m.kind === 'long-string'
      ? targets.strings
      : m.kind === 'invalid-date'
        ? targets.dates
        : m.kind === 'invalid-timestamp'
          ? targets.timestamps
          : m.kind === 'script-url'
            ? targets.urls
            : m.kind === 'proto'
              ? targets.objects
              : targets.all
  const path = group[at % group.length]!
  const doc: unknown = structuredClone(BASES[base])
  switch (m.kind) {
    case 'delete':
      return { input: deleteAt(doc, path), path }
    case 'replace':
      return { input: setAt(doc, path, m.value), path }
    case 'long-string':
      return { input: setAt(doc, path, m.char.repeat(100_000 / m.char.length)), path }
    case 'invalid-date':
    case 'invalid-timestamp':
    case 'script-url':
      return { input: setAt(doc, path, m.value), path }
    case 'proto': {
      // As a file would bring it: JSON.parse makes "__proto__" an own key, not a prototype.
      const target = JSON.stringify(getAt(doc, path))
      const crafted = `{${PROTO_MEMBERS[m.key]}${target === '{}' ? '}' : `,${target.slice(1)}`}`
      const value = JSON.parse(crafted) as object
      expect(Object.hasOwn(value, m.key)).toBe(true)
      return { input: setAt(doc, path, value), path }
    }
    case 'nest':
      return { input: setAt(doc, path, nested(m.depth, m.shape)), path }
  }
}

describe('parseAssessment on mutated documents', { timeout: PROPERTY_TIMEOUT }, () => {
  it('the base documents are valid', () => {
    for (const doc of BASES) expectStableRoundTrip(doc)
    for (const targets of TARGETS) {
      expect(targets.dates.length).toBeGreaterThan(0)
      expect(targets.urls.length).toBeGreaterThan(0)
    }
  })

  it('never throws; accepts a still-valid document stably, or points at the damage readably', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: BASES.length - 1 }),
        fc.nat(),
        mutationArb,
        (base, at, mutation) => {
          const { input, path } = applyMutation(base, at, mutation)
          const result = parseAssessment(input)
          if (result.ok) {
            expectStableRoundTrip(result.assessment)
          } else {
            expectReadableIssues(result.issues)
            for (const issue of result.issues) expect(onSameBranch(issue.path, path)).toBe(true)
          }
          const exactlyHere = result.ok
            ? []
            : result.issues.filter(
                (i) => i.path.length === path.length && onSameBranch(i.path, path),
              )
          switch (mutation.kind) {
            case 'long-string':
              expect(result.ok).toBe(false)
              expect(exactlyHere.length).toBeGreaterThan(0)
              break
            case 'invalid-date':
              expect(exactlyHere.map((i) => i.code)).toEqual(['invalid-date'])
              break
            case 'invalid-timestamp':
              expect(exactlyHere.map((i) => i.code)).toEqual(['invalid-timestamp'])
              break
            case 'script-url':
              // Kept as typed (the user's words), but never turned into a link.
              expect(result.ok).toBe(true)
              if (result.ok) expect(getAt(result.assessment, path)).toBe(mutation.value)
              expect(safeHttpUrl(mutation.value)).toBeNull()
              break
            case 'nest':
              if (path.length === 0 && mutation.shape === 'array')
                expect(result).toEqual({ ok: false, issues: [{ path: [], code: 'not-an-object' }] })
              else if (path.length + mutation.depth > MAX_DEPTH)
                expect(result).toEqual({
                  ok: false,
                  issues: [{ path: [], code: 'too-deep', params: { max: MAX_DEPTH } }],
                })
              else if (!result.ok)
                expect(result.issues.map((i) => i.code)).not.toContain('too-deep')
              break
            default:
              break
          }
        },
      ),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Valid documents

describe(
  'valid documents round-trip through parseAssessmentText',
  { timeout: PROPERTY_TIMEOUT },
  () => {
    it('parses the JSON of any valid document to an equal document, keys in the same order', () => {
      fc.assert(
        fc.property(assessmentArb(), fc.boolean(), (doc, pretty) => {
          const text = pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)
          const result = parseAssessmentText(text)
          if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
            // LIMITS allow documents larger than MAX_FILE_BYTES; their files are refused by size.
            expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['too-large'])
            return
          }
          expect(result.ok ? [] : result.issues).toEqual([])
          expectStrictEqual(result, { ok: true, assessment: doc, migratedFrom: null })
          if (result.ok) expect(JSON.stringify(result.assessment)).toBe(JSON.stringify(doc))
        }),
      )
    })

    it('accepts every real calendar date in YYYY-MM-DD, years 0000 to 9999, in a document', () => {
      fc.assert(
        fc.property(isoDateArb(0), (date) => {
          const doc = createAssessment({ id: 'dates', now: FIXED_NOW, locale: 'en' })
          doc.flag.dates.published = date
          doc.strategy.goal.deadline = date
          doc.strategy.milestones.push({ id: 'm1', date, label: 'Vote' })
          expectStrictEqual(parseAssessmentText(JSON.stringify(doc)), {
            ok: true,
            assessment: doc,
            migratedFrom: null,
          })
        }),
      )
    })

    it('isIsoDate agrees with the Gregorian calendar for any YYYY-MM-DD', () => {
      const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      const daysIn = (y: number, m: number) =>
        m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          (y, m, d) => {
            const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
            const real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
            expect(isIsoDate(text), text).toBe(real)
          },
        ),
      )
    })
  },
)

// ---------------------------------------------------------------------------------------------
// Arbitrary text

const TEMPLATE_TEXTS = BASES.flatMap((doc) => [
  JSON.stringify(doc),
  `${JSON.stringify(doc, null, 2)}\n`,
])

describe('parseAssessmentText on arbitrary text', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws on any string and explains readably', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseAssessmentText(text)
          if (result.ok) expectStableRoundTrip(result.assessment)
          else expectReadableIssues(result.issues)
        },
      ),
    )
  })

  it('refuses valid JSON cut at any point as not-json', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATE_TEXTS), fc.nat(), (full, at) => {
        const cut = full.slice(0, at % full.length)
        const result = parseAssessmentText(cut)
        if (cut.trimEnd() === full.trimEnd()) expect(result.ok).toBe(true)
        else expect(result).toEqual({ ok: false, issues: [{ path: [], code: 'not-json' }] })
        if (!result.ok) expectReadableIssues(result.issues)
      }),
    )
  })

  it('never throws on valid JSON with random bytes flipped, decoded as a browser would', () => {
    const encoded = TEMPLATE_TEXTS.map((t) => new TextEncoder().encode(t))
    fc.assert(
      fc.property(
        fc.nat({ max: encoded.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (which, flips) => {
          const bytes = encoded[which]!.slice()
          for (const [at, mask] of flips) bytes[at % bytes.length]! ^= mask
          const text = new TextDecoder().decode(bytes)
          const result = parseAssessmentText(text)
          if (result.ok) expectStableRoundTrip(result.assessment)
          else expectReadableIssues(result.issues)
        },
      ),
    )
  })

  it('refuses text over maxBytes as too-large, without ever calling JSON.parse', () => {
    const parseSpy = vi.spyOn(JSON, 'parse')
    try {
      const unit = fc.constantFrom('a', '{', '"', '\n', 'é', 'ß', '€', 'ש', '中', '😀', '𝄞')
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 4, arbitrary: fc.string({ unit, maxLength: 700 }) },
            { weight: 1, arbitrary: fc.constantFrom(...TEMPLATE_TEXTS) },
          ),
          fc.integer({ min: 0, max: 1_000 }),
          (text, maxBytes) => {
            parseSpy.mockClear()
            const result = parseAssessmentText(text, maxBytes)
            if (Buffer.byteLength(text, 'utf8') > maxBytes) {
              expect(result).toEqual({
                ok: false,
                issues: [{ path: [], code: 'too-large', params: { max: maxBytes } }],
              })
              expect(parseSpy).not.toHaveBeenCalled()
            } else {
              // Within the limit the text is read: the size check refuses nothing it should not.
              expect(parseSpy).toHaveBeenCalledTimes(1)
              if (!result.ok) expect(result.issues[0]?.code).not.toBe('too-large')
            }
            if (!result.ok) expectReadableIssues(result.issues)
          },
        ),
      )
    } finally {
      parseSpy.mockRestore()
    }
  })
})
