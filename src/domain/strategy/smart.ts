/**
 * SMART checks for the advocacy goal (ISOC, "Become an Internet Advocate": start from SMART
 * goals). Each criterion is checked against what the person wrote and against the rest of the
 * assessment, and says in a code what is missing; texts put the codes into words.
 */
import type { Assessment, SmartGoal } from '../assessment/schema'
import { isIsoDate } from '../assessment/schema'
import { isNegative } from '../scoring/scale'

/** The five SMART criteria, in the order they are checked and shown. */
export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound'

export type SmartProblem =
  | 'no-statement'
  | 'statement-too-short'
  | 'no-specific-change'
  | 'no-indicator'
  | 'no-achievable-reason'
  | 'no-findings-linked'
  | 'linked-finding-not-negative'
  | 'no-deadline'
  | 'deadline-passed'
  | 'deadline-after-vote'
  | 'no-decision-point'

export interface SmartCheck {
  criterion: SmartCriterion
  met: boolean
  problems: SmartProblem[]
}

/** Fewer words than this rarely name one clear change. */
const MIN_STATEMENT_WORDS = 8

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length
const filled = (s: string) => s.trim().length > 0

/**
 * Checks a goal against the five SMART criteria. `today` is YYYY-MM-DD, passed in so that the
 * check is deterministic.
 */
export function checkSmartGoal(
  goal: SmartGoal,
  context: { analysis: Assessment['analysis']; flag: Assessment['flag']; today: string },
): SmartCheck[] {
  const specific: SmartProblem[] = []
  if (!filled(goal.statement)) specific.push('no-statement')
  else if (words(goal.statement) < MIN_STATEMENT_WORDS) specific.push('statement-too-short')
  if (!filled(goal.specific)) specific.push('no-specific-change')

  const measurable: SmartProblem[] = filled(goal.measurable) ? [] : ['no-indicator']
  const achievable: SmartProblem[] = filled(goal.achievable) ? [] : ['no-achievable-reason']

  const relevant: SmartProblem[] = []
  if (goal.relevantItemIds.length === 0) relevant.push('no-findings-linked')
  else if (!goal.relevantItemIds.some((id) => isNegative(context.analysis[id].impact)))
    relevant.push('linked-finding-not-negative')

  const timeBound: SmartProblem[] = []
  if (!isIsoDate(goal.deadline)) timeBound.push('no-deadline')
  else {
    if (goal.deadline < context.today) timeBound.push('deadline-passed')
    const vote = context.flag.dates.vote
    if (isIsoDate(vote) && goal.deadline > vote) timeBound.push('deadline-after-vote')
  }
  if (!filled(goal.deadlineEvent)) timeBound.push('no-decision-point')

  const result = (criterion: SmartCriterion, problems: SmartProblem[]): SmartCheck => ({
    criterion,
    met: problems.length === 0,
    problems,
  })
  return [
    result('specific', specific),
    result('measurable', measurable),
    result('achievable', achievable),
    result('relevant', relevant),
    result('time-bound', timeBound),
  ]
}

/** Whether every SMART criterion is met. */
export function isSmart(checks: SmartCheck[]): boolean {
  return checks.every((c) => c.met)
}
