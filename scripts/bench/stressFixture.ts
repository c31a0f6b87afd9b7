/**
 * The worst-case assessment for `npm run bench`, built from the schema itself: every text field at
 * its maximum (LIMITS), 200 evidence notes spread over the 15 analysis rows and pointing at
 * sources, 100 tactics, full lists elsewhere, every enum value used, while the file stays under
 * MAX_FILE_BYTES. `stressFile()` checks the document with the app's own parser before use.
 */
import {
  ALLY_KINDS,
  ASSESSMENT_FORMAT,
  CONFIDENCE_LEVELS,
  CURRENT_SCHEMA_VERSION,
  IMPACT_LEVELS,
  ITEM_IDS,
  LIMITS,
  MAX_FILE_BYTES,
  PROPOSAL_KINDS,
  STAGES,
  TACTIC_KINDS,
  TACTIC_STATUSES,
  parseAssessment,
  type Assessment,
  type Audience,
  type ItemAnalysis,
  type ItemId,
  type Source,
} from '@/domain'

export { MAX_FILE_BYTES }

/** Words in several scripts, so the PDF embeds many glyphs and wraps real text. */
const WORDS = (
  'network operators traffic interconnection peering routing infrastructure consultation ' +
  'regulator proposal fee transit latency resilience encryption Internet open global secure ' +
  'trustworthy — «quoted» café naïve Łódź Kraków São Paulo Zürich ' +
  'сеть доступ интернет регулятор Ελληνικά δίκτυο πρόσβαση ' +
  'interoperability decentralised accountability privacy confidentiality integrity'
).split(' ')

/**
 * Exactly `length` UTF-16 units of word text (no astral characters, so no split surrogate),
 * starting with a label; paragraphs every ~600 characters when `paragraphs` is set.
 */
export function filler(length: number, label = '', paragraphs = false): string {
  let s = label ? `${label}: ` : ''
  let i = label.length * 7 + length
  let sinceBreak = 0
  while (s.length < length) {
    const w = WORDS[i++ % WORDS.length]
    if (paragraphs && sinceBreak > 600) {
      s += '.\n\n'
      sinceBreak = 0
    } else if (s.length) s += ' '
    s += w
    sinceBreak += w.length + 1
  }
  s = s.slice(0, length)
  // Never end on a lone space (harmless, but looks truncated in the PDF).
  return s.endsWith(' ') ? s.slice(0, -1) + '.' : s
}

function url(i: number): string {
  const base = `https://example.org/stress/source-${i}?q=`
  return base + 'a'.repeat(LIMITS.url - base.length)
}

const pad = (n: number) => String(n).padStart(3, '0')
const date = (i: number) =>
  `2031-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]

/** How many entries each list gets; side lists shrink when the file would be too large. */
export const DEFAULT_COUNTS = {
  sources: 30,
  stakeholders: 20,
  evidence: 200,
  audiences: 15,
  messages: 30,
  tactics: 100,
  milestones: 20,
  allies: 20,
  asks: 20,
  nextSteps: 20,
  shareLog: 20,
  authors: 10,
}
export type StressCounts = typeof DEFAULT_COUNTS

/** The stress document for the given list lengths. */
export function makeStressAssessment(counts: Partial<StressCounts> = {}): Assessment {
  const c = { ...DEFAULT_COUNTS, ...counts }
  const S = LIMITS.shortText
  const T = LIMITS.text
  const L = LIMITS.longText
  const sources: Source[] = Array.from({ length: c.sources }, (_, i) => ({
    id: `src-${pad(i)}`,
    title: filler(T, `Source ${i + 1}`),
    url: url(i),
    accessed: date(i),
  }))
  const analysis = Object.fromEntries(
    ITEM_IDS.map((id, k): [ItemId, ItemAnalysis] => [
      id,
      {
        impact: pick(IMPACT_LEVELS, k),
        dependsOnImplementation: k % 2 === 0,
        howAffected: filler(L, `How affected ${k + 1}`, true),
        effectOnPeople: filler(L, `Effect on people ${k + 1}`, true),
        evidence: [],
        confidence: pick(CONFIDENCE_LEVELS, k),
        mixed: {
          harm: 'negative',
          benefit: 'positive',
          benefitHow: filler(L, `Benefit ${k + 1}`, true),
        },
      },
    ]),
  ) as Record<ItemId, ItemAnalysis>
  for (let e = 0; e < c.evidence; e++) {
    analysis[pick(ITEM_IDS, e)].evidence.push({
      id: `ev-${pad(e)}`,
      sourceId: sources.length ? pick(sources, e).id : '',
      note: filler(T, `Evidence ${e + 1}`),
    })
  }
  const audiences: Audience[] = Array.from({ length: c.audiences }, (_, i) => ({
    id: `aud-${pad(i)}`,
    name: filler(S, `Audience ${i + 1}`),
    why: filler(T, `Why ${i + 1}`),
    ask: filler(T, `Ask ${i + 1}`),
  }))
  const people = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${label.toLowerCase()}-${pad(i)}`,
      name: filler(S, `${label} ${i + 1}`),
      affiliation: filler(S, `Affiliation ${i + 1}`),
    }))
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'bench-stress',
    createdAt: '2031-01-01T00:00:00.000Z',
    updatedAt: '2031-01-01T00:00:00.000Z',
    locale: 'en',
    flag: {
      title: filler(S, 'STRESS TEST assessment'),
      kind: pick(PROPOSAL_KINDS, 0),
      jurisdiction: filler(S, 'Jurisdiction'),
      proposer: filler(S, 'Proposer'),
      stage: pick(STAGES, 1),
      dates: {
        published: '2031-01-10',
        consultationCloses: '2031-03-01',
        vote: '2031-06-15',
        inForce: '2031-09-01',
      },
      summary: filler(L, 'Summary', true),
      sources,
      stakeholders: Array.from({ length: c.stakeholders }, (_, i) => ({
        id: `stk-${pad(i)}`,
        name: filler(S, `Stakeholder ${i + 1}`),
        note: filler(T, `Stakeholder note ${i + 1}`),
      })),
    },
    analysis,
    strategy: {
      goal: {
        statement: filler(T, 'Goal'),
        specific: filler(T, 'Specific'),
        measurable: filler(T, 'Measurable'),
        achievable: filler(T, 'Achievable'),
        relevantItemIds: [...ITEM_IDS],
        deadline: '2031-06-01',
        deadlineEvent: filler(S, 'Deadline event'),
      },
      audiences,
      messages: Array.from({ length: c.messages }, (_, i) => ({
        id: `msg-${pad(i)}`,
        text: filler(T, `Message ${i + 1}`),
        itemIds: ITEM_IDS.filter((_, k) => (k + i) % 3 === 0),
        audienceIds: audiences.filter((_, k) => (k + i) % 4 === 0).map((a) => a.id),
      })),
      tactics: Array.from({ length: c.tactics }, (_, i) => ({
        id: `tac-${pad(i)}`,
        kind: pick(TACTIC_KINDS, i),
        description: filler(T, `Tactic ${i + 1}`),
        owner: filler(S, `Owner ${i + 1}`),
        due: date(i),
        status: pick(TACTIC_STATUSES, i),
      })),
      milestones: Array.from({ length: c.milestones }, (_, i) => ({
        id: `mil-${pad(i)}`,
        date: date(i),
        label: filler(S, `Milestone ${i + 1}`),
      })),
    },
    together: {
      allies: Array.from({ length: c.allies }, (_, i) => ({
        id: `ally-${pad(i)}`,
        name: filler(S, `Ally ${i + 1}`),
        kind: pick(ALLY_KINDS, i),
        role: filler(T, `Role ${i + 1}`),
        contact: filler(S, `Contact ${i + 1}`),
      })),
      coalition: filler(T, 'Coalition'),
      asks: Array.from({ length: c.asks }, (_, i) => ({
        id: `ask-${pad(i)}`,
        to: filler(S, `To ${i + 1}`),
        ask: filler(T, `Ask ${i + 1}`),
      })),
      nextSteps: Array.from({ length: c.nextSteps }, (_, i) => ({
        id: `step-${pad(i)}`,
        who: filler(S, `Who ${i + 1}`),
        what: filler(T, `What ${i + 1}`),
        when: date(i),
        done: i % 3 === 0,
      })),
      join: {
        chapter: filler(S, 'Chapter'),
        chapterUrl: url(999),
        notes: filler(T, 'Join notes'),
      },
      shareLog: Array.from({ length: c.shareLog }, (_, i) => ({
        id: `share-${pad(i)}`,
        date: date(i),
        with: filler(S, `Shared with ${i + 1}`),
        note: filler(T, `Share note ${i + 1}`),
      })),
    },
    publication: {
      authors: people('Author', c.authors),
      contributors: people('Contributor', c.authors),
      version: filler(S, 'Version'),
      published: '2031-02-01',
      licence: filler(S, 'Licence'),
      contact: filler(S, 'Contact'),
    },
    brief: {
      abstract: filler(T, 'Abstract', true),
      executiveSummary: filler(L, 'Executive summary', true),
      goalConclusions: {
        open: filler(L, 'Open', true),
        'globally-connected': filler(L, 'Globally connected', true),
        secure: filler(L, 'Secure', true),
        trustworthy: filler(L, 'Trustworthy', true),
      },
      conclusions: filler(L, 'Conclusions', true),
    },
    report: { profile: 'complete', hiddenSections: [] },
  }
}

/** The stress document, its file text and UTF-8 size, and how many entries each list has. */
export interface StressFile {
  doc: Assessment
  text: string
  bytes: number
  counts: Record<string, number>
}

const SIDE_LISTS = [
  'stakeholders',
  'audiences',
  'messages',
  'milestones',
  'allies',
  'asks',
  'nextSteps',
  'shareLog',
  'sources',
] as const

/**
 * The stress document as file text. Side lists are halved until the file fits under
 * MAX_FILE_BYTES; the 200 evidence items and 100 tactics are never reduced. Throws when the
 * app's parser would refuse it.
 */
export function stressFile(): StressFile {
  const counts: Partial<StressCounts> = {}
  for (let attempt = 0; attempt < 8; attempt++) {
    const doc = makeStressAssessment(counts)
    const text = JSON.stringify(doc, null, 2)
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes < MAX_FILE_BYTES) {
      const parsed = parseAssessment(JSON.parse(text))
      if (!parsed.ok)
        throw new Error(`the stress document is not valid: ${JSON.stringify(parsed.issues[0])}`)
      return { doc, text, bytes, counts: summarize(doc) }
    }
    for (const k of SIDE_LISTS)
      counts[k] = Math.max(1, Math.floor((counts[k] ?? DEFAULT_COUNTS[k]) / 2))
  }
  throw new Error('the stress document does not fit under MAX_FILE_BYTES')
}

function summarize(doc: Assessment): Record<string, number> {
  return {
    sources: doc.flag.sources.length,
    stakeholders: doc.flag.stakeholders.length,
    evidence: Object.values(doc.analysis).reduce((n, a) => n + a.evidence.length, 0),
    audiences: doc.strategy.audiences.length,
    messages: doc.strategy.messages.length,
    tactics: doc.strategy.tactics.length,
    milestones: doc.strategy.milestones.length,
    allies: doc.together.allies.length,
    asks: doc.together.asks.length,
    nextSteps: doc.together.nextSteps.length,
    shareLog: doc.together.shareLog.length,
  }
}
