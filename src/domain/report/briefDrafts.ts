/**
 * Drafts of the brief's own texts from the findings, the way key messages are drafted in
 * Strategize: the app proposes, the author edits. Every draft is built from what the analysis
 * says (the headline, the rows harmed with their explanations, a mixed row's benefit) and the
 * author's goal statement; a field with nothing to draft from gets '' so the screen can say so.
 */
import {
  ENABLERS_BY_GOAL,
  GOAL_IDS,
  PROPERTY_IDS,
  type GoalId,
  type ItemId,
} from '../catalogue/ids'
import type { Assessment, Brief } from '../assessment/schema'
import { rateItem, rowState, type RatedItem } from '../scoring/verdict'
import { asSentence, clipText, lowerFirst, oneLine } from '../strategy/drafting'
import { fill, type DomainTexts } from '../texts/types'
import { writeHeadline } from './findings'

/** How much of a row's explanation a finding quotes: its first sentences, not the whole text. */
const QUOTE_CHARS = 400

/** The rows of a group that the proposal harms, worst first (properties before enablers on ties). */
function harmedRows(doc: Assessment, ids: readonly ItemId[]): RatedItem[] {
  return ids
    .map((id) => rateItem(id, doc.analysis[id]))
    .filter((item) => rowState(item) === 'harmed')
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
}

/** One harmed row in words: name, strength, its explanation, and a mixed row's benefit. */
function findingText(doc: Assessment, texts: DomainTexts, item: RatedItem): string {
  const d = texts.drafting.brief
  const row = doc.analysis[item.id]
  const params = {
    item: texts.catalogue.items[item.id].name,
    impact: lowerFirst(texts.impact[item.level], texts.locale),
    how: asSentence(clipText(oneLine(row.howAffected), QUOTE_CHARS)),
  }
  const main = params.how ? fill(d.finding, params) : fill(d.findingShort, params)
  const benefit = asSentence(clipText(oneLine(row.mixed.benefitHow), QUOTE_CHARS))
  return item.benefit !== null && benefit ? `${main} ${fill(d.benefit, { how: benefit })}` : main
}

/** Whether any row of the analysis says something: rated, mixed, or explicitly unaffected. */
function anythingRated(doc: Assessment, ids: readonly ItemId[]): boolean {
  return ids.some((id) => {
    const state = rowState(rateItem(id, doc.analysis[id]))
    return state !== 'open' && state !== 'not-discussed'
  })
}

/** The conclusion of one goal: its harmed enablers, or that none of those discussed is harmed. */
function goalConclusion(doc: Assessment, texts: DomainTexts, goal: GoalId): string {
  const ids = ENABLERS_BY_GOAL[goal]
  if (!anythingRated(doc, ids)) return ''
  const harmed = harmedRows(doc, ids)
  if (harmed.length === 0) return texts.drafting.brief.goalNotHarmed
  return harmed.map((item) => findingText(doc, texts, item)).join('\n\n')
}

/**
 * The abstract: what the proposal is, for the cover, which prints the headline above it: the
 * brief's subject and the first sentences of the proposal's summary.
 */
function abstractOf(doc: Assessment, texts: DomainTexts): string {
  const title = oneLine(doc.flag.title)
  const summary = asSentence(clipText(oneLine(doc.flag.summary), QUOTE_CHARS))
  if (!title) return summary
  return fill(texts.drafting.brief.abstract, { title, summary }).trim()
}

/**
 * Drafts every text of the brief: an abstract that says what the proposal is,
 * an executive summary (the headline, then each critical property undermined and each harmed
 * enabler), a conclusion per goal, and conclusions and recommendations (the headline, then the
 * author's goal statement put to decision-makers, or a default recommendation when harm was
 * found). A text with nothing to draft from is ''.
 */
export function draftBrief(doc: Assessment, texts: DomainTexts): Brief {
  const d = texts.drafting.brief
  const all = [...PROPERTY_IDS, ...GOAL_IDS.flatMap((g) => ENABLERS_BY_GOAL[g])]
  const goalConclusions = Object.fromEntries(
    GOAL_IDS.map((g) => [g, goalConclusion(doc, texts, g)]),
  ) as Brief['goalConclusions']
  if (!anythingRated(doc, all))
    return {
      abstract: abstractOf(doc, texts),
      executiveSummary: '',
      goalConclusions,
      conclusions: '',
    }

  // Not asSentence: that collapses whitespace, and French puts a no-break space before ":".
  const written = writeHeadline(doc.analysis, texts)
  const headline = /[.!?…]$/u.test(written) ? written : `${written}.`
  const harmed = harmedRows(doc, all)
  const statement = asSentence(oneLine(doc.strategy.goal.statement))
  const recommendation = statement
    ? fill(d.recommend, { statement })
    : harmed.length
      ? d.recommendDefault
      : ''
  return {
    abstract: abstractOf(doc, texts),
    executiveSummary: [headline, ...harmed.map((item) => findingText(doc, texts, item))].join(
      '\n\n',
    ),
    goalConclusions,
    conclusions: [headline, recommendation].filter(Boolean).join('\n\n'),
  }
}
