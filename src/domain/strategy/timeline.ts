/**
 * The strategy's timeline: the proposal's key dates from Flag, the goal's deadline, tactics,
 * milestones and next steps on one dated list. ISOC's kick-off guidance builds the timeline by
 * working backwards from the final deadline (consultation close, committee vote, plenary), so
 * every dated commitment of the assessment is shown against the decision points.
 */
import { isIsoDate, type Assessment } from '../assessment/schema'
import { choiceLabel, fill, type DomainTexts } from '../texts/types'
import { asFragment, clipText, oneLine } from './drafting'

/** One dated line of the timeline, with where it comes from. */
export interface TimelineEntry {
  /** YYYY-MM-DD */
  date: string
  label: string
  source: 'flag' | 'goal' | 'tactic' | 'milestone' | 'next-step'
  /** The id of the tactic, milestone or next step, when there is one. */
  refId?: string
}

/** Tactic descriptions longer than this are shortened on the timeline (the table keeps them). */
const TIMELINE_LABEL_CHARS = 80

/**
 * Every dated entry, ordered by date; entries on the same day keep the order flag, goal,
 * tactics, milestones, next steps. Undated or invalid dates and dropped tactics are left out.
 */
export function buildTimeline(doc: Assessment, texts: DomainTexts): TimelineEntry[] {
  const t = texts.timeline
  const entries: TimelineEntry[] = []
  const add = (entry: TimelineEntry) => {
    if (isIsoDate(entry.date)) entries.push(entry)
  }

  const dates = doc.flag.dates
  add({ date: dates.published, label: t.published, source: 'flag' })
  add({ date: dates.consultationCloses, label: t.consultationCloses, source: 'flag' })
  add({ date: dates.vote, label: t.vote, source: 'flag' })
  add({ date: dates.inForce, label: t.inForce, source: 'flag' })

  const goal = doc.strategy.goal
  const event = oneLine(goal.deadlineEvent)
  add({
    date: goal.deadline,
    label: event ? `${t.goalDeadline}: ${event}` : t.goalDeadline,
    source: 'goal',
  })

  for (const tactic of doc.strategy.tactics) {
    if (tactic.status === 'dropped') continue
    const description = clipText(asFragment(tactic.description), TIMELINE_LABEL_CHARS)
    add({
      date: tactic.due,
      label: fill(t.tacticDue, {
        tactic: description || choiceLabel(texts, texts.tacticKind, tactic.kind),
      }),
      source: 'tactic',
      refId: tactic.id,
    })
  }

  for (const milestone of doc.strategy.milestones)
    add({
      date: milestone.date,
      label: oneLine(milestone.label),
      source: 'milestone',
      refId: milestone.id,
    })

  for (const step of doc.together.nextSteps) {
    const who = oneLine(step.who)
    const what = clipText(asFragment(step.what), TIMELINE_LABEL_CHARS)
    add({
      date: step.when,
      // Without a "who" the template would read "Next step for : …"; the heading reads well.
      label: who ? fill(t.nextStep, { who, what }) : `${texts.report.labels.nextSteps}: ${what}`,
      source: 'next-step',
      refId: step.id,
    })
  }

  // Array.prototype.sort is stable, so same-day entries keep the order above.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
