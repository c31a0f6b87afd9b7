import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  ITEM_IDS,
  domainTexts,
  writeHeadline,
  checkSmartGoal,
  decideVerdict,
  isNegative,
  isSmart,
  parseAssessment,
  safeHttpUrl,
  stepStatuses,
  type Assessment,
  type Impact,
  type ItemId,
} from '@/domain'
import { TEMPLATE_IDS, loadTemplate, loadTemplatePreviews } from '@/domain'
import { TEMPLATES, findTemplate, previewTemplate } from '@/domain/templates/templates'

const NOW = new Date('2026-01-15T10:00:00.000Z')
const TODAY = '2026-11-23'
const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

function fairShare(id = 'doc-1'): Assessment {
  const template = findTemplate('eu-fair-share')
  if (!template) throw new Error('the EU fair-share template is missing')
  return template.create({ id, now: NOW, locale: 'en' })
}

describe('the template list', () => {
  it('has unique ids, each found by findTemplate', () => {
    const ids = TEMPLATES.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(findTemplate(id)?.id).toBe(id)
    expect(findTemplate('no-such-template')).toBeUndefined()
  })

  it.each(TEMPLATES.map((t) => [t.id, t]))('%s builds a valid document', (id, template) => {
    const doc = template.create({ id: 'new-doc', now: NOW, locale: 'fr' })
    const result = parseAssessment(JSON.parse(JSON.stringify(doc)))
    expect(result.ok).toBe(true)
    expect(doc.templateId).toBe(id)
    expect([doc.id, doc.createdAt, doc.updatedAt, doc.locale]).toEqual([
      'new-doc',
      NOW.toISOString(),
      NOW.toISOString(),
      'fr',
    ])
  })

  it.each(TEMPLATES.map((t) => [t.id, t]))('%s lists by its Flag facts', (_, template) => {
    const doc = template.create({ id: 'x', now: NOW, locale: template.contentLocale })
    expect(previewTemplate(template)).toEqual({
      id: template.id,
      title: doc.flag.title,
      jurisdiction: doc.flag.jurisdiction,
      kind: doc.flag.kind,
      stage: doc.flag.stage,
      summary: doc.flag.summary,
      ratedRows: ITEM_IDS.filter(
        (id) => !['not-discussed', 'not-assessed'].includes(doc.analysis[id].impact),
      ).length,
    })
    expect(doc.flag.title.trim()).not.toBe('')
  })

  it.each(TEMPLATES.map((t) => [t.id, t]))('%s returns a fresh document every time', (_, t) => {
    const a = t.create({ id: 'a', now: NOW, locale: 'en' })
    const b = t.create({ id: 'a', now: NOW, locale: 'en' })
    expect(a).toEqual(b)
    a.flag.sources.pop()
    a.analysis.privacy.evidence.push({ id: 'extra', sourceId: '', note: 'n' })
    a.strategy.goal.relevantItemIds.pop()
    expect(b).toEqual(t.create({ id: 'a', now: NOW, locale: 'en' }))
  })
})

describe('the EU fair-share template', () => {
  const doc = fairShare()

  it('passes parseAssessment and round-trips through JSON unchanged', () => {
    const result = parseAssessment(JSON.parse(JSON.stringify(doc)))
    expect(result).toEqual({ ok: true, assessment: doc, migratedFrom: null })
  })

  it('fills the Flag step from the reference timeline', () => {
    expect(doc.flag).toMatchObject({
      kind: 'legislation',
      jurisdiction: 'European Union',
      stage: 'consultation',
      dates: { published: '2023-02-23', consultationCloses: '2023-05-19', vote: '' },
    })
    expect(doc.flag.proposer).toContain('ETNO')
    expect(doc.flag.sources.length).toBeGreaterThanOrEqual(6)
    expect(doc.flag.sources.length).toBeLessThanOrEqual(10)
    expect(doc.flag.stakeholders.length).toBeGreaterThan(0)
  })

  it('has unique source ids, each with a title, a safe web address and an access date', () => {
    const ids = doc.flag.sources.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of doc.flag.sources) {
      expect(s.title.trim()).not.toBe('')
      expect(safeHttpUrl(s.url)).toBe(s.url)
      expect(s.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(safeHttpUrl(doc.together.join.chapterUrl)).toBe(doc.together.join.chapterUrl)
  })

  /** ISOC's ratings (reference §7.4–7.5) mapped onto the scale. */
  const expected: [ItemId, Impact][] = [
    ['accessible-infrastructure-common-protocol', 'strongly-negative'],
    ['open-architecture-building-blocks', 'unclear'],
    ['decentralized-management-distributed-routing', 'strongly-negative'],
    ['common-global-identifiers', 'none'],
    ['technology-neutral-general-purpose', 'negative'],
    ['easy-unrestricted-access', 'strongly-negative'],
    ['unrestricted-use-deployment', 'negative'],
    ['collaborative-development-governance', 'negative'],
    ['unrestricted-reachability', 'strongly-negative'],
    ['available-capacity', 'negative'],
    ['data-confidentiality', 'none'],
    ['integrity', 'none'],
    ['reliability-resilience-availability', 'negative'],
    ['accountability', 'unclear'],
    ['privacy', 'none'],
  ]

  it('rates all 15 rows', () => {
    expect(expected.map(([id]) => id)).toEqual([...ITEM_IDS])
  })

  it.each(expected)('rates %s as %s, explained and backed by evidence', (id, impact) => {
    const row = doc.analysis[id]
    expect(row.impact).toBe(impact)
    expect(row.howAffected.trim().length).toBeGreaterThan(40)
    expect(row.effectOnPeople.trim()).not.toBe('')
    expect(row.confidence).not.toBeNull()
    expect(row.evidence.length).toBeGreaterThan(0)
    for (const e of row.evidence) expect(e.note.trim()).not.toBe('')
  })

  it('points every piece of evidence at a source of the Flag step, under unique ids', () => {
    const sourceIds = new Set(doc.flag.sources.map((s) => s.id))
    const evidence = ITEM_IDS.flatMap((id) => doc.analysis[id].evidence)
    for (const e of evidence) expect(sourceIds).toContain(e.sourceId)
    expect(new Set(evidence.map((e) => e.id)).size).toBe(evidence.length)
  })

  it('seriously undermines the foundation, provisionally, because two rows are unclear', () => {
    const verdict = decideVerdict(doc.analysis)
    expect(verdict.verdict).toBe('seriously-undermines')
    expect(verdict.provisional).toBe(true)
    expect(verdict.unclear).toEqual(['open-architecture-building-blocks', 'accountability'])
    expect(verdict.notAssessed).toEqual([])
    expect(verdict.because.map((r) => r.id)).toEqual([
      'accessible-infrastructure-common-protocol',
      'decentralized-management-distributed-routing',
      'technology-neutral-general-purpose',
    ])
  })

  it('has a SMART goal on the strongly negative findings that holds on ' + TODAY, () => {
    const checks = checkSmartGoal(doc.strategy.goal, {
      analysis: doc.analysis,
      flag: doc.flag,
      today: TODAY,
    })
    expect(checks.filter((c) => !c.met)).toEqual([])
    expect(isSmart(checks)).toBe(true)
    const strong = ITEM_IDS.filter((id) => doc.analysis[id].impact === 'strongly-negative')
    expect([...doc.strategy.goal.relevantItemIds].sort()).toEqual(strong.sort())
  })

  it('completes all four steps on ' + TODAY, () => {
    const statuses = stepStatuses(doc, TODAY)
    expect(statuses.map((s) => [s.step, s.complete, s.gaps])).toEqual([
      ['flag', true, []],
      ['analyze', true, []],
      ['strategize', true, []],
      ['together', true, []],
    ])
  })

  it('plans a strategy of the documented size, linked to findings and audiences', () => {
    const s = doc.strategy
    expect(s.audiences.length).toBeGreaterThanOrEqual(3)
    expect(s.audiences.length).toBeLessThanOrEqual(4)
    expect(s.messages.length).toBeGreaterThanOrEqual(3)
    expect(s.messages.length).toBeLessThanOrEqual(4)
    expect(s.tactics.length).toBeGreaterThanOrEqual(4)
    expect(s.tactics.length).toBeLessThanOrEqual(6)
    expect(s.milestones.length).toBeGreaterThanOrEqual(2)
    expect(s.milestones.length).toBeLessThanOrEqual(3)
    const audienceIds = new Set(s.audiences.map((a) => a.id))
    for (const m of s.messages) {
      expect(m.itemIds.length).toBeGreaterThan(0)
      for (const id of m.itemIds) expect(isNegative(doc.analysis[id].impact)).toBe(true)
      for (const id of m.audienceIds) expect(audienceIds).toContain(id)
    }
  })

  it('dates every plan after ' + TODAY + ', and only finished tactics before', () => {
    const plans = [
      doc.strategy.goal.deadline,
      ...doc.strategy.tactics.filter((t) => t.status !== 'done').map((t) => t.due),
      ...doc.strategy.milestones.map((m) => m.date),
      ...doc.together.nextSteps.filter((n) => !n.done).map((n) => n.when),
    ]
    for (const date of plans) expect(date > TODAY).toBe(true)
    for (const t of doc.strategy.tactics.filter((t) => t.due < TODAY)) expect(t.status).toBe('done')
  })

  it('names allies, asks and next steps for working together', () => {
    const t = doc.together
    expect(t.allies.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['chapter', 'civil-society', 'technical']),
    )
    expect(t.coalition.trim()).not.toBe('')
    expect(t.asks.length).toBeGreaterThan(0)
    expect(t.nextSteps.length).toBeGreaterThan(0)
    expect(t.join.notes.trim()).not.toBe('')
  })
})

describe('fixtures', () => {
  const current = `v${CURRENT_SCHEMA_VERSION}-`
  const files = readdirSync(fixturesDir).filter((f) => f.startsWith(current) && f.endsWith('.json'))

  it('include a blank document and a brief in the current version', () => {
    expect(files).toEqual(
      expect.arrayContaining([`${current}blank.iia.json`, `${current}brief.iia.json`]),
    )
  })

  it.each(files.map((f) => [f]))('%s parses and equals its parse output', (file) => {
    const value: unknown = JSON.parse(readFileSync(fixturesDir + file, 'utf8'))
    const result = parseAssessment(value)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBeNull()
    expect(result.assessment).toEqual(value)
  })
})

describe('template ids and lazy loading', () => {
  it('lists exactly the templates that exist, in the same order', () => {
    expect([...TEMPLATE_IDS]).toEqual(TEMPLATES.map((t) => t.id))
  })

  it('loads the previews of every template, in the listed order', async () => {
    const previews = await loadTemplatePreviews()
    expect(previews.map((p) => p.id)).toEqual([...TEMPLATE_IDS])
  })

  it('loads a template by id, and nothing for an unknown id', async () => {
    expect((await loadTemplate('eu-fair-share'))?.id).toBe('eu-fair-share')
    expect(await loadTemplate('nope')).toBeUndefined()
  })
})

/** What a case template declares, and ISOC's headline count where the reference gives one. */
interface CaseExpectation {
  kind: Assessment['flag']['kind']
  stage: Assessment['flag']['stage']
  jurisdiction: string
  /** The rows the template rates, each with its rating; every other row is not discussed. */
  rated: Partial<Record<ItemId, Impact>>
  /**
   * ISOC's headline: critical properties undermined and goals harmed. A number when the
   * reference gives a count, 'some' when it says "harms what the Internet needs to exist (or
   * thrive)" without one, 0 when the brief assesses only what the Internet needs to thrive, and
   * null when the record does not allow a check.
   */
  headline: { properties: number | 'some' | null; goals: number | 'some' | null }
}

const CASES: [string, CaseExpectation][] = [
  [
    'kr-interconnection-fees',
    {
      kind: 'regulation',
      stage: 'in-force',
      jurisdiction: 'South Korea',
      rated: {
        'accessible-infrastructure-common-protocol': 'negative',
        'decentralized-management-distributed-routing': 'negative',
        'technology-neutral-general-purpose': 'negative',
        'easy-unrestricted-access': 'negative',
        'available-capacity': 'negative',
        'reliability-resilience-availability': 'negative',
      },
      headline: { properties: 'some', goals: 'some' },
    },
  ],
  [
    'br-cost-sharing',
    {
      kind: 'regulation',
      stage: 'consultation',
      jurisdiction: 'Brazil',
      rated: {
        'accessible-infrastructure-common-protocol': 'negative',
        'decentralized-management-distributed-routing': 'negative',
        'technology-neutral-general-purpose': 'negative',
        'easy-unrestricted-access': 'negative',
        'available-capacity': 'negative',
        'reliability-resilience-availability': 'negative',
      },
      headline: { properties: 'some', goals: 'some' },
    },
  ],
  [
    'ca-online-news-act',
    {
      kind: 'legislation',
      stage: null,
      jurisdiction: 'Canada',
      rated: {
        'accessible-infrastructure-common-protocol': 'negative',
        'decentralized-management-distributed-routing': 'negative',
        'common-global-identifiers': 'negative',
        'easy-unrestricted-access': 'negative',
        'unrestricted-use-deployment': 'negative',
      },
      headline: { properties: 'some', goals: 'some' },
    },
  ],
  [
    'eu-csa-regulation',
    {
      kind: 'legislation',
      stage: null,
      jurisdiction: 'European Union',
      rated: {
        'unrestricted-use-deployment': 'negative',
        'data-confidentiality': 'strongly-negative',
        integrity: 'negative',
        privacy: 'negative',
      },
      headline: { properties: null, goals: 'some' },
    },
  ],
  [
    'uk-online-safety-e2ee',
    {
      kind: 'legislation',
      stage: 'draft',
      jurisdiction: 'United Kingdom',
      rated: {
        'unrestricted-use-deployment': 'negative',
        'data-confidentiality': 'negative',
        privacy: 'negative',
      },
      headline: { properties: null, goals: 'some' },
    },
  ],
  [
    'eu-eidas-qwacs',
    {
      kind: 'legislation',
      stage: null,
      jurisdiction: 'European Union',
      rated: {
        'collaborative-development-governance': 'negative',
        'data-confidentiality': 'negative',
        integrity: 'negative',
        accountability: 'negative',
      },
      headline: { properties: 0, goals: 'some' },
    },
  ],
  [
    'kh-national-internet-gateway',
    {
      kind: 'regulation',
      stage: 'postponed',
      jurisdiction: 'Cambodia',
      rated: {
        'accessible-infrastructure-common-protocol': 'strongly-negative',
        'decentralized-management-distributed-routing': 'strongly-negative',
        'technology-neutral-general-purpose': 'negative',
        'easy-unrestricted-access': 'negative',
        'unrestricted-reachability': 'strongly-negative',
        'available-capacity': 'negative',
        'reliability-resilience-availability': 'negative',
        privacy: 'strongly-negative',
      },
      headline: { properties: 3, goals: 4 },
    },
  ],
  [
    'in-cert-in-directions',
    {
      kind: 'regulation',
      stage: 'adopted',
      jurisdiction: 'India',
      rated: {
        'easy-unrestricted-access': 'negative',
        'unrestricted-use-deployment': 'negative',
        'reliability-resilience-availability': 'negative',
        privacy: 'negative',
      },
      headline: { properties: null, goals: 'some' },
    },
  ],
  [
    'in-intermediary-rules-2021',
    {
      kind: 'regulation',
      stage: 'adopted',
      jurisdiction: 'India',
      rated: {
        'unrestricted-reachability': 'negative',
        'data-confidentiality': 'negative',
        accountability: 'negative',
        privacy: 'negative',
      },
      headline: { properties: 0, goals: 'some' },
    },
  ],
  [
    'ng-social-media-bill',
    {
      kind: 'legislation',
      stage: 'parliament',
      jurisdiction: 'Nigeria',
      rated: {
        'easy-unrestricted-access': 'negative',
        'unrestricted-reachability': 'negative',
        'reliability-resilience-availability': 'negative',
        accountability: 'negative',
      },
      // ISOC reports "significant impact" on the critical properties, but our record does not
      // say which: the template leaves them to the author and its summary says so.
      headline: { properties: null, goals: 'some' },
    },
  ],
  [
    'bd-ott-regulation',
    {
      kind: 'regulation',
      stage: 'draft',
      jurisdiction: 'Bangladesh',
      rated: {
        'unrestricted-reachability': 'negative',
        accountability: 'negative',
        privacy: 'negative',
      },
      headline: { properties: null, goals: 'some' },
    },
  ],
  [
    'ru-disconnection-2022',
    {
      kind: 'business-decision',
      stage: null,
      jurisdiction: 'Russia / Ukraine / global',
      rated: {
        'decentralized-management-distributed-routing': 'negative',
        'common-global-identifiers': 'negative',
        'collaborative-development-governance': 'negative',
        'unrestricted-reachability': 'strongly-negative',
        'reliability-resilience-availability': 'negative',
      },
      headline: { properties: 'some', goals: 'some' },
    },
  ],
  [
    'ca-online-harms-2021',
    {
      kind: 'legislation',
      stage: null,
      jurisdiction: 'Canada',
      rated: {
        'unrestricted-reachability': 'negative',
        accountability: 'negative',
        privacy: 'negative',
      },
      headline: { properties: 0, goals: 'some' },
    },
  ],
  [
    'generic-internet-shutdowns',
    {
      kind: null,
      stage: null,
      jurisdiction: 'Many countries',
      rated: {
        'decentralized-management-distributed-routing': 'negative',
        'easy-unrestricted-access': 'strongly-negative',
        'unrestricted-reachability': 'strongly-negative',
        'reliability-resilience-availability': 'strongly-negative',
      },
      headline: { properties: 'some', goals: 'some' },
    },
  ],
  [
    'generic-age-checks',
    {
      kind: 'legislation',
      stage: null,
      jurisdiction: 'Many countries',
      rated: {
        'easy-unrestricted-access': 'negative',
        'unrestricted-reachability': 'negative',
        'data-confidentiality': 'negative',
        privacy: 'negative',
      },
      headline: { properties: null, goals: 'some' },
    },
  ],
]

/** The counts the report's headline is built from: properties undermined, goals harmed. */
function headlineCounts(doc: Assessment) {
  const verdict = decideVerdict(doc.analysis)
  return { properties: verdict.harmedProperties.length, goals: verdict.harmedGoals.length }
}

describe('templates from real cases', () => {
  it('are at least 12, besides the fair-share worked example, and all listed here', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12)
    expect(CASES.map(([id]) => id)).toEqual(TEMPLATE_IDS.filter((id) => id !== 'eu-fair-share'))
  })

  const build = (id: string) => {
    const template = findTemplate(id)
    if (!template) throw new Error(`no template ${id}`)
    return { template, doc: template.create({ id: 'doc', now: NOW, locale: 'en' }) }
  }

  it.each(CASES)('%s parses into a valid current document, unchanged', (id) => {
    const { template, doc } = build(id)
    expect(template.contentLocale).toBe('en')
    expect(parseAssessment(JSON.parse(JSON.stringify(doc)))).toEqual({
      ok: true,
      assessment: doc,
      migratedFrom: null,
    })
  })

  it.each(CASES)('%s states its Flag facts and previews them', (id, expected) => {
    const { template, doc } = build(id)
    expect(doc.flag).toMatchObject({
      kind: expected.kind,
      stage: expected.stage,
      jurisdiction: expected.jurisdiction,
    })
    expect(doc.flag.summary.length).toBeGreaterThan(80)
    expect(previewTemplate(template)).toMatchObject({
      id,
      title: doc.flag.title,
      jurisdiction: expected.jurisdiction,
      kind: expected.kind,
      ratedRows: Object.keys(expected.rated).length,
    })
  })

  it.each(CASES)('%s rates exactly the declared rows; the others are not discussed', (id, e) => {
    const { template, doc } = build(id)
    const ratings = Object.fromEntries(ITEM_IDS.map((item) => [item, doc.analysis[item].impact]))
    const declared = Object.fromEntries(
      ITEM_IDS.map((item) => [item, e.rated[item] ?? 'not-discussed']),
    )
    expect(ratings).toEqual(declared)
    expect([...template.focusItemIds]).toEqual(ITEM_IDS.filter((item) => item in e.rated))
  })

  it.each(CASES)('%s explains each rated row and backs it with its own sources', (id) => {
    const { doc } = build(id)
    const sourceIds = new Set(doc.flag.sources.map((s) => s.id))
    expect(doc.flag.sources.length).toBeGreaterThan(0)
    expect(sourceIds.size).toBe(doc.flag.sources.length)
    for (const s of doc.flag.sources) {
      expect(s.title.trim()).not.toBe('')
      if (s.url !== '') expect(safeHttpUrl(s.url)).toBe(s.url)
    }
    for (const item of ITEM_IDS) {
      const row = doc.analysis[item]
      if (row.impact === 'not-discussed') {
        expect([row.howAffected, row.evidence.length, row.confidence]).toEqual(['', 0, null])
        continue
      }
      expect(row.howAffected.trim().length).toBeGreaterThan(40)
      expect(row.confidence).not.toBeNull()
      expect(row.evidence.length).toBeGreaterThan(0)
      for (const ev of row.evidence) {
        expect(sourceIds).toContain(ev.sourceId)
        expect(ev.note.trim()).not.toBe('')
      }
    }
  })

  it.each(CASES)('%s plans nothing that is not on the record', (id) => {
    const { doc } = build(id)
    expect(doc.strategy.goal.statement).toBe('')
    expect(doc.strategy.audiences).toEqual([])
    expect(doc.strategy.messages).toEqual([])
    expect(doc.strategy.tactics).toEqual([])
    expect(doc.together.allies).toEqual([])
    expect(doc.together.asks).toEqual([])
    expect(doc.together.nextSteps).toEqual([])
  })

  it.each(CASES)('%s gives a final verdict: rows left out do not make it provisional', (id) => {
    const { doc } = build(id)
    const verdict = decideVerdict(doc.analysis)
    expect(verdict.provisional).toBe(false)
    expect(verdict.notAssessed).toEqual([])
    expect(verdict.unclear).toEqual([])
  })

  it.each(CASES)("%s leads to a headline consistent with ISOC's", (id, { headline }) => {
    const counts = headlineCounts(build(id).doc)
    for (const key of ['properties', 'goals'] as const) {
      const want = headline[key]
      if (want === 'some') expect(counts[key]).toBeGreaterThan(0)
      else if (want !== null) expect(counts[key]).toBe(want)
    }
  })

  it("Cambodia's headline is ISOC's: 3 of the 5 critical properties and all four goals", () => {
    const { doc } = build('kh-national-internet-gateway')
    expect(headlineCounts(doc)).toEqual({ properties: 3, goals: 4 })
    const headline = writeHeadline(doc.analysis, domainTexts('en'))
    expect(headline).toMatch(/^Undermines 3 of the 5 critical properties \(/)
    expect(headline).toContain(
      'harms all four goals: open, globally connected, secure and trustworthy',
    )
  })

  it('says in the Nigeria summary that the critical properties are left to the author', () => {
    expect(build('ng-social-media-bill').doc.flag.summary).toMatch(/critical properties/)
  })
})
