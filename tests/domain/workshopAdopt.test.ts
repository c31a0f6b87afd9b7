/**
 * Adopting a workshop (src/domain/workshop/adopt.ts), the version-4 record it writes, and the
 * report's Workshop appendix (buildReport, Markdown): hand-computed from five ballots.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addBallots,
  adoptWorkshop,
  buildReport,
  createAssessment,
  createBallot,
  createWorkshop,
  CURRENT_SCHEMA_VERSION,
  levelsOfMedian,
  parseAssessment,
  parseWorkshop,
  ratingOfMedian,
  reportToMarkdown,
  type WorkshopRating,
  type WorkshopSession,
} from '@/domain'
import { en } from '@/domain/texts/en'

const now = new Date('2026-11-28T10:00:00Z')
let counter = 1
const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 17 + counter++) % 256)

/** Five people rate privacy and integrity; Dana dissents on privacy with a reason. */
function room(namesShown = false): WorkshopSession {
  const source = createAssessment({ id: 'src1', now, locale: 'en' })
  source.flag.title = 'Network fees'
  source.analysis.privacy.howAffected = 'Earlier analysis.'
  let s = createWorkshop({ source, rows: ['privacy', 'integrity'], now, random })
  const votes: [string, WorkshopRating, WorkshopRating, string?][] = [
    ['Amal', 'negative', 'none', 'Tracks who pays'],
    ['Bo', 'negative', 'none'],
    ['Chen', 'strongly-negative', 'slightly-negative'],
    ['Dana', 'positive', 'none', 'Pays for better networks'],
    ['Eli', 'negative', 'none'],
  ]
  const ballots = votes.map(([name, privacy, integrity, reason], i) =>
    createBallot(
      {
        workshop: s.key,
        round: 1,
        participant: `p${i}`,
        seq: 1,
        pseudonym: name,
        ratings: {
          privacy: reason ? { rating: privacy, reason } : { rating: privacy },
          integrity: { rating: integrity },
        },
      },
      random,
    ),
  )
  s = addBallots(s, ballots, now).session
  return {
    ...s,
    namesShown,
    decisions: {
      privacy: { kind: 'consensus' },
      integrity: { kind: 'chosen', rating: 'slightly-negative', wording: 'Agreed: a small risk.' },
    },
  }
}

let ids = 0
const newId = () => `new${ids++}`

describe('the rating a consensus gives', () => {
  it('is the median, a half step going to the harm side', () => {
    expect(ratingOfMedian(-2)).toBe('negative')
    expect(ratingOfMedian(-1.5)).toBe('negative')
    expect(ratingOfMedian(0.5)).toBe('none')
    expect(ratingOfMedian(3)).toBe('strongly-positive')
    expect(levelsOfMedian(-1.5)).toEqual(['negative', 'slightly-negative'])
    expect(levelsOfMedian(0)).toEqual(['none'])
  })
})

describe('adoptWorkshop', () => {
  it('makes a new current document from the decisions, the original untouched', () => {
    const s = room()
    const doc = adoptWorkshop(s, { now, newId, texts: en })
    expect(doc.id).not.toBe(s.source.id)
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(doc.flag.title).toBe('Network fees (workshop result)')
    // Privacy: −2, −2, −3, +2, −2 → median −2 (negative), by consensus? IQR 0, 80 % negative.
    expect(doc.analysis.privacy.impact).toBe('negative')
    expect(doc.analysis.integrity.impact).toBe('slightly-negative')
    expect(doc.analysis.integrity.howAffected).toBe('Agreed: a small risk.')
    expect(doc.analysis.privacy.howAffected).toBe('Earlier analysis.')
    expect(s.source.analysis.privacy.impact).toBe('not-assessed')
    expect(parseAssessment(JSON.parse(JSON.stringify(doc)))).toMatchObject({ ok: true })
  })

  it('takes the consensus for an undecided row, and keeps the source rating when asked to', () => {
    const undecided = adoptWorkshop({ ...room(), decisions: {} }, { now, newId, texts: en })
    expect(undecided.analysis.privacy.impact).toBe('negative')
    expect(undecided.workshop!.rows.find((r) => r.item === 'privacy')!.decision).toBe('consensus')
    const kept = { ...room(), decisions: { privacy: { kind: 'kept' } as const } }
    const doc = adoptWorkshop(kept, { now, newId, texts: en })
    expect(doc.analysis.privacy.impact).toBe('not-assessed')
    expect(doc.workshop!.rows.find((r) => r.item === 'privacy')!.decision).toBe('kept')
    // A saved 'kept' decision reads back as it was written.
    const read = parseWorkshop(JSON.parse(JSON.stringify(kept)))
    expect(read.ok && read.session.decisions).toEqual({ privacy: { kind: 'kept' } })
  })

  it('attaches every reason as an evidence note, anonymous unless names are shown', () => {
    const notes = adoptWorkshop(room(), { now, newId, texts: en }).analysis.privacy.evidence
    expect(notes.map((e) => e.note)).toEqual([
      'Workshop, round 1, a participant who rated it Negative: Tracks who pays',
      'Workshop, round 1, a participant who rated it Positive: Pays for better networks',
    ])
    const named = adoptWorkshop(room(true), { now, newId, texts: en }).analysis.privacy.evidence
    expect(named[1]!.note).toBe(
      'Workshop, round 1, Dana (rated Positive): Pays for better networks',
    )
  })

  it('freezes the facts the appendix needs', () => {
    const record = adoptWorkshop(room(), { now, newId, texts: en }).workshop!
    expect(record).toMatchObject({
      heldOn: '2026-11-28',
      participants: 5,
      rounds: 1,
      namesShown: false,
    })
    const privacy = record.rows.find((r) => r.item === 'privacy')!
    expect(privacy).toMatchObject({
      n: 5,
      medianTimesTwo: -4,
      iqr: 0,
      agreementPercent: 80,
      distribution: [1, 3, 0, 0, 0, 1, 0],
      status: 'consensus',
      decision: 'consensus',
      dissent: [{ rating: 'positive', reason: 'Pays for better networks' }],
    })
    expect(record.rows.find((r) => r.item === 'integrity')!.decision).toBe('chosen')
  })
})

describe('the Workshop appendix', () => {
  it('says who took part, how far they agreed, and every row, without names', () => {
    const doc = adoptWorkshop(room(), { now, newId, texts: en })
    const report = buildReport(doc, { texts: en, now })
    const appendix = report.sections.find((s) => s.id === 'appendix')!
    const text = JSON.stringify(appendix.blocks)
    expect(text).toContain('Workshop appendix')
    expect(text).toContain('Participants: 5. Rounds of voting: 1.')
    expect(text).toContain(
      'Privacy","Negative","0","80 %","1 Strongly negative, 3 Negative, 1 Positive"',
    )
    expect(text).toContain('Privacy, rated Positive: Pays for better networks')
    expect(text).not.toContain('Dana')
    const md = reportToMarkdown(report)
    expect(md).toContain('Workshop appendix')
    expect(md).toContain('Pays for better networks')
  })

  it('names dissenters only when the facilitator chose to', () => {
    const doc = adoptWorkshop(room(true), { now, newId, texts: en })
    const text = JSON.stringify(buildReport(doc, { texts: en, now }).sections)
    expect(text).toContain('Privacy, rated Positive by Dana: Pays for better networks')
  })

  it('reads the version-4 fixture, and refuses a record that does not add up', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/v4-workshop.iia.json', import.meta.url), 'utf8'),
    ) as { workshop: { rows: { medianTimesTwo: number; item: string }[] } }
    expect(parseAssessment(structuredClone(fixture))).toMatchObject({
      ok: true,
      migratedFrom: null,
    })
    const bad = structuredClone(fixture)
    bad.workshop.rows[0]!.medianTimesTwo = 7
    expect(parseAssessment(bad).ok).toBe(false)
    const unknown = structuredClone(fixture)
    unknown.workshop.rows[0]!.item = 'not-a-row'
    expect(parseAssessment(unknown).ok).toBe(false)
  })
})
