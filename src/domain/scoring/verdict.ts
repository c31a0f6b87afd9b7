/**
 * The verdict: which of the Internet's needs are at stake and why (DESIGN.md §4). Critical
 * properties are what the Internet needs to exist, enablers what it needs to thrive (ISOC), so
 * harm to a property weighs more than the same harm to an enabler. The rules are data, read top
 * to bottom; the first that matches decides, and the items that made it match are the reasons.
 */
import {
  ENABLER_IDS,
  ENABLERS_BY_GOAL,
  GOAL_IDS,
  ITEM_IDS,
  PROPERTY_IDS,
  type GoalId,
  type ItemId,
} from '../catalogue/ids'
import type { Assessment } from '../assessment/schema'
import { IMPACT_VALUE, isOpen, nearestLevel, type Impact } from './scale'

export const VERDICTS = [
  'threatens-foundation',
  'weakens',
  'minor-concerns',
  'supports',
  'no-significant-impact',
  'not-assessed',
] as const
export type Verdict = (typeof VERDICTS)[number]

/** One condition: some item of the scope rated within [min, max] on the −3…+3 scale. */
export interface VerdictCondition {
  scope: 'property' | 'enabler'
  min: number
  max: number
}

export interface VerdictRule {
  verdict: Verdict
  /** The rule matches when any condition matches. */
  anyOf: VerdictCondition[]
}

/** The rule set of DESIGN.md §4, as data. */
const VERDICT_RULES: readonly VerdictRule[] = [
  { verdict: 'threatens-foundation', anyOf: [{ scope: 'property', min: -3, max: -2 }] },
  {
    verdict: 'weakens',
    anyOf: [
      { scope: 'property', min: -1, max: -1 },
      { scope: 'enabler', min: -3, max: -2 },
    ],
  },
  { verdict: 'minor-concerns', anyOf: [{ scope: 'enabler', min: -1, max: -1 }] },
  {
    verdict: 'supports',
    anyOf: [
      { scope: 'property', min: 1, max: 3 },
      { scope: 'enabler', min: 1, max: 3 },
    ],
  },
  {
    verdict: 'no-significant-impact',
    anyOf: [
      { scope: 'property', min: 0, max: 0 },
      { scope: 'enabler', min: 0, max: 0 },
    ],
  },
]

export interface RatedItem {
  id: ItemId
  impact: Impact
}

export interface VerdictResult {
  verdict: Verdict
  /** True while any item is unclear or not yet assessed. */
  provisional: boolean
  /** The items that made the deciding rule match, worst first. */
  because: RatedItem[]
  /** Items also harmed but below the deciding rule (e.g. enablers when a property decides). */
  alsoHarmed: RatedItem[]
  /** Items rated positive: a proposal can help in one way and hurt in another. */
  supports: RatedItem[]
  unclear: ItemId[]
  notAssessed: ItemId[]
}

const scopeIds = { property: PROPERTY_IDS, enabler: ENABLER_IDS } as const

function byValue(a: RatedItem, b: RatedItem): number {
  return (IMPACT_VALUE[a.impact] ?? 0) - (IMPACT_VALUE[b.impact] ?? 0)
}

/** Applies the verdict rules to an analysis. */
export function decideVerdict(
  analysis: Assessment['analysis'],
  rules: readonly VerdictRule[] = VERDICT_RULES,
): VerdictResult {
  const rated = (ids: readonly ItemId[]) => ids.map((id) => ({ id, impact: analysis[id].impact }))
  const unclear = ITEM_IDS.filter((id) => analysis[id].impact === 'unclear')
  const notAssessed = ITEM_IDS.filter((id) => analysis[id].impact === 'not-assessed')
  const all = rated(ITEM_IDS)
  const supports = all
    .filter((r) => (IMPACT_VALUE[r.impact] ?? 0) > 0)
    .sort((a, b) => -byValue(a, b))
  const provisional = unclear.length + notAssessed.length > 0

  for (const rule of rules) {
    const because = rule.anyOf
      .flatMap((c) =>
        rated(scopeIds[c.scope]).filter((r) => {
          const v = IMPACT_VALUE[r.impact]
          return v !== null && v >= c.min && v <= c.max
        }),
      )
      .sort(byValue)
    if (because.length === 0) continue
    const decided = new Set(because.map((b) => b.id))
    const alsoHarmed = all
      .filter((r) => !decided.has(r.id) && (IMPACT_VALUE[r.impact] ?? 0) < 0)
      .sort(byValue)
    return {
      verdict: rule.verdict,
      provisional,
      because: rule.verdict === 'supports' ? [...because].sort((a, b) => -byValue(a, b)) : because,
      alsoHarmed,
      supports: rule.verdict === 'supports' ? [] : supports,
      unclear,
      notAssessed,
    }
  }
  return {
    verdict: 'not-assessed',
    provisional: true,
    because: [],
    alsoHarmed: [],
    supports,
    unclear,
    notAssessed,
  }
}

/** A group of rows summarised together: the five properties, or the enablers of one goal. */
export type GroupId = 'properties' | GoalId
const GROUP_IDS: readonly GroupId[] = ['properties', ...GOAL_IDS]

function groupItems(group: GroupId): readonly ItemId[] {
  return group === 'properties' ? PROPERTY_IDS : ENABLERS_BY_GOAL[group]
}

export interface GroupSummary {
  group: GroupId
  /** Worst signed rating among rated rows, or null if none is rated. */
  worst: number | null
  worstLevel: Impact | null
  /** Signed mean of rated rows (none counts as 0), or null if none is rated. */
  mean: number | null
  meanLevel: Impact | null
  rated: number
  open: number
  total: number
}

/** Worst rating and signed mean per group, on the −3…+3 scale, for the chart and the tables. */
export function summarizeGroups(analysis: Assessment['analysis']): GroupSummary[] {
  return GROUP_IDS.map((group) => {
    const ids = groupItems(group)
    const values = ids
      .map((id) => IMPACT_VALUE[analysis[id].impact])
      .filter((v): v is number => v !== null)
    const worst = values.length ? Math.min(...values) : null
    const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
    return {
      group,
      worst,
      worstLevel: worst === null ? null : nearestLevel(worst),
      mean: mean === null ? null : Math.round(mean * 100) / 100,
      meanLevel: mean === null ? null : nearestLevel(mean),
      rated: values.length,
      open: ids.filter((id) => isOpen(analysis[id].impact)).length,
      total: ids.length,
    }
  })
}
