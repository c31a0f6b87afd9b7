/**
 * Comparing two assessments (src/domain/report/compare.ts): how a row moved, the comparison of
 * the worked example with an amended copy (hand-counted), and the report it makes in every
 * language, read back as Markdown.
 */
import { describe, expect, it } from 'vitest'
import {
  buildComparison,
  comparisonReport,
  createAssessment,
  domainTexts,
  ITEM_IDS,
  loadDomainTexts,
  reportToMarkdown,
  rowChange,
  type Assessment,
  type Impact,
  type ItemAnalysis,
  type Locale,
  type TableBlock,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'

const en = domainTexts('en')
const NOW = new Date('2026-11-29T10:00:00Z')
const items = en.catalogue.items

function row(impact: Impact, extra: Partial<ItemAnalysis> = {}): ItemAnalysis {
  const doc = createAssessment({ id: 'x', now: NOW, locale: 'en' })
  return { ...doc.analysis.privacy, impact, ...extra }
}

const mixed = (harm: 'negative' | 'slightly-negative') =>
  row('mixed', { mixed: { harm, benefit: 'positive', benefitHow: '' } })

describe('rowChange', () => {
  it.each([
    ['same level', row('negative'), row('negative'), 'same', 0],
    ['less harm', row('strongly-negative'), row('slightly-negative'), 'better', 2],
    ['harm to help', row('negative'), row('positive'), 'better', 4],
    ['more harm', row('none'), row('negative'), 'worse', -2],
    ['mixed with the same harm', mixed('negative'), row('negative'), 'changed', 0],
    ['mixed, less harm', mixed('negative'), mixed('slightly-negative'), 'better', 1],
    ['mixed, same harm and benefit', mixed('negative'), mixed('negative'), 'same', -2 - -2],
    ['rated only in the second', row('not-assessed'), row('negative'), 'changed', null],
    ['unclear in both', row('unclear'), row('unclear'), 'same', null],
    [
      'the same level, now said to depend on implementation',
      row('negative'),
      row('negative', { dependsOnImplementation: true }),
      'changed',
      0,
    ],
  ] as const)('%s', (_, a, b, change, delta) => {
    expect(rowChange(a, b)).toEqual({ change, delta })
  })
})

/** The worked example, and a copy amended on three rows. */
function pair(): [Assessment, Assessment] {
  const original = TEMPLATES[0]!.create({ id: 'orig', now: NOW, locale: 'en' })
  const amended: Assessment = JSON.parse(JSON.stringify(original))
  amended.id = 'amend'
  amended.flag.title = `${original.flag.title} (amended)`
  // The example rates capacity negative, identifiers and privacy no impact.
  amended.analysis['available-capacity'].impact = 'slightly-negative'
  amended.analysis['available-capacity'].howAffected = 'The amendment caps the fee.'
  amended.analysis['common-global-identifiers'].impact = 'strongly-negative'
  amended.analysis.privacy.impact = 'not-assessed'
  return [original, amended]
}

describe('buildComparison', () => {
  it('compares every row in catalogue order and counts what moved', () => {
    const [a, b] = pair()
    expect(a.analysis['available-capacity'].impact).toBe('negative')
    const cmp = buildComparison(a, b, en)
    expect(cmp.rows.map((r) => r.id)).toEqual([...ITEM_IDS])
    const capacity = cmp.rows.find((r) => r.id === 'available-capacity')!
    expect(capacity).toMatchObject({
      first: { impact: 'negative', impactText: 'Negative', value: -2 },
      second: {
        impact: 'slightly-negative',
        value: -1,
        reasons: 'The amendment caps the fee.',
      },
      change: 'better',
      delta: 1,
    })
    expect(capacity.first.reasons).toBe(a.analysis['available-capacity'].howAffected.trim())
    expect(cmp.rows.find((r) => r.id === 'common-global-identifiers')).toMatchObject({
      change: 'worse',
      delta: -3,
    })
    expect(cmp.rows.find((r) => r.id === 'privacy')).toMatchObject({
      change: 'changed',
      delta: null,
    })
    expect(cmp.counts).toEqual({ same: 12, better: 1, worse: 1, changed: 1 })
    expect(cmp.first.verdictText).toBe(en.verdict.label[cmp.first.verdict])
    expect(cmp.second.headline).toMatch(/^Undermines 4 of the 5 critical properties/)
  })

  it('names the sides first and second, unless labels are given', () => {
    const [a, b] = pair()
    expect(buildComparison(a, b, en)).toMatchObject({
      first: { label: 'First assessment', title: a.flag.title },
      second: { label: 'Second assessment', title: b.flag.title },
    })
    expect(
      buildComparison(a, b, en, { first: ' Original ', second: 'Chapter B\nview' }),
    ).toMatchObject({ first: { label: 'Original' }, second: { label: 'Chapter B view' } })
  })
})

describe('comparisonReport', () => {
  it('says what moved, with both verdicts, then each group row by row with both reasons', () => {
    const [a, b] = pair()
    const report = comparisonReport(a, b, {
      texts: en,
      now: NOW,
      labels: { first: 'Original', second: 'Amended' },
    })
    expect(report.meta.profile).toBe('comparison')
    expect(report.meta.fileBaseName).toMatch(/-Comparison$/)
    expect(report.cover.headline).toBe(
      'Rows rated differently: 3 of 15 (worse: 1; better: 1; changed otherwise: 1).',
    )
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'properties', 'enablers'])
    const summary = report.sections[0]!.blocks
    expect(summary.filter((x) => x.kind === 'verdict')).toHaveLength(2)
    expect(summary).toContainEqual({ kind: 'heading', text: `Original: ${a.flag.title}` })
    const enablers = report.sections[2]!.blocks
    const table = enablers.find((x): x is TableBlock => x.kind === 'table')!
    expect(table.columns).toEqual(['Row', 'Original', 'Amended', 'Change'])
    expect(table.rows).toContainEqual([
      items['available-capacity'].name,
      'Negative',
      'Slightly negative',
      'better by 1',
    ])
    expect(table.rows).toContainEqual([
      items.privacy.name,
      'No impact',
      'Not yet assessed',
      'changed',
    ])
    expect(enablers).toContainEqual({
      kind: 'heading',
      text: `${items['available-capacity'].name}: from Negative to Slightly negative`,
    })
    expect(enablers).toContainEqual({
      kind: 'paragraph',
      text: 'Amended: The amendment caps the fee.',
    })
    expect(enablers).toContainEqual({
      kind: 'paragraph',
      text: `Original: ${a.analysis['available-capacity'].howAffected.trim()}`,
    })
    // Unchanged rows argued alike are named once, not argued twice.
    const last = enablers.at(-1)!
    expect(last).toMatchObject({ kind: 'paragraph' })
    expect(last.kind === 'paragraph' && last.text).toMatch(
      new RegExp(
        `^Rated and explained the same way in both: ${items['easy-unrestricted-access'].name}, `,
      ),
    )
    expect(JSON.stringify(enablers)).not.toContain(`${items['easy-unrestricted-access'].name}: `)
    const properties = JSON.stringify(report.sections[1]!.blocks)
    expect(properties).toContain(
      `"${items['common-global-identifiers'].name}","No impact","Strongly negative","worse by 3"`,
    )
    const md = reportToMarkdown(report)
    expect(md).toContain('profile: "comparison"')
    expect(md).toContain('The amendment caps the fee.')
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('says so when nothing moved, and says no reasons were given where none were', () => {
    const doc = createAssessment({ id: 'a', now: NOW, locale: 'en' })
    doc.analysis.integrity.impact = 'negative'
    // Rated alike, argued differently: both sides' reasons are given.
    const other = JSON.parse(JSON.stringify(doc)) as Assessment
    other.analysis.integrity.howAffected = 'Tampering becomes easier.'
    const report = comparisonReport(doc, other, { texts: en, now: NOW })
    expect(report.cover.headline).toBe('Both assessments rate every row the same way.')
    const text = JSON.stringify(report.sections[2]!.blocks)
    expect(text).toContain(`${items.integrity.name}: Negative in both`)
    expect(text).toContain(
      `Not yet assessed in either: ${items['easy-unrestricted-access'].name}, `,
    )
    expect(text).toContain('First assessment: no reasons given.')
    expect(text).toContain('Second assessment: Tampering becomes easier.')
  })

  it('does not call two blank assessments alike: it says neither has rated a row', () => {
    const blank = (id: string) => createAssessment({ id, now: NOW, locale: 'en' })
    const report = comparisonReport(blank('a'), blank('b'), { texts: en, now: NOW })
    expect(report.cover.headline).toBe(
      'Neither assessment has rated any row yet: there is no change to read.',
    )
  })

  it.each(['en', 'fr', 'es', 'ar'] as Locale[])(
    'reads whole in %s, no placeholder left',
    async (locale) => {
      const texts = await loadDomainTexts(locale)
      const [a, b] = pair()
      const report = comparisonReport(a, b, { texts, now: NOW })
      expect(report.meta.locale).toBe(locale)
      expect(JSON.stringify({ ...report, meta: { ...report.meta, pageTemplate: '' } })).not.toMatch(
        /\{\w+\}/,
      )
    },
  )
})
