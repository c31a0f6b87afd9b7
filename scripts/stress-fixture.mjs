/**
 * A worst-case assessment document for `npm run bench`: every text field at its schema maximum
 * (LIMITS in src/domain/assessment/schema.ts: shortText 300, text 2000, longText 10000, url 2000),
 * 200 evidence notes spread over the 15 analysis rows and pointing at sources, 100 tactics, and
 * full lists elsewhere, while the file stays under MAX_FILE_BYTES (5 MiB).
 *
 * Plain ESM so Node 20 can run it without a TypeScript loader. The ids and enums below mirror
 * the schema; the app's own import (library "Open a file…") is the validator.
 */

export const LIMITS = { shortText: 300, text: 2000, longText: 10000, url: 2000 }
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export const ITEM_IDS = [
  'accessible-infrastructure-common-protocol',
  'open-architecture-building-blocks',
  'decentralized-management-distributed-routing',
  'common-global-identifiers',
  'technology-neutral-general-purpose',
  'easy-unrestricted-access',
  'unrestricted-use-deployment',
  'collaborative-development-governance',
  'unrestricted-reachability',
  'available-capacity',
  'data-confidentiality',
  'integrity',
  'reliability-resilience-availability',
  'accountability',
  'privacy',
]
const IMPACTS = [
  'strongly-negative',
  'negative',
  'slightly-negative',
  'none',
  'slightly-positive',
  'positive',
  'strongly-positive',
  'unclear',
]
const TACTIC_KINDS = [
  'consultation-response',
  'letter',
  'meeting',
  'event',
  'media',
  'campaign',
  'testimony',
  'research',
  'other',
]
const TACTIC_STATUSES = ['planned', 'in-progress', 'done', 'dropped']
const ALLY_KINDS = [
  'chapter',
  'civil-society',
  'technical',
  'industry',
  'academic',
  'policymaker',
  'media',
  'other',
]

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
export function filler(length, label = '', paragraphs = false) {
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

function url(i) {
  const base = `https://example.org/stress/source-${i}?q=`
  return base + 'a'.repeat(LIMITS.url - base.length)
}

const pad = (n) => String(n).padStart(3, '0')
const date = (i) =>
  `2031-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`

/**
 * The stress document. Counts can be lowered if the file would exceed MAX_FILE_BYTES;
 * `stressFile()` checks that.
 */
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

export function makeStressAssessment(counts = {}) {
  const c = { ...DEFAULT_COUNTS, ...counts }
  const S = LIMITS.shortText
  const T = LIMITS.text
  const L = LIMITS.longText
  const sources = Array.from({ length: c.sources }, (_, i) => ({
    id: `src-${pad(i)}`,
    title: filler(T, `Source ${i + 1}`),
    url: url(i),
    accessed: date(i),
  }))
  const analysis = {}
  ITEM_IDS.forEach((id, k) => {
    analysis[id] = {
      impact: IMPACTS[k % IMPACTS.length],
      dependsOnImplementation: k % 2 === 0,
      howAffected: filler(L, `How affected ${k + 1}`, true),
      effectOnPeople: filler(L, `Effect on people ${k + 1}`, true),
      evidence: [],
      confidence: ['low', 'medium', 'high'][k % 3],
    }
  })
  for (let e = 0; e < c.evidence; e++) {
    const item = ITEM_IDS[e % ITEM_IDS.length]
    analysis[item].evidence.push({
      id: `ev-${pad(e)}`,
      sourceId: sources.length ? sources[e % sources.length].id : '',
      note: filler(T, `Evidence ${e + 1}`),
    })
  }
  const audiences = Array.from({ length: c.audiences }, (_, i) => ({
    id: `aud-${pad(i)}`,
    name: filler(S, `Audience ${i + 1}`),
    why: filler(T, `Why ${i + 1}`),
    ask: filler(T, `Ask ${i + 1}`),
  }))
  return {
    format: 'iiat-assessment',
    schemaVersion: 1,
    id: 'bench-stress',
    createdAt: '2031-01-01T00:00:00.000Z',
    updatedAt: '2031-01-01T00:00:00.000Z',
    locale: 'en',
    authors: Array.from({ length: c.authors }, (_, i) => filler(S, `Author ${i + 1}`)),
    flag: {
      title: filler(S, 'STRESS TEST assessment'),
      kind: 'legislation',
      jurisdiction: filler(S, 'Jurisdiction'),
      proposer: filler(S, 'Proposer'),
      stage: 'consultation',
      dates: { published: '2031-01-10', consultationCloses: '2031-03-01', vote: '2031-06-15' },
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
        kind: TACTIC_KINDS[i % TACTIC_KINDS.length],
        description: filler(T, `Tactic ${i + 1}`),
        owner: filler(S, `Owner ${i + 1}`),
        due: date(i),
        status: TACTIC_STATUSES[i % TACTIC_STATUSES.length],
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
        kind: ALLY_KINDS[i % ALLY_KINDS.length],
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
  }
}

/**
 * The stress document as file text, with its UTF-8 size. Side lists are halved until the file
 * fits under MAX_FILE_BYTES; the required 200 evidence items and 100 tactics are never reduced.
 */
export function stressFile() {
  const counts = {}
  for (let attempt = 0; attempt < 8; attempt++) {
    const doc = makeStressAssessment(counts)
    const text = JSON.stringify(doc, null, 2)
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes < MAX_FILE_BYTES) return { doc, text, bytes, counts: summarize(doc) }
    for (const k of [
      'stakeholders',
      'audiences',
      'messages',
      'milestones',
      'allies',
      'asks',
      'nextSteps',
      'shareLog',
      'sources',
    ]) {
      counts[k] = Math.max(1, Math.floor((counts[k] ?? DEFAULT_COUNTS[k]) / 2))
    }
  }
  throw new Error('stress document does not fit under MAX_FILE_BYTES')
}

function summarize(doc) {
  const evidence = Object.values(doc.analysis).reduce((n, a) => n + a.evidence.length, 0)
  return {
    sources: doc.flag.sources.length,
    stakeholders: doc.flag.stakeholders.length,
    evidence,
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
