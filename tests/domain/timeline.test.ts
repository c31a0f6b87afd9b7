import { describe, expect, it } from 'vitest'
import { buildTimeline, createAssessment, domainTexts, type Assessment } from '@/domain'

const en = domainTexts('en')

function blank(): Assessment {
  return createAssessment({ id: 'doc-1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
}

describe('buildTimeline', () => {
  it('is empty for a document without dates', () => {
    expect(buildTimeline(blank(), en)).toEqual([])
  })

  it('puts every dated entry on one list, ordered by date', () => {
    const doc = blank()
    doc.flag.dates = {
      published: '2025-01-10',
      consultationCloses: '2025-03-31',
      vote: '2025-06-20',
      inForce: '',
    }
    doc.strategy.goal.deadline = '2025-06-01'
    doc.strategy.goal.deadlineEvent = 'Committee vote'
    doc.strategy.tactics = [
      {
        id: 't1',
        kind: 'letter',
        description: 'Open letter to MEPs.',
        owner: 'Ana',
        due: '2025-05-01',
        status: 'planned',
      },
      {
        id: 't2',
        kind: 'consultation-response',
        description: '',
        owner: '',
        due: '2025-03-20',
        status: 'done',
      },
    ]
    doc.strategy.milestones = [{ id: 'ms1', date: '2025-02-15', label: 'Coalition formed' }]
    doc.together.nextSteps = [
      { id: 'n1', who: 'Ben', what: 'Book a room.', when: '2025-02-01', done: false },
    ]
    expect(buildTimeline(doc, en)).toEqual([
      { date: '2025-01-10', label: en.timeline.published, source: 'flag' },
      {
        date: '2025-02-01',
        label: 'Next step for Ben: Book a room',
        source: 'next-step',
        refId: 'n1',
      },
      { date: '2025-02-15', label: 'Coalition formed', source: 'milestone', refId: 'ms1' },
      {
        date: '2025-03-20',
        label: `Due: ${en.tacticKind['consultation-response']}`,
        source: 'tactic',
        refId: 't2',
      },
      { date: '2025-03-31', label: en.timeline.consultationCloses, source: 'flag' },
      { date: '2025-05-01', label: 'Due: Open letter to MEPs', source: 'tactic', refId: 't1' },
      { date: '2025-06-01', label: `${en.timeline.goalDeadline}: Committee vote`, source: 'goal' },
      { date: '2025-06-20', label: en.timeline.vote, source: 'flag' },
    ])
  })

  it('puts the day the proposal came into force on the timeline', () => {
    const doc = blank()
    doc.flag.stage = 'in-force'
    doc.flag.dates.vote = '2024-05-02'
    doc.flag.dates.inForce = '2024-07-01'
    expect(buildTimeline(doc, en)).toEqual([
      { date: '2024-05-02', label: en.timeline.vote, source: 'flag' },
      { date: '2024-07-01', label: 'Came into force', source: 'flag' },
    ])
  })

  it('keeps same-day entries in the order flag, goal, tactic, milestone, next step', () => {
    const doc = blank()
    const day = '2025-04-04'
    doc.together.nextSteps = [{ id: 'n1', who: 'Ben', what: 'Call', when: day, done: false }]
    doc.strategy.milestones = [{ id: 'ms1', date: day, label: 'Hearing' }]
    doc.strategy.tactics = [
      { id: 't1', kind: 'media', description: 'Op-ed', owner: '', due: day, status: 'planned' },
    ]
    doc.strategy.goal.deadline = day
    doc.flag.dates.vote = day
    expect(buildTimeline(doc, en).map((e) => e.source)).toEqual([
      'flag',
      'goal',
      'tactic',
      'milestone',
      'next-step',
    ])
  })

  it('labels the goal deadline alone when there is no decision point', () => {
    const doc = blank()
    doc.strategy.goal.deadline = '2025-06-01'
    expect(buildTimeline(doc, en)[0]?.label).toBe(en.timeline.goalDeadline)
  })

  it.each(['', '2025-02-30', '01/02/2025', '2025-1-1', 'soon'])(
    'leaves out the invalid or empty date %j',
    (bad) => {
      const doc = blank()
      doc.flag.dates = { published: bad, consultationCloses: bad, vote: '2025-05-05', inForce: '' }
      doc.strategy.goal.deadline = bad
      doc.strategy.tactics = [
        { id: 't1', kind: 'other', description: 'X', owner: '', due: bad, status: 'planned' },
      ]
      doc.strategy.milestones = [{ id: 'ms1', date: bad, label: 'Y' }]
      doc.together.nextSteps = [{ id: 'n1', who: 'Z', what: 'W', when: bad, done: false }]
      expect(buildTimeline(doc, en)).toEqual([
        { date: '2025-05-05', label: en.timeline.vote, source: 'flag' },
      ])
    },
  )

  it('leaves out dropped tactics', () => {
    const doc = blank()
    doc.strategy.tactics = [
      {
        id: 't1',
        kind: 'event',
        description: 'Webinar',
        owner: '',
        due: '2025-05-05',
        status: 'dropped',
      },
    ]
    expect(buildTimeline(doc, en)).toEqual([])
  })

  it('shortens long descriptions and reads well without a "who"', () => {
    const doc = blank()
    doc.strategy.tactics = [
      {
        id: 't1',
        kind: 'research',
        description: 'Collect evidence '.repeat(20),
        owner: '',
        due: '2025-05-05',
        status: 'in-progress',
      },
    ]
    doc.together.nextSteps = [
      { id: 'n1', who: ' ', what: 'Send the brief', when: '2025-05-06', done: true },
    ]
    const [tactic, step] = buildTimeline(doc, en)
    expect(tactic?.label.length).toBeLessThanOrEqual('Due: '.length + 80)
    expect(tactic?.label.endsWith('…')).toBe(true)
    expect(step?.label).toBe(`${en.report.labels.nextSteps}: Send the brief`)
  })
})
