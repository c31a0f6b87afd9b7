import { describe, expect, it } from 'vitest'
import {
  checkSmartGoal,
  createAssessment,
  isSmart,
  type SmartCriterion,
  type SmartGoal,
  type SmartProblem,
} from '@/domain'

const TODAY = '2025-03-01'

function context(vote = '2025-09-30') {
  const doc = createAssessment({ id: 'a1', now: new Date('2025-01-01T00:00:00Z'), locale: 'en' })
  doc.analysis['accessible-infrastructure-common-protocol'].impact = 'strongly-negative'
  doc.analysis.privacy.impact = 'positive'
  doc.flag.dates.vote = vote
  return { analysis: doc.analysis, flag: doc.flag, today: TODAY }
}

const goodGoal: SmartGoal = {
  statement:
    'Get the network usage fee removed from the draft before the committee vote in September.',
  specific: 'Remove the article that introduces network usage fees.',
  measurable: 'The committee text published after the vote has no such article.',
  achievable: 'Three groups in the committee already oppose the fee.',
  relevantItemIds: ['accessible-infrastructure-common-protocol'],
  deadline: '2025-09-15',
  deadlineEvent: 'Committee vote',
}

describe('checkSmartGoal', () => {
  it('meets every criterion for a complete goal', () => {
    const checks = checkSmartGoal(goodGoal, context())
    expect(checks.map((c) => c.criterion)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'time-bound',
    ])
    expect(checks.every((c) => c.met && c.problems.length === 0)).toBe(true)
    expect(isSmart(checks)).toBe(true)
  })

  it.each<{
    change: Partial<SmartGoal>
    vote?: string
    criterion: SmartCriterion
    problems: SmartProblem[]
  }>([
    { change: { statement: '  ' }, criterion: 'specific', problems: ['no-statement'] },
    {
      change: { statement: 'Stop the fee now.' },
      criterion: 'specific',
      problems: ['statement-too-short'],
    },
    { change: { specific: '' }, criterion: 'specific', problems: ['no-specific-change'] },
    { change: { measurable: ' ' }, criterion: 'measurable', problems: ['no-indicator'] },
    { change: { achievable: '' }, criterion: 'achievable', problems: ['no-achievable-reason'] },
    { change: { relevantItemIds: [] }, criterion: 'relevant', problems: ['no-findings-linked'] },
    {
      change: { relevantItemIds: ['privacy', 'integrity'] },
      criterion: 'relevant',
      problems: ['linked-finding-not-negative'],
    },
    { change: { deadline: '' }, criterion: 'time-bound', problems: ['no-deadline'] },
    { change: { deadline: '2025-02-30' }, criterion: 'time-bound', problems: ['no-deadline'] },
    { change: { deadline: '2025-02-28' }, criterion: 'time-bound', problems: ['deadline-passed'] },
    {
      change: { deadline: '2025-10-01' },
      criterion: 'time-bound',
      problems: ['deadline-after-vote'],
    },
    {
      change: { deadline: '2025-10-01' },
      vote: '',
      criterion: 'time-bound',
      problems: [],
    },
    { change: { deadlineEvent: '' }, criterion: 'time-bound', problems: ['no-decision-point'] },
    {
      change: { deadline: '', deadlineEvent: '' },
      criterion: 'time-bound',
      problems: ['no-deadline', 'no-decision-point'],
    },
  ])('$criterion: $problems for $change', ({ change, vote, criterion, problems }) => {
    const checks = checkSmartGoal({ ...goodGoal, ...change }, context(vote))
    const check = checks.find((c) => c.criterion === criterion)!
    expect(check.problems).toEqual(problems)
    expect(check.met).toBe(problems.length === 0)
    // Only the criterion under test changes.
    expect(checks.filter((c) => c.criterion !== criterion).every((c) => c.met)).toBe(true)
    expect(isSmart(checks)).toBe(problems.length === 0)
  })

  it('accepts a deadline on the day itself and on the day of the vote', () => {
    expect(isSmart(checkSmartGoal({ ...goodGoal, deadline: TODAY }, context()))).toBe(true)
    expect(isSmart(checkSmartGoal({ ...goodGoal, deadline: '2025-09-30' }, context()))).toBe(true)
  })
})
