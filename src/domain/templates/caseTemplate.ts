/**
 * Templates from real cases (reference §8): each is plain data, a proposal's Flag facts, its
 * public sources and only the rows that the public record rates. Every other row is "not
 * discussed", and the strategy and together steps stay empty for the person to plan.
 */
import type { ItemId } from '../catalogue/ids'
import { ITEM_IDS } from '../catalogue/ids'
import type {
  Assessment,
  Confidence,
  Flag,
  ItemAnalysis,
  Locale,
  ProposalKind,
  Stage,
} from '../assessment/schema'
import type { Impact } from '../scoring/scale'
import { createAssessment } from '../assessment/factories'
import { UNSET_MIXED } from '../assessment/versions/v2'

/** A public source of a case: a title, and a web address only when the record gives one. */
export interface CaseSource {
  /** Short key, unique within the case; the document's source id is `src-<key>`. */
  key: string
  title: string
  /** The address as the reference lists it, or '' when it lists none. */
  url: string
}

/** A row that the public record rates, in our own words, backed by the case's sources. */
export interface CaseRow {
  impact: Exclude<Impact, 'not-discussed' | 'not-assessed' | 'mixed'>
  confidence: Confidence
  howAffected: string
  effectOnPeople: string
  /** Pairs of a source key and what that source says about this row. */
  evidence: readonly (readonly [string, string])[]
}

/** A built-in template from a real case, as data. */
export interface CaseTemplate {
  id: string
  flag: {
    title: string
    kind: ProposalKind | null
    jurisdiction: string
    proposer: string
    stage: Stage | null
    dates?: Partial<Flag['dates']>
    summary: string
  }
  sources: readonly CaseSource[]
  /** The rows the record rates; all others become "not discussed". */
  rows: Partial<Readonly<Record<ItemId, CaseRow>>>
}

/** The document id of a case source. */
function sourceId(key: string): string {
  return `src-${key}`
}

function toRow(id: ItemId, row: CaseRow): ItemAnalysis {
  return {
    impact: row.impact,
    dependsOnImplementation: false,
    howAffected: row.howAffected,
    effectOnPeople: row.effectOnPeople,
    evidence: row.evidence.map(([key, note]) => ({
      // Row number rather than row id, so that ids stay within the schema's 64 characters.
      id: `ev-${ITEM_IDS.indexOf(id) + 1}-${key}`,
      sourceId: sourceId(key),
      note,
    })),
    confidence: row.confidence,
    mixed: { ...UNSET_MIXED },
  }
}

/** Builds a fresh document from a case: its facts and rated rows, every other row not discussed. */
export function createFromCase(
  data: CaseTemplate,
  options: { id: string; now: Date; locale: Locale },
): Assessment {
  const doc = createAssessment(options)
  const analysis = Object.fromEntries(
    ITEM_IDS.map((id) => {
      const rated = data.rows[id]
      const blank = doc.analysis[id]
      return [id, rated ? toRow(id, rated) : { ...blank, impact: 'not-discussed' }]
    }),
  ) as Record<ItemId, ItemAnalysis>
  return {
    ...doc,
    templateId: data.id,
    flag: {
      ...doc.flag,
      title: data.flag.title,
      kind: data.flag.kind,
      jurisdiction: data.flag.jurisdiction,
      proposer: data.flag.proposer,
      stage: data.flag.stage,
      dates: { ...doc.flag.dates, ...data.flag.dates },
      summary: data.flag.summary,
      sources: data.sources.map((s) => ({
        id: sourceId(s.key),
        title: s.title,
        url: s.url,
        accessed: '',
      })),
    },
    analysis,
  }
}
