import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  ITEM_IDS,
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
import { TEMPLATE_IDS, loadTemplate } from '@/domain'
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

  it('threatens the foundation, provisionally, because two rows are unclear', () => {
    const verdict = decideVerdict(doc.analysis)
    expect(verdict.verdict).toBe('threatens-foundation')
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

  it('loads a template by id, and nothing for an unknown id', async () => {
    expect((await loadTemplate('eu-fair-share'))?.id).toBe('eu-fair-share')
    expect(await loadTemplate('nope')).toBeUndefined()
  })
})
