import { describe, expect, it } from 'vitest'
import {
  checkSmartGoal,
  createAssessment,
  domainTexts,
  type Assessment,
  type SmartGoal,
  type SmartProblem,
} from '@/domain'
import StrategizeSmartCheck from '@/components/steps/StrategizeSmartCheck.vue'
import { mountWithApp } from '../setup/mountApp'

const texts = domainTexts('en')
const today = '2026-03-01'

function context(edit: (doc: Assessment) => void = () => {}) {
  const doc = createAssessment({ id: 'doc1', now: new Date(0), locale: 'en' })
  doc.analysis.privacy.impact = 'negative'
  doc.analysis.integrity.impact = 'positive'
  edit(doc)
  return { analysis: doc.analysis, flag: doc.flag, today }
}

const empty: SmartGoal = {
  statement: '',
  specific: '',
  measurable: '',
  achievable: '',
  relevantItemIds: [],
  deadline: '',
  deadlineEvent: '',
}
const complete: SmartGoal = {
  statement: 'Get the network fee provision removed from the draft before the committee vote.',
  specific: 'Remove article 5 from the draft.',
  measurable: 'The committee report no longer contains article 5.',
  achievable: 'Three committee members already share our concerns.',
  relevantItemIds: ['privacy'],
  deadline: '2026-06-30',
  deadlineEvent: 'Committee vote',
}

describe('StrategizeSmartCheck', () => {
  it.each<{
    name: string
    goal: SmartGoal
    edit?: (doc: Assessment) => void
    met: number
    problems: SmartProblem[]
  }>([
    {
      name: 'an empty goal',
      goal: empty,
      met: 0,
      problems: [
        'no-statement',
        'no-specific-change',
        'no-indicator',
        'no-achievable-reason',
        'no-findings-linked',
        'no-deadline',
        'no-decision-point',
      ],
    },
    { name: 'a complete goal', goal: complete, met: 5, problems: [] },
    {
      name: 'a goal resting only on a positive finding, due after the vote',
      goal: { ...complete, relevantItemIds: ['integrity'] },
      edit: (doc) => (doc.flag.dates.vote = '2026-05-01'),
      met: 3,
      problems: ['linked-finding-not-negative', 'deadline-after-vote'],
    },
    {
      name: 'a short statement with a passed deadline',
      goal: { ...complete, statement: 'Stop the fee.', deadline: '2025-01-01' },
      met: 3,
      problems: ['statement-too-short', 'deadline-passed'],
    },
  ])(
    '$name: the count of criteria met and the problems in words',
    async ({ goal, edit, met, problems }) => {
      const checks = checkSmartGoal(goal, context(edit))
      const { wrapper } = await mountWithApp(StrategizeSmartCheck, { props: { checks } })

      const summary = wrapper.get('[aria-live="polite"]')
      expect(summary.text()).toBe(`${met} of 5 criteria met`)

      const criteria = wrapper.get('section > ul').findAll(':scope > li')
      expect(criteria.map((li) => li.get('p').text().replace(/\s+/g, ' '))).toEqual(
        checks.map(
          (c) =>
            `${c.met ? '✓' : '✗'}${texts.smart.criterion[c.criterion]}: ${c.met ? 'Met' : 'Not met yet'}`,
        ),
      )
      const shown = wrapper.findAll('li li').map((li) => li.text())
      expect(shown).toEqual(problems.map((p) => texts.smart.problem[p]))
      // The tick and cross are decoration; the words carry the meaning.
      for (const icon of wrapper.findAll('[aria-hidden="true"]'))
        expect(icon.text()).toMatch(/^[✓✗]$/)
      expect(wrapper.findAll('[aria-hidden="true"]')).toHaveLength(5)
    },
  )
})
