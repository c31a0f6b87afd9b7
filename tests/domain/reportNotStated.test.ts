import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  domainTexts,
  type Assessment,
  type Block,
  type Locale,
  type ReportModel,
  type TableBlock,
} from '@/domain'

const NOW = new Date('2025-03-05T10:00:00.000Z')

/** A complete report of a document where nobody chose a kind, a stage or an entry's kind. */
function unstated(locale: Locale): Assessment {
  const doc = createAssessment({ id: 'doc-1', now: new Date('2025-01-01T00:00:00Z'), locale })
  doc.report.profile = 'complete'
  doc.flag.title = 'Gateway decree'
  doc.flag.jurisdiction = 'Examplia'
  doc.strategy.tactics = [
    { id: 't1', kind: null, description: 'Open letter', owner: 'Ana', due: '', status: 'planned' },
  ]
  doc.together.allies = [{ id: 'a1', name: 'Examplia chapter', kind: null, role: '', contact: '' }]
  return doc
}

const report = (doc: Assessment) =>
  buildReport(doc, { texts: domainTexts(doc.locale), now: NOW, timeZone: 'UTC' })

function blocks(r: ReportModel, id: string): Block[] {
  const found = r.sections.find((s) => s.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found.blocks
}

const facts = (r: ReportModel) =>
  blocks(r, 'proposal').flatMap((b) => (b.kind === 'facts' ? b.items : []))

function table(r: ReportModel, section: string, title: string): TableBlock {
  const found = blocks(r, section).find(
    (b): b is TableBlock => b.kind === 'table' && b.caption === title,
  )
  if (!found) throw new Error(`no table ${title} in ${section}`)
  return found
}

describe('choices nobody made, in the report', () => {
  it.each<[Locale, string]>([
    ['en', 'Not stated'],
    ['fr', 'Non précisé'],
    ['es', 'No indicado'],
  ])('print as "not stated" in the facts, tactics and allies (%s)', (locale, notStated) => {
    const texts = domainTexts(locale)
    const l = texts.report.labels
    const r = report(unstated(locale))
    expect(facts(r)).toEqual(
      expect.arrayContaining([
        { label: l.kind, value: notStated },
        { label: l.stage, value: notStated },
      ]),
    )
    const tactics = table(r, 'strategy', l.tactics)
    expect(tactics.rows[0]![tactics.columns.indexOf(l.kind)]).toBe(notStated)
    const allies = table(r, 'together', l.allies)
    expect(allies.rows[0]![allies.columns.indexOf(l.kind)]).toBe(notStated)
  })

  it('leaves them out of the cover subtitle rather than printing "not stated"', () => {
    const doc = unstated('en')
    expect(report(doc).cover.subtitle).toBe('Examplia')
    doc.flag.kind = 'court-decision'
    doc.flag.stage = 'struck-down'
    expect(report(doc).cover.subtitle).toBe('Court decision · Examplia · Struck down by a court')
  })

  it.each<[Locale, string, string]>([
    ['en', 'In force since', '1 July 2024'],
    ['fr', 'En vigueur depuis', '1 juillet 2024'],
  ])('states the day it came into force among the facts (%s)', (locale, label, date) => {
    const doc = unstated(locale)
    doc.flag.stage = 'in-force'
    doc.flag.dates.inForce = '2024-07-01'
    expect(facts(report(doc))).toContainEqual({ label, value: date })
    doc.flag.dates.inForce = ''
    expect(facts(report(doc)).map((f) => f.label)).not.toContain(label)
  })
})
