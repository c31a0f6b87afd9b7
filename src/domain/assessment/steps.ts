/**
 * The four steps of ISOC's advocacy model (Flag, Analyze, Strategize, Together) and what makes
 * each one complete enough to move on. A step is never locked: completeness guides, it does
 * not block.
 */
import { ITEM_IDS } from '../catalogue/ids'
import type { Assessment } from './schema'
import { checkSmartGoal, isSmart } from '../strategy/smart'

export const STEP_IDS = ['flag', 'analyze', 'strategize', 'together'] as const
export type StepId = (typeof STEP_IDS)[number]

/** What is still missing in a step, as codes that texts put into words. */
export type StepGap =
  | 'flag-title'
  | 'flag-jurisdiction'
  | 'flag-summary'
  | 'flag-sources'
  | 'analyze-items'
  | 'strategize-goal'
  | 'strategize-audiences'
  | 'strategize-messages'
  | 'strategize-tactics'
  | 'together-allies'
  | 'together-next-steps'

export interface StepStatus {
  step: StepId
  /** 0…1: the share of the step's checks that pass. */
  progress: number
  complete: boolean
  gaps: StepGap[]
  /** For Analyze: rows rated (including "no impact" and "unclear") out of 15. */
  done?: number
  total?: number
}

function status(
  step: StepId,
  checks: [boolean, StepGap][],
  extra?: Partial<StepStatus>,
): StepStatus {
  const gaps = checks.filter(([ok]) => !ok).map(([, gap]) => gap)
  return {
    step,
    progress: (checks.length - gaps.length) / checks.length,
    complete: gaps.length === 0,
    gaps,
    ...extra,
  }
}

/** The status of every step; `today` (YYYY-MM-DD) feeds the SMART check. */
export function stepStatuses(doc: Assessment, today: string): StepStatus[] {
  const f = doc.flag
  const assessed = ITEM_IDS.filter((id) => doc.analysis[id].impact !== 'not-assessed').length
  const s = doc.strategy
  const smart = isSmart(checkSmartGoal(s.goal, { analysis: doc.analysis, flag: f, today }))
  return [
    status('flag', [
      [f.title.trim() !== '', 'flag-title'],
      [f.jurisdiction.trim() !== '', 'flag-jurisdiction'],
      [f.summary.trim() !== '', 'flag-summary'],
      [f.sources.length > 0, 'flag-sources'],
    ]),
    {
      step: 'analyze',
      progress: assessed / ITEM_IDS.length,
      complete: assessed === ITEM_IDS.length,
      gaps: assessed === ITEM_IDS.length ? [] : ['analyze-items'],
      done: assessed,
      total: ITEM_IDS.length,
    },
    status('strategize', [
      [smart, 'strategize-goal'],
      [s.audiences.length > 0, 'strategize-audiences'],
      [s.messages.length > 0, 'strategize-messages'],
      [s.tactics.length > 0, 'strategize-tactics'],
    ]),
    status('together', [
      [doc.together.allies.length > 0, 'together-allies'],
      [doc.together.nextSteps.length > 0, 'together-next-steps'],
    ]),
  ]
}
