/**
 * The public surface of the domain core: everything outside src/domain imports from here, and
 * only these names. Add a name when another layer needs it; knip (`npm run lint`) reports one
 * that nothing reads.
 */

/** The catalogue: the five critical properties and ten enablers, by stable id. */
export {
  ENABLER_IDS,
  ENABLERS_BY_GOAL,
  GOAL_IDS,
  goalOf,
  isItemId,
  isPropertyId,
  ITEM_IDS,
  PROPERTY_IDS,
  type GoalId,
  type ItemId,
} from './catalogue/ids'
export { CATALOGUE_GROUPS } from './catalogue/catalogue'

/**
 * The assessment document: the current schema version, its vocabularies and entry types, and
 * the one parse-and-migrate entry point for everything that crosses a trust boundary.
 */
export {
  ALLY_KINDS,
  ASSESSMENT_FORMAT,
  AssessmentSchema,
  CONFIDENCE_LEVELS,
  CURRENT_SCHEMA_VERSION,
  isIsoDate,
  LIMITS,
  LOCALES,
  PROPOSAL_KINDS,
  REPORT_PROFILES,
  safeHttpUrl,
  STAGES,
  TACTIC_KINDS,
  TACTIC_STATUSES,
  type Ally,
  type Ask,
  type Assessment,
  type Audience,
  type Brief,
  type Confidence,
  type Evidence,
  type ItemAnalysis,
  type KeyMessage,
  type Locale,
  type Milestone,
  type NextStep,
  type ProposalKind,
  type ReportProfile,
  type ShareEntry,
  type SmartGoal,
  type Source,
  type Stage,
  type Stakeholder,
  type Tactic,
} from './assessment/schema'
export {
  MAX_DEPTH,
  MAX_FILE_BYTES,
  parseAssessment,
  parseAssessmentText,
  type IssueCode,
  type ParseIssue,
  type ParseResult,
} from './assessment/parse'

/**
 * Making and changing documents: new documents and list entries, ids, the rules that keep a
 * document consistent, and the four steps' progress.
 */
export { copyAssessment, createAssessment } from './assessment/factories'
export { withKeptFields, type KeptField } from './assessment/keptFields'
export { keepUnknownFields, keptFieldPath, type UnknownFields } from './assessment/unknownFields'
export {
  createAlly,
  createAsk,
  createAudience,
  createEvidence,
  createKeyMessage,
  createMilestone,
  createNextStep,
  createPerson,
  createShareEntry,
  createSource,
  createStakeholder,
  createTactic,
} from './assessment/entries'
export { newId, todayIso } from './ids/newId'
export { normalizeAssessment, pruneMessageAudiences } from './assessment/normalize'
export {
  STEP_IDS,
  stepStatuses,
  type StepGap,
  type StepId,
  type StepStatus,
} from './assessment/steps'
export {
  byUpdatedDesc,
  readSummary,
  sameSummary,
  summarizeAssessment,
  summarizeLibrary,
  type AssessmentSummary,
} from './assessment/summary'

/** Scoring: the impact scale and the verdict rules. */
export {
  BENEFIT_LEVELS,
  HARM_LEVELS,
  IMPACT_LEVELS,
  isNegative,
  nearestLevel,
  RATING_CHOICES,
  type BenefitLevel,
  type HarmLevel,
  type Impact,
} from './scoring/scale'
export {
  decideVerdict,
  summarizeGroups,
  VERDICTS,
  type Verdict,
  type VerdictRule,
} from './scoring/verdict'

/**
 * Workshops: a room's ballots, taken in whatever order they come, each row's consensus and the
 * room's agreement (Krippendorff's alpha).
 */
export {
  CONSENSUS_RULE_BOUNDS,
  DEFAULT_CONSENSUS_RULE,
  measureConsensus,
  OFF_SCALE_ANSWERS,
  parseConsensusRule,
  SCALE_LEVELS,
  stepOf,
  WORKSHOP_RATINGS,
  type ConsensusRule,
  type ConsensusStatus,
  type RatingInput,
  type WorkshopRating,
} from './workshop/consensus'
export {
  ALPHA_MIN_RATERS,
  ALPHA_MIN_ROWS,
  ALPHA_THRESHOLDS,
  krippendorffAlpha,
  measureRoomAgreement,
  readAlpha,
  type AlphaMetric,
} from './workshop/alpha'
export {
  BALLOT_FORMAT,
  BALLOT_LIMITS,
  BALLOT_VERSION,
  ballotsOfRound,
  createBallot,
  mergeBallots,
  parseBallot,
  parseBallotText,
  type Ballot,
  type BallotFields,
  type BallotRefusal,
  type BallotRefusalReason,
  type MergeResult,
  type RowVote,
  type Workshop,
} from './workshop/ballot'
export { aggregate, rowsWithoutConsensus, type RowResult } from './workshop/aggregate'
export { wholeNumber } from './workshop/wholeNumber'
export { levelsOfMedian, ratingOfMedian } from './workshop/describe'

/** Strategy: SMART checks, message drafting, the timeline and what is coming up. */
export {
  checkSmartGoal,
  isSmart,
  type SmartCheck,
  type SmartCriterion,
  type SmartProblem,
} from './strategy/smart'
export { asFragment, asSentence, clipText, draftMessages } from './strategy/drafting'
export { decideDraftOutcome, type DraftOutcome } from './strategy/draftOutcome'
export { buildTimeline, type TimelineEntry } from './strategy/timeline'
export { orderOpenSteps } from './strategy/comingUp'

/** Dates as people read them. */
export { formatCalendarDay, type CalendarDayStyle } from './dates/formatCalendarDay'

/** The report: one model (`buildReport`) for every renderer, the chart's geometry, file names. */
export type {
  AnalysisBlock,
  AnalysisRow,
  Block,
  ChartBlock,
  ChartRow,
  FindingBlock,
  KeyValue,
  ReportModel,
  ReportSection,
  SourcesBlock,
  TableBlock,
  VerdictBlock,
} from './report/model'
export { buildReport } from './report/buildReport'
export { buildComparison, comparisonReport, rowChange } from './report/compare'
export { findUnprintable, type ScriptTag, type UnprintableText } from './report/printability'
export { draftBrief } from './report/briefDrafts'
export { verdictBlock, writeHeadline } from './report/findings'
export { PROFILE_SECTION_IDS, REPORT_SECTION_IDS } from './report/sections'
export {
  chartGeometry,
  estimateTextWidth,
  type ChartColor,
  type ChartGeometry,
  type ChartLine,
  type ChartRect,
  type ChartText,
} from './report/chartGeometry'
export { FALLBACK_FILE_BASE_NAME, safeFileBaseName } from './report/fileName'
export { paragraphDirection } from './report/direction'
export { CHART_COLOURS, VERDICT_COLOURS } from './report/palette'
export { QR_QUIET_ZONE, qrPath, qrSize, qrSvgFile, type QrMatrix } from './report/qrCode'
export { escapeXml } from './report/xml'
export {
  CARD_HEIGHT,
  CARD_WIDTH,
  buildSummaryCard,
  type MeasureText,
  type SummaryCard,
} from './report/summaryCard'
export { languageDirection, REPORT_GENERATOR, reportToMarkdown } from './report/markdown'

/** Built-in templates, loaded on demand. */
export { loadTemplate, loadTemplatePreviews, TEMPLATE_IDS } from './templates/templateIds'
export type { TemplatePreview } from './templates/templates'

/** The domain's words per locale, and issues put into words. */
export type { DomainTexts } from './texts/types'
export { coreTexts, domainTexts, loadDomainTexts } from './texts/texts'
export { describeFieldPath, describeIssue } from './texts/describeIssue'
export {
  addBallots,
  CHOSEN_RATINGS,
  createWorkshop,
  currentRound,
  invitationOf,
  lastRoundOfRow,
  parseWorkshop,
  resultOfRound,
  setRule,
  startNextRound,
  type ChosenRating,
  type RowDecision,
  type WorkshopSession,
} from './workshop/session'
export {
  ballotFromWire,
  ballotToWire,
  invitationFromWire,
  invitationToWire,
  type Invitation,
} from './workshop/wire'
export { adoptWorkshop, settledResults } from './workshop/adopt'
