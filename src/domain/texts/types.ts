/**
 * The words of the domain, per locale: the catalogue (written in our own words from ISOC's
 * material), the labels of every enumeration, the verdict sentences, the report's headings and
 * the messages of the checks. The domain produces codes; these texts put them into words, so the
 * screen, the PDF and every other renderer say the same thing.
 */
import type { GoalId, ItemId } from '../catalogue/ids'
import type {
  AllyKind,
  Confidence,
  Locale,
  ProposalKind,
  ReportProfile,
  Stage,
  TacticKind,
  TacticStatus,
} from '../assessment/schema'
import type { IssueCode } from '../assessment/parse'
import type { Impact } from '../scoring/scale'
import type { Verdict } from '../scoring/verdict'
import type { SmartCriterion, SmartProblem } from '../strategy/smart'
import type { StepGap, StepId } from '../assessment/steps'
import type { ReportSectionId } from '../report/sections'

export interface ItemTexts {
  /** Full name, e.g. "An Accessible Infrastructure with a Common Protocol". */
  name: string
  /** A short label for charts and tight tables. */
  short: string
  /** What it means, two to four sentences. */
  explanation: string
  guidingQuestions: string[]
  typicalThreats: string[]
}

export interface GoalTexts {
  name: string
  explanation: string
}

/** A sentence with {named} placeholders, filled by `fill`. */
export type Template = string

export interface DomainTexts {
  locale: Locale
  catalogue: {
    existTitle: string
    /** A short name for the five critical properties as one group, for charts and tables. */
    propertiesGroup: string
    existExplanation: string
    thriveTitle: string
    thriveExplanation: string
    goals: Record<GoalId, GoalTexts>
    items: Record<ItemId, ItemTexts>
  }
  impact: Record<Impact, string>
  /** What a choice nobody made prints as, e.g. "Not stated". */
  notStated: string
  confidence: Record<Confidence, string>
  proposalKind: Record<ProposalKind, string>
  stage: Record<Stage, string>
  tacticKind: Record<TacticKind, string>
  tacticStatus: Record<TacticStatus, string>
  allyKind: Record<AllyKind, string>
  verdict: {
    label: Record<Verdict, string>
    /** One sentence saying what the verdict means. */
    meaning: Record<Verdict, string>
  }
  steps: {
    name: Record<StepId, string>
    /** What the step is for, one sentence. */
    purpose: Record<StepId, string>
    gap: Record<StepGap, string>
  }
  smart: {
    criterion: Record<SmartCriterion, string>
    /** What each criterion asks, for the form's hint. */
    hint: Record<SmartCriterion, string>
    problem: Record<SmartProblem, string>
    met: string
  }
  drafting: {
    /** A key message drafted from one negative finding. */
    fromFinding: Template
    fromFindingNoEffect: Template
    /** Drafts of the brief's own texts, from the findings (src/domain/report/briefDrafts.ts). */
    brief: {
      /** {title}, {summary}: the abstract, what the proposal is (the cover prints the headline). */
      abstract: Template
      /** {item}, {impact}, {how}: one finding in the executive summary or a goal's conclusion. */
      finding: Template
      /** {item}, {impact}: the same without an explanation. */
      findingShort: Template
      /** {how}: what a mixed row helps. */
      benefit: Template
      /** A goal whose discussed enablers are not harmed. */
      goalNotHarmed: string
      /** {statement}: the author's goal, put to decision-makers. */
      recommend: Template
      /** When harm was found and no goal statement says what to do. */
      recommendDefault: string
    }
  }
  timeline: {
    published: string
    consultationCloses: string
    vote: string
    inForce: string
    goalDeadline: string
    tacticDue: Template
    nextStep: Template
  }
  report: {
    untitled: string
    generatedOn: Template
    page: Template
    sections: Record<ReportSectionId, string>
    methodText: string
    labels: Record<ReportLabel, string>
    none: string
    yes: string
    dependsOnImplementation: string
    /** The summary card's own words: its messages heading, its chart title, its foot. */
    card: { messages: string; chart: string; madeWith: string; link: string }
    /** A comparison of two assessments (issue 11, compare.ts). */
    compare: {
      /** {first} {second}: the two titles. */
      title: Template
      /** {first} {second}: the two sides' labels; says how a change is read. */
      intro: Template
      /** The sides' names when both documents have the same title. */
      first: string
      second: string
      sections: { summary: string; properties: string; enablers: string }
      /** The tables' captions, unlike the sections' titles (each names a region on screen). */
      captions: { properties: string; enablers: string }
      /** {side} {title} */
      side: Template
      /** {moved} {total} {worse} {better} {other} */
      summary: Template
      noChange: string
      noneRated: string
      columns: { row: string; change: string }
      /** {steps} for better and worse. */
      change: { same: string; better: Template; worse: Template; changed: string }
      /** {row} {rating} */
      rowSame: Template
      /** {row} {from} {to} */
      rowMoved: Template
      /** {side} {text} */
      reasons: Template
      noReasons: string
      /** {items}: the rows rated and explained the same way on both sides. */
      alike: Template
      /** {items}: the rows neither side has assessed yet. */
      neither: Template
      /** Added to the file name: "…-comparison.pdf". */
      fileSuffix: string
    }
    /** The report's Workshop appendix and what adopting a workshop writes (issue 11). */
    workshop: {
      heading: string
      /** {participants} {rounds} {date} */
      held: Template
      /** {iqr} {agreement} {tail} */
      rule: Template
      /** {alpha} {reading} */
      alpha: Template
      alphaReading: Record<'reliable' | 'tentative' | 'not-reliable', string>
      noAlpha: string
      /** The caption of the table of rows. */
      caption: string
      columns: {
        row: string
        median: string
        iqr: string
        agreement: string
        distribution: string
        settled: string
      }
      /** {low} {high}: a median between two steps. */
      between: Template
      status: Record<'unrated' | 'split' | 'consensus' | 'leaning' | 'none', string>
      decision: Record<'consensus' | 'chosen' | 'kept', string>
      dissentHeading: string
      /** {row} {rating} {reason}, or with {name} */
      dissent: Template
      dissentNamed: Template
      /** {title}: the adopted assessment's title. */
      adoptedTitle: Template
      /** {round} {rating} {reason}, or with {name}: an evidence note from a participant's reason. */
      evidence: Template
      evidenceNamed: Template
    }
  }
  reportParts: ReportPartsTexts
  findings: FindingsTexts
  issues: Record<IssueCode, Template>
  /** Words for issue paths that are not field names. */
  issuePath: {
    /** Stands for the whole document when an issue has an empty path. */
    document: string
    /** A position in a list; receives {number}, counted from 1. */
    listItem: Template
  }
  /** Field names for issue paths, e.g. { flag: 'Flag', sources: 'sources' }. */
  fieldNames: Record<string, string>
}

/**
 * The words of the two documents a report can be (the public Internet Impact Brief and the
 * internal advocacy plan) and of the brief's cover and findings.
 */
export interface ReportPartsTexts {
  /** The document title per profile; {title} is the proposal's. */
  title: Record<ReportProfile, Template>
  /**
   * Added to the PDF file's name to say which document it is, e.g. "Internet-Impact-Brief"; the
   * complete report keeps the proposal's name alone.
   */
  fileSuffix: Record<Exclude<ReportProfile, 'complete'>, string>
  /** The cover's date when the brief is published: {date}. */
  published: Template
  /** The cover's version: {version}. */
  version: Template
  authors: string
  contributors: string
  /** A person with an affiliation: {name}, {affiliation}. */
  person: Template
  /** Cover foot lines: {licence}, {contact}. */
  licence: Template
  contact: Template
  /** Labels of the parts of one finding (a property or enabler the proposal affects). */
  howAffected: string
  howHarms: string
  howHelps: string
  effectOnPeople: string
  evidence: string
  /** The finding's confidence: {level}. */
  confidence: Template
  /** The rows rated "no impact", said once: {items}. */
  noImpact: Template
  /** The rows the brief leaves out, said once in the methodology: {items}. */
  notDiscussed: Template
  /** What an appendix table row says about a mixed row's benefit: {how}. */
  benefit: Template
  /** The appendix's lead sentence. */
  appendixIntro: string
}

/**
 * The forms of a sentence with a {count}, one per CLDR plural category, chosen with
 * Intl.PluralRules: 'one' and 'other' always, and the categories a language has beyond them
 * (Arabic: zero, two, few, many); a category without its own form reads 'other'.
 */
export interface PluralTemplate {
  zero?: Template
  one: Template
  two?: Template
  few?: Template
  many?: Template
  other: Template
}

/** A sentence per number of goals, 1 to 4, so "one goal" and "all four goals" read naturally. */
export type GoalCountTemplates = Record<1 | 2 | 3 | 4, Template>

/**
 * The words of the findings: the headline, the verdict's reasons and the group summaries
 * (DESIGN.md §4). Placeholders: {count} a number, {items} a list of names, {goal} a goal's name,
 * {harm} and {benefit} levels, {first} and {second} clauses, {unclear} and {notAssessed} labels.
 */
export interface FindingsTexts {
  headline: {
    /** e.g. "undermines {count} of the 5 critical properties ({items})" (1 to 4 of them). */
    propertiesHarmed: Template
    allPropertiesHarmed: string
    propertiesHelped: Template
    allPropertiesHelped: string
    /** Every critical property rated "no impact". */
    propertiesUnaffected: string
    /** Some properties "no impact", the others not discussed (or open): nothing more is claimed. */
    propertiesUnaffectedDiscussed: string
    /** No property rated: the brief leaves them out. */
    propertiesNotDiscussed: string
    propertiesOpen: string
    goalsHarmed: GoalCountTemplates
    goalsHelped: GoalCountTemplates
    goalsUnaffected: string
    goalsUnaffectedDiscussed: string
    goalsNotDiscussed: string
    goalsOpen: string
    /** Joins two clauses that point the same way ("… and harms …"). */
    and: Template
    /** Joins two clauses that do not ("No critical property is affected; harms …"). */
    then: Template
    nothingRated: string
  }
  /** Provisional note: {count} rows still open, named by their labels {unclear}, {notAssessed}. */
  provisional: PluralTemplate
  propertiesHarmed: Template
  goalHarmed: Template
  helped: Template
  /** An item and its rating, e.g. "{item} ({rating})". */
  rated: Template
  /** A mixed row's rating in words: {harm} and {benefit}. */
  mixed: Template
  chart: {
    title: string
    caption: string
    /** The caption of the table of counts beside the chart. */
    tableCaption: string
    /** Legend and column of the worst rating (the bar to the left). */
    worst: string
    /** Legend and column of the strongest benefit (the bar to the right). */
    best: string
    notRated: string
    harmed: string
    none: string
    helped: string
    notDiscussed: string
    open: string
    /** The harmed count with how many of them are mixed: {count} harmed, {mixed}. */
    harmedWithMixed: PluralTemplate
  }
}

export type ReportLabel =
  | 'kind'
  | 'jurisdiction'
  | 'proposer'
  | 'stage'
  | 'published'
  | 'consultationCloses'
  | 'vote'
  | 'inForce'
  | 'authors'
  | 'stakeholders'
  | 'item'
  | 'impact'
  | 'howAffected'
  | 'effectOnPeople'
  | 'evidence'
  | 'confidence'
  | 'goal'
  | 'deadline'
  | 'audiences'
  | 'audience'
  | 'why'
  | 'ask'
  | 'messages'
  | 'tactics'
  | 'owner'
  | 'due'
  | 'status'
  | 'timeline'
  | 'date'
  | 'event'
  | 'allies'
  | 'role'
  | 'contact'
  | 'coalition'
  | 'asks'
  | 'to'
  | 'nextSteps'
  | 'who'
  | 'what'
  | 'when'
  | 'join'
  | 'chapter'
  | 'notes'
  | 'accessed'
  | 'url'
  | 'group'
  | 'worst'

/** The parts of the texts that only the assessment screens and the report need. */
export type GuidanceKey =
  | 'catalogue'
  | 'smart'
  | 'drafting'
  | 'timeline'
  | 'report'
  | 'reportParts'
  | 'findings'
  | 'issues'
  | 'issuePath'
  | 'fieldNames'
  | 'confidence'
  | 'tacticKind'
  | 'tacticStatus'
  | 'allyKind'
export type GuidanceTexts = Pick<DomainTexts, GuidanceKey>
/** The parts every screen needs (enum labels, verdicts, step names). */
export type CoreTexts = Omit<DomainTexts, GuidanceKey>

/** Fills {name} placeholders; unknown names are left as they are. */
export function fill(template: Template, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
}

/** The label of a choice, or the words for "not stated" when nobody made it. */
export function choiceLabel<K extends string>(
  texts: { notStated: string },
  labels: Readonly<Record<K, string>>,
  value: K | null,
): string {
  return value === null ? texts.notStated : labels[value]
}
