import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  createMilestone,
  createNextStep,
  createSource,
  createTactic,
  domainTexts,
  type Assessment,
  type Locale,
} from '@/domain'
import { formatReportDay } from '@/domain/dates/formatReportDay'

const ORIGINAL_TZ = process.env.TZ

describe('formatReportDay', () => {
  it.each<[string, Locale, string]>([
    ['2022-02-18', 'en', '18 February 2022'],
    ['2022-02-18', 'fr', '18 février 2022'],
    ['2022-02-18', 'es', '18 de febrero de 2022'],
    ['2026-03-04', 'en', '4 March 2026'],
    ['2026-03-01', 'fr', '1 mars 2026'],
    ['2024-02-29', 'en', '29 February 2024'],
    ['2026-12-31', 'es', '31 de diciembre de 2026'],
    ['', 'en', ''],
    ['2026-02-30', 'en', ''],
    ['18 February 2022', 'en', ''],
  ])('writes %j in a %s report as %j', (iso, locale, expected) => {
    expect(formatReportDay(iso, locale)).toBe(expected)
  })

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'])(
    'gives the same day in %s',
    (zone) => {
      process.env.TZ = zone
      try {
        expect(formatReportDay('2026-01-01', 'en')).toBe('1 January 2026')
      } finally {
        process.env.TZ = ORIGINAL_TZ
      }
    },
  )
})

/** A document with every date the report can print set to 18 February 2022. */
function everyDate(locale: Locale): Assessment {
  const day = '2022-02-18'
  const doc = createAssessment({ id: 'dates', now: new Date('2022-01-01T00:00:00Z'), locale })
  doc.report.profile = 'complete'
  doc.flag.title = 'Dates'
  doc.flag.dates = { ...doc.flag.dates, published: day, consultationCloses: day, vote: day }
  doc.flag.sources = [{ ...createSource('s1', day), title: 'Text', url: 'https://example.org' }]
  doc.publication.published = day
  doc.publication.version = '1.0'
  doc.strategy.goal.statement = 'Stop it'
  doc.strategy.goal.deadline = day
  doc.strategy.tactics = [{ ...createTactic('t1'), description: 'Letter', due: day }]
  doc.strategy.milestones = [{ ...createMilestone('m1'), date: day, label: 'Hearing' }]
  doc.together.nextSteps = [{ ...createNextStep('n1'), what: 'Call', when: day }]
  return doc
}

describe('dates in the report model', () => {
  const now = new Date('2022-02-18T12:00:00Z')
  const US_STYLE =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/

  it.each<[Locale, string]>([
    ['en', '18 February 2022'],
    ['fr', '18 février 2022'],
    ['es', '18 de febrero de 2022'],
  ])('a %s report prints every date as %j', (locale, expected) => {
    const model = buildReport(everyDate(locale), { texts: domainTexts(locale), now })
    const text = JSON.stringify(model)
    expect(model.meta.generatedOn).toBe(expected)
    expect(text).not.toMatch(US_STYLE)
    // The cover, sources, goal deadline, tactic, milestone, next step and generation date.
    expect(text.split(expected).length - 1).toBeGreaterThanOrEqual(8)
  })
})
