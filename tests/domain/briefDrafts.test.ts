/**
 * Drafts of the brief's texts (src/domain/report/briefDrafts.ts): built from the findings in the
 * report language, '' when there is nothing to draft from, and a mixed row with both sides.
 */
import { describe, expect, it } from 'vitest'
import { LOCALES, createAssessment, domainTexts, draftBrief, type Assessment } from '@/domain'
import { writeHeadline } from '@/domain/report/findings'

const NOW = new Date('2026-01-15T10:00:00.000Z')

function blank(): Assessment {
  return createAssessment({ id: 'doc', now: NOW, locale: 'en' })
}

/** A gateway case: two properties undermined, privacy mixed, the rest not discussed. */
function gateway(): Assessment {
  const doc = blank()
  doc.flag.title = 'National Internet Gateway'
  doc.flag.summary = 'All traffic goes through one gateway'
  for (const row of Object.values(doc.analysis)) row.impact = 'not-discussed'
  doc.analysis['decentralized-management-distributed-routing'].impact = 'strongly-negative'
  doc.analysis['decentralized-management-distributed-routing'].howAffected =
    'All traffic must pass through one state gateway'
  doc.analysis['accessible-infrastructure-common-protocol'].impact = 'slightly-negative'
  doc.analysis.privacy.impact = 'mixed'
  doc.analysis.privacy.howAffected = 'Traffic data is kept for a year.'
  doc.analysis.privacy.mixed = {
    harm: 'negative',
    benefit: 'slightly-positive',
    benefitHow: 'Operators must publish a privacy notice.',
  }
  doc.analysis['available-capacity'].impact = 'none'
  return doc
}

describe('draftBrief', () => {
  it.each(LOCALES)('drafts nothing from an analysis that says nothing (%s)', (locale) => {
    const draft = draftBrief(blank(), domainTexts(locale))
    expect(draft).toEqual({
      abstract: '',
      executiveSummary: '',
      goalConclusions: { open: '', 'globally-connected': '', secure: '', trustworthy: '' },
      conclusions: '',
    })
  })

  it.each(LOCALES)(
    'says what the proposal is in the abstract and opens the summary with the headline (%s)',
    (locale) => {
      const texts = domainTexts(locale)
      const doc = gateway()
      const draft = draftBrief(doc, texts)
      const headline = writeHeadline(doc.analysis, texts)
      expect(draft.abstract).toContain('National Internet Gateway')
      expect(draft.abstract).toContain('All traffic goes through one gateway.')
      expect(draft.abstract).not.toContain(headline)
      expect(draft.executiveSummary.startsWith(headline)).toBe(true)
      expect(draft.conclusions.startsWith(headline)).toBe(true)
    },
  )

  it.each(LOCALES)('lists harmed rows worst first, a mixed row with its benefit (%s)', (locale) => {
    const texts = domainTexts(locale)
    const paragraphs = draftBrief(gateway(), texts).executiveSummary.split('\n\n')
    const names = texts.catalogue.items
    expect(paragraphs.slice(1).map((p) => p.split(' (')[0])).toEqual([
      names['decentralized-management-distributed-routing'].name,
      names.privacy.name,
      names['accessible-infrastructure-common-protocol'].name,
    ])
    expect(paragraphs[1]).toContain('All traffic must pass through one state gateway.')
    expect(paragraphs[2]).toContain('Operators must publish a privacy notice.')
    expect(paragraphs[3]).toMatch(/\)\.$/)
  })

  it('concludes per goal: harmed enablers, "not harmed", or nothing to say', () => {
    const en = domainTexts('en')
    const { goalConclusions } = draftBrief(gateway(), en)
    expect(goalConclusions.trustworthy).toContain(en.catalogue.items.privacy.name)
    expect(goalConclusions['globally-connected']).toBe(en.drafting.brief.goalNotHarmed)
    expect(goalConclusions.open).toBe('')
    expect(goalConclusions.secure).toBe('')
  })

  it.each([
    [
      'the goal statement',
      'Remove the gateway clause before the vote',
      'Remove the gateway clause',
    ],
    ['the default recommendation', '', domainTexts('en').drafting.brief.recommendDefault],
  ])('recommends %s', (_, statement, expected) => {
    const doc = gateway()
    doc.strategy.goal.statement = statement
    expect(draftBrief(doc, domainTexts('en')).conclusions).toContain(expected)
  })

  it('recommends nothing when nothing is harmed and no goal says what to do', () => {
    const doc = blank()
    doc.analysis.privacy.impact = 'positive'
    const en = domainTexts('en')
    expect(draftBrief(doc, en).conclusions).toBe(
      writeHeadline(doc.analysis, en).replace(/[^.]$/, (c) => `${c}.`),
    )
  })

  it('quotes a long explanation shortened, not whole', () => {
    const doc = gateway()
    doc.analysis['decentralized-management-distributed-routing'].howAffected = 'word '.repeat(500)
    const summary = draftBrief(doc, domainTexts('en')).executiveSummary
    expect(summary.length).toBeLessThan(2_000)
    expect(summary).toContain('…')
  })
})
