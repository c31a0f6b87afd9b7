import { describe, expect, it } from 'vitest'
import {
  createAssessment,
  ITEM_IDS,
  STEP_IDS,
  stepStatuses,
  type Assessment,
  type Impact,
} from '@/domain'

const TODAY = '2025-03-01'

function blank(): Assessment {
  return createAssessment({ id: 'doc-1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
}

function complete(): Assessment {
  const doc = blank()
  doc.flag.title = 'Network usage fees'
  doc.flag.jurisdiction = 'European Union'
  doc.flag.summary = 'Operators want large content providers to pay for traffic.'
  doc.flag.sources = [
    { id: 's1', title: 'Consultation', url: 'https://ec.europa.eu', accessed: '' },
  ]
  for (const id of ITEM_IDS) doc.analysis[id].impact = 'none'
  doc.analysis['accessible-infrastructure-common-protocol'].impact = 'strongly-negative'
  doc.strategy.goal = {
    statement: 'Keep any mandatory traffic payment out of the act before the committee vote.',
    specific: 'No mandatory traffic payment in the text.',
    measurable: 'The adopted committee text.',
    achievable: 'Several groups already oppose it.',
    relevantItemIds: ['accessible-infrastructure-common-protocol'],
    deadline: '2025-06-01',
    deadlineEvent: 'Committee vote',
  }
  doc.strategy.audiences = [{ id: 'au1', name: 'MEPs', why: 'They vote', ask: 'Vote no' }]
  doc.strategy.messages = [
    { id: 'm1', text: 'Fees break the Internet.', itemIds: [], audienceIds: [] },
  ]
  doc.strategy.tactics = [
    {
      id: 't1',
      kind: 'letter',
      description: 'Open letter',
      owner: 'Ana',
      due: '',
      status: 'planned',
    },
  ]
  doc.together.allies = [{ id: 'al1', name: 'Chapter', kind: 'chapter', role: '', contact: '' }]
  doc.together.nextSteps = [{ id: 'n1', who: 'Ana', what: 'Draft', when: '', done: false }]
  return doc
}

describe('stepStatuses', () => {
  it('lists the four steps in order', () => {
    expect(stepStatuses(blank(), TODAY).map((s) => s.step)).toEqual([...STEP_IDS])
  })

  it('shows every gap of a blank document', () => {
    const [flag, analyze, strategize, together] = stepStatuses(blank(), TODAY)
    expect(flag).toMatchObject({
      complete: false,
      progress: 0,
      gaps: ['flag-title', 'flag-jurisdiction', 'flag-summary', 'flag-sources'],
    })
    expect(analyze).toMatchObject({ complete: false, progress: 0, done: 0, total: 15 })
    expect(analyze?.gaps).toEqual(['analyze-items'])
    expect(strategize?.gaps).toEqual([
      'strategize-goal',
      'strategize-audiences',
      'strategize-messages',
      'strategize-tactics',
    ])
    expect(together?.gaps).toEqual(['together-allies', 'together-next-steps'])
  })

  it('marks every step complete for a complete document', () => {
    const statuses = stepStatuses(complete(), TODAY)
    expect(statuses.every((s) => s.complete && s.progress === 1 && s.gaps.length === 0)).toBe(true)
  })

  it.each<{
    name: string
    change: (d: Assessment) => void
    step: string
    gaps: string[]
    progress: number
  }>([
    {
      name: 'a blank title (spaces only)',
      change: (d) => (d.flag.title = '   '),
      step: 'flag',
      gaps: ['flag-title'],
      progress: 0.75,
    },
    {
      name: 'no sources',
      change: (d) => (d.flag.sources = []),
      step: 'flag',
      gaps: ['flag-sources'],
      progress: 0.75,
    },
    {
      name: 'a goal that is no longer SMART (deadline passed)',
      change: (d) => (d.strategy.goal.deadline = '2025-01-15'),
      step: 'strategize',
      gaps: ['strategize-goal'],
      progress: 0.75,
    },
    {
      name: 'no messages and no tactics',
      change: (d) => {
        d.strategy.messages = []
        d.strategy.tactics = []
      },
      step: 'strategize',
      gaps: ['strategize-messages', 'strategize-tactics'],
      progress: 0.5,
    },
    {
      name: 'no next steps',
      change: (d) => (d.together.nextSteps = []),
      step: 'together',
      gaps: ['together-next-steps'],
      progress: 0.5,
    },
  ])('reports $name', ({ change, step, gaps, progress }) => {
    const doc = complete()
    change(doc)
    const status = stepStatuses(doc, TODAY).find((s) => s.step === step)!
    expect(status.gaps).toEqual(gaps)
    expect(status.progress).toBe(progress)
    expect(status.complete).toBe(false)
  })

  it('counts "unclear" and "no impact" as answers, "not yet assessed" as open', () => {
    const doc = complete()
    doc.analysis.privacy.impact = 'unclear'
    doc.analysis.integrity.impact = 'not-assessed'
    doc.analysis.accountability.impact = 'not-assessed'
    const analyze = stepStatuses(doc, TODAY)[1]!
    expect(analyze).toMatchObject({ done: 13, total: 15, complete: false, gaps: ['analyze-items'] })
    expect(analyze.progress).toBeCloseTo(13 / 15)
  })

  it.each<[Impact, boolean]>([
    ['mixed', true],
    ['not-discussed', true],
    ['unclear', true],
    ['none', true],
    ['not-assessed', false],
  ])('counts a row rated %s as done: %s', (impact, done) => {
    const doc = complete()
    doc.analysis.privacy.impact = impact
    const analyze = stepStatuses(doc, TODAY)[1]!
    expect(analyze).toMatchObject({ done: done ? 15 : 14, complete: done })
  })

  it('completes the analysis of a brief that discusses two rows and leaves the rest out', () => {
    const doc = complete()
    for (const id of ITEM_IDS) doc.analysis[id].impact = 'not-discussed'
    doc.analysis.privacy.impact = 'mixed'
    doc.analysis.integrity.impact = 'negative'
    expect(stepStatuses(doc, TODAY)[1]).toMatchObject({ done: 15, complete: true, gaps: [] })
  })
})
