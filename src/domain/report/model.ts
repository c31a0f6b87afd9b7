/**
 * The ReportModel: a serialisable tree of semantic blocks with final text and final numbers and
 * no layout (DESIGN.md §1.2). The screen preview, the PDF and any later exporter switch over
 * `Block['kind']` with an exhaustiveness check and never compute a statistic of their own.
 */
import type { GroupCounts, GroupId, Verdict } from '../scoring/verdict'
import type { Impact } from '../scoring/scale'
import type { ItemId } from '../catalogue/ids'
import type { Locale, ReportProfile } from '../assessment/schema'
import type { ReportSectionId } from './sections'

export interface ReportModel {
  meta: {
    title: string
    locale: Locale
    /** Which document this is: the public brief, the internal plan, both, or a comparison of two. */
    profile: ReportProfile | 'comparison'
    /** ISO timestamp of generation and its localised form. */
    generatedAt: string
    generatedOn: string
    /** A safe file name without extension, derived from the title. */
    fileBaseName: string
    subject: string
    keywords: string[]
    authors: string[]
    /** Running footer text, e.g. "Page {page} of {pages}" as a template. */
    pageTemplate: string
  }
  cover: {
    title: string
    /** Kind, jurisdiction and stage of the proposal, e.g. "Legislation · European Union". */
    subtitle: string
    /**
     * The publication date, or the generation date said as such, and the version, e.g.
     * "Published 18 February 2022 · Version 1.2".
     */
    dateLine: string
    /** The headline finding: how many critical properties are undermined, which goals harmed. */
    headline: string
    /** The abstract's paragraphs. */
    abstract: string[]
    /** Authors and contributors with their affiliations, and who proposed the measure. */
    facts: KeyValue[]
    /** Small print for the foot of the cover: licence, contact, and when the file was made. */
    footnotes: string[]
  }
  sections: ReportSection[]
}

export interface ReportSection {
  id: ReportSectionId
  title: string
  blocks: Block[]
}

export interface KeyValue {
  label: string
  value: string
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; items: KeyValue[] }
  | { kind: 'list'; items: string[] }
  | FindingBlock
  | VerdictBlock
  | ChartBlock
  | AnalysisBlock
  | TableBlock
  | SourcesBlock

export interface VerdictBlock {
  kind: 'verdict'
  verdict: Verdict
  /** The verdict in words, its strength included, e.g. "Seriously undermines what …". */
  label: string
  /** The headline finding, the same sentence as the cover's. */
  headline: string
  meaning: string
  provisional: boolean
  /** How many rows are still open and where to find them; '' when none is. */
  provisionalNote: string
  /** Sentences naming the properties undermined, the goals harmed and what is strengthened. */
  reasons: string[]
}

/** One group of the chart: the critical properties, or the enablers of one goal. */
export interface ChartRow {
  group: GroupId
  label: string
  /** Worst rating on −3…+3 (a mixed row counts with its harm); null when nothing is rated. */
  worst: number | null
  /** Strongest benefit on 1…3, a mixed row's benefit included; null when nothing helps. */
  best: number | null
  /** The same numbers in words, e.g. "−3 (strongly negative)"; bestText '' without a benefit. */
  worstText: string
  bestText: string
  /** How many rows are harmed (of them mixed), unaffected, helped, not discussed, still open. */
  counts: GroupCounts
  rated: number
  total: number
}

/** The chart of the groups: the worst rating and the strongest benefit of each, as bars. */
export interface ChartBlock {
  kind: 'chart'
  title: string
  caption: string
  worstLabel: string
  bestLabel: string
  min: number
  max: number
  /** Tick values with their words, from min to max. */
  ticks: { value: number; label: string }[]
  rows: ChartRow[]
}

/**
 * One property or enabler the proposal affects, as a brief discusses it: its name and rating,
 * then how it is affected and why, each part with its label.
 */
export interface FindingBlock {
  kind: 'finding'
  id: ItemId
  name: string
  impact: Impact
  /** The rating in words, e.g. "Negative (depends on implementation)". */
  impactText: string
  /** The signed value the colour cue reads (a mixed row's harm); null without a direction. */
  value: number | null
  /** e.g. "Confidence: high", or '' when not stated. */
  confidence: string
  /** Labelled texts in reading order; parts with nothing written are left out. */
  parts: { label: string; paragraphs: string[] }[]
}

export interface AnalysisRow {
  id: ItemId
  name: string
  impact: Impact
  impactText: string
  value: number | null
  dependsOnImplementation: boolean
  howAffected: string
  effectOnPeople: string
}

/**
 * One group of the preliminary-analysis table in ISOC's four columns (the evidence and the
 * confidence are with each finding in the brief's body).
 */
export interface AnalysisBlock {
  kind: 'analysis'
  /** A group heading: "Critical properties" or a goal's name. */
  title: string
  columns: {
    item: string
    impact: string
    howAffected: string
    effectOnPeople: string
  }
  rows: AnalysisRow[]
}

export interface TableBlock {
  kind: 'table'
  caption: string
  columns: string[]
  rows: string[][]
}

export interface SourcesBlock {
  kind: 'sources'
  items: {
    number: number
    title: string
    url: string
    link: string | null
    /** Final text, e.g. "Accessed 15 December 2025", or '' when unknown. */
    accessed: string
  }[]
}
