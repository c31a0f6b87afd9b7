import {
  ITEM_IDS,
  describeIssue,
  type DomainTexts,
  type ParseIssue,
  type StepId,
  type coreTexts,
} from '@/domain'
import type { Composer, MessageKey } from '@/i18n'

type CoreTexts = ReturnType<typeof coreTexts>
type Path = ParseIssue['path']
type Translator = Pick<Composer, 't' | 'te'>

/** How many issues a refused file lists before "and N more". */
export const MAX_LISTED_ISSUES = 8

/**
 * The label each form shows for a field of the document, by path pattern: list positions and
 * analysis rows are written `*`. A pattern ending in `*` is one entry of a list, named like the
 * form's legends ("Source 3"). Fields no form shows (ids, timestamps, format) are not here:
 * the domain's words name them.
 */
export const FIELD_LABELS = {
  'flag.title': 'flag.proposal.title',
  'flag.kind': 'flag.proposal.kind',
  'flag.jurisdiction': 'flag.proposal.jurisdiction',
  'flag.proposer': 'flag.proposal.proposer',
  'flag.stage': 'flag.proposal.stage',
  'flag.summary': 'flag.proposal.summary',
  'flag.dates': 'flag.dates.heading',
  'flag.dates.published': 'flag.dates.published',
  'flag.dates.consultationCloses': 'flag.dates.consultationCloses',
  'flag.dates.vote': 'flag.dates.vote',
  'flag.dates.inForce': 'flag.proposal.inForce',
  'flag.sources': 'flag.sources.heading',
  'flag.sources.*': 'flag.sources.item',
  'flag.sources.*.title': 'flag.sources.title',
  'flag.sources.*.url': 'flag.sources.url',
  'flag.sources.*.accessed': 'flag.sources.accessed',
  'flag.stakeholders': 'flag.stakeholders.heading',
  'flag.stakeholders.*': 'flag.stakeholders.item',
  'flag.stakeholders.*.name': 'flag.stakeholders.name',
  'flag.stakeholders.*.note': 'flag.stakeholders.note',
  'analysis.*.impact': 'analyze.rating.legend',
  'analysis.*.dependsOnImplementation': 'analyze.depends.label',
  'analysis.*.howAffected': 'analyze.howAffected.label',
  'analysis.*.mixed': 'analyze.mixed.legend',
  'analysis.*.mixed.harm': 'analyze.mixed.harm',
  'analysis.*.mixed.benefit': 'analyze.mixed.benefit',
  'analysis.*.mixed.benefitHow': 'analyze.mixed.benefitHow.label',
  'analysis.*.effectOnPeople': 'analyze.effectOnPeople.label',
  'analysis.*.evidence': 'analyze.evidence.heading',
  'analysis.*.evidence.*': 'analyze.evidence.itemLabel',
  'analysis.*.evidence.*.sourceId': 'analyze.evidence.source',
  'analysis.*.evidence.*.note': 'analyze.evidence.note',
  'analysis.*.confidence': 'analyze.confidence.legend',
  'strategy.goal': 'strategize.goal.heading',
  'strategy.goal.statement': 'strategize.goal.statement',
  'strategy.goal.specific': 'strategize.goal.specific',
  'strategy.goal.measurable': 'strategize.goal.measurable',
  'strategy.goal.achievable': 'strategize.goal.achievable',
  'strategy.goal.relevantItemIds': 'strategize.goal.relevant',
  'strategy.goal.deadline': 'strategize.goal.deadline',
  'strategy.goal.deadlineEvent': 'strategize.goal.deadlineEvent',
  'strategy.audiences': 'strategize.audiences.heading',
  'strategy.audiences.*': 'strategize.audiences.itemLabel',
  'strategy.audiences.*.name': 'strategize.audiences.name',
  'strategy.audiences.*.why': 'strategize.audiences.why',
  'strategy.audiences.*.ask': 'strategize.audiences.ask',
  'strategy.messages': 'strategize.messages.heading',
  'strategy.messages.*': 'strategize.messages.itemLabel',
  'strategy.messages.*.text': 'strategize.messages.text',
  'strategy.messages.*.itemIds': 'strategize.messages.findings',
  'strategy.messages.*.audienceIds': 'strategize.messages.audiences',
  'strategy.tactics': 'strategize.tactics.heading',
  'strategy.tactics.*': 'strategize.tactics.itemLabel',
  'strategy.tactics.*.kind': 'strategize.tactics.kind',
  'strategy.tactics.*.description': 'strategize.tactics.description',
  'strategy.tactics.*.owner': 'strategize.tactics.owner',
  'strategy.tactics.*.due': 'strategize.tactics.due',
  'strategy.tactics.*.status': 'strategize.tactics.status',
  'strategy.milestones': 'strategize.milestones.heading',
  'strategy.milestones.*': 'strategize.milestones.itemLabel',
  'strategy.milestones.*.date': 'strategize.milestones.date',
  'strategy.milestones.*.label': 'strategize.milestones.label',
  'together.allies': 'together.allies.heading',
  'together.allies.*': 'together.allies.item',
  'together.allies.*.name': 'together.allies.name',
  'together.allies.*.kind': 'together.allies.kind',
  'together.allies.*.role': 'together.allies.role',
  'together.allies.*.contact': 'together.allies.contact',
  'together.coalition': 'together.coalition.label',
  'together.asks': 'together.asks.heading',
  'together.asks.*': 'together.asks.item',
  'together.asks.*.to': 'together.asks.to',
  'together.asks.*.ask': 'together.asks.ask',
  'together.nextSteps': 'together.nextSteps.heading',
  'together.nextSteps.*': 'together.nextSteps.item',
  'together.nextSteps.*.who': 'together.nextSteps.who',
  'together.nextSteps.*.what': 'together.nextSteps.what',
  'together.nextSteps.*.when': 'together.nextSteps.when',
  'together.nextSteps.*.done': 'together.nextSteps.done',
  'together.join': 'together.join.heading',
  'together.join.chapter': 'together.join.chapter',
  'together.join.chapterUrl': 'together.join.chapterUrl',
  'together.join.notes': 'together.join.notes',
  'together.shareLog': 'together.shareLog.heading',
  'together.shareLog.*': 'together.shareLog.item',
  'together.shareLog.*.date': 'together.shareLog.date',
  'together.shareLog.*.with': 'together.shareLog.with',
  'together.shareLog.*.note': 'together.shareLog.note',
  publication: 'report.publication.heading',
  'publication.authors': 'report.publication.authors',
  'publication.authors.*': 'report.publication.author',
  'publication.authors.*.name': 'report.publication.name',
  'publication.authors.*.affiliation': 'report.publication.affiliation',
  'publication.contributors': 'report.publication.contributors',
  'publication.contributors.*': 'report.publication.contributor',
  'publication.contributors.*.name': 'report.publication.name',
  'publication.contributors.*.affiliation': 'report.publication.affiliation',
  'publication.version': 'report.publication.version',
  'publication.published': 'report.publication.published',
  'publication.licence': 'report.publication.licence',
  'publication.contact': 'report.publication.contact',
  brief: 'report.briefTexts.heading',
  'brief.abstract': 'report.briefTexts.abstract',
  'brief.executiveSummary': 'report.briefTexts.executiveSummary',
  'brief.conclusions': 'report.briefTexts.conclusions',
  report: 'report.document.heading',
  'report.profile': 'report.document.profile',
  'report.hiddenSections': 'report.document.sections',
} as const satisfies Record<string, MessageKey>

/** The document's four parts are named like the steps that edit them. */
const STEP_OF_PART: Record<string, StepId> = {
  flag: 'flag',
  analysis: 'analyze',
  strategy: 'strategize',
  together: 'together',
}

const ANALYSIS_ROWS = new Set<string>(ITEM_IDS)

/** The pattern of a path: list positions and analysis rows become `*`. */
function fieldPattern(path: Path): string {
  return path
    .map((part, i) =>
      typeof part === 'number' || (i === 1 && path[0] === 'analysis' && ANALYSIS_ROWS.has(part))
        ? '*'
        : part,
    )
    .join('.')
}

/**
 * Names the last part of an issue's path as the forms do, in the current language: the step's
 * name for a part of the document, the form's label for a field, "Source 3" for a list entry.
 * Undefined where no form shows the field, or when the step screens' messages are not loaded,
 * so the domain's own word is used.
 */
export function formFieldNamer(i18n: Translator, texts: CoreTexts) {
  return (path: Path): string | undefined => {
    const last = path[path.length - 1]
    if (path.length === 1 && typeof last === 'string' && Object.hasOwn(STEP_OF_PART, last))
      return texts.steps.name[STEP_OF_PART[last]!]
    const pattern = fieldPattern(path)
    if (!Object.hasOwn(FIELD_LABELS, pattern)) return undefined
    const key = FIELD_LABELS[pattern as keyof typeof FIELD_LABELS]
    if (!i18n.te(key)) return undefined
    const label = i18n.t(key)
    return typeof last === 'number' ? i18n.t('common.list.itemN', { label, n: last + 1 }) : label
  }
}

/**
 * The sentences that explain why a file was refused: the first `max` issues, field names as the
 * forms show them, then "and N more" when there are others.
 */
export function describeIssues(
  issues: readonly ParseIssue[],
  i18n: Translator,
  texts: DomainTexts,
  max = MAX_LISTED_ISSUES,
): string[] {
  const fieldName = formFieldNamer(i18n, texts)
  const lines = issues.slice(0, max).map((issue) => describeIssue(issue, texts, fieldName))
  const rest = issues.length - lines.length
  return rest > 0 ? [...lines, i18n.t('library.notices.moreIssues', { n: rest }, rest)] : lines
}
