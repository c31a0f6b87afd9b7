/**
 * The verdict: which of the Internet's needs are at stake and why (DESIGN.md §4). The critical
 * properties are what the Internet needs to exist: harm to any of them, however slight, is harm
 * to its foundation, and the strength only changes the wording ("undermines", "seriously
 * undermines"). The enablers are what it needs to thrive, grouped by their four goals: harm to an
 * enabler harms its goal. The rules are data, read top to bottom; the first that matches decides,
 * and the items that made it match are the reasons.
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
import {
  IMPACT_VALUE,
  isOpen,
  nearestLevel,
  type BenefitLevel,
  type HarmLevel,
  type Impact,
} from './scale'

export const VERDICTS = [
  'seriously-undermines',
  'undermines',
  'seriously-harms',
  'harms',
  'supports',
  'no-significant-impact',
  'not-assessed',
] as const
export type Verdict = (typeof VERDICTS)[number]

/**
 * One condition: some item of the scope counts within [min, max] on the −3…+3 scale (a mixed
 * row counts with its harm).
 */
export interface VerdictCondition {
  scope: 'property' | 'enabler'
  min: number
  max: number
}

/** A verdict and the conditions that lead to it. */
export interface VerdictRule {
  verdict: Verdict
  /** The rule matches when any condition matches. */
  anyOf: VerdictCondition[]
}

/** The rule set of DESIGN.md §4, as data. */
const VERDICT_RULES: readonly VerdictRule[] = [
  { verdict: 'seriously-undermines', anyOf: [{ scope: 'property', min: -3, max: -2 }] },
  { verdict: 'undermines', anyOf: [{ scope: 'property', min: -1, max: -1 }] },
  { verdict: 'seriously-harms', anyOf: [{ scope: 'enabler', min: -3, max: -2 }] },
  { verdict: 'harms', anyOf: [{ scope: 'enabler', min: -1, max: -1 }] },
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

/** What the verdict reads of one analysis row. */
export interface AnalysisRowRating {
  impact: Impact
  mixed: { harm: HarmLevel; benefit: BenefitLevel }
}

/** The analysis as the verdict reads it: one rating per catalogue item. */
export type RatedAnalysis = Readonly<Record<ItemId, AnalysisRowRating>>

/** One row as it counts: its rating, and for a mixed row the harm it counts with and its benefit. */
export interface RatedItem {
  id: ItemId
  impact: Impact
  /** The level the row counts with: its rating, or a mixed row's harm. */
  level: Impact
  /** The signed value of `level`, or null for rows without a direction. */
  value: number | null
  /** A mixed row's benefit, reported beside its harm; null for every other row. */
  benefit: BenefitLevel | null
}

/** How a row counts in the verdict and the group summaries. */
export type RowState = 'harmed' | 'none' | 'helped' | 'not-discussed' | 'open'

/** Reads one row: a mixed row counts with its harm and keeps its benefit. */
export function rateItem(id: ItemId, row: AnalysisRowRating): RatedItem {
  const level = row.impact === 'mixed' ? row.mixed.harm : row.impact
  return {
    id,
    impact: row.impact,
    level,
    value: IMPACT_VALUE[level],
    benefit: row.impact === 'mixed' ? row.mixed.benefit : null,
  }
}

/** Whether a row is harmed, unaffected, helped, left out of the assessment or still open. */
export function rowState(item: RatedItem): RowState {
  if (item.impact === 'not-discussed') return 'not-discussed'
  if (isOpen(item.impact) || item.value === null) return 'open'
  return item.value < 0 ? 'harmed' : item.value > 0 ? 'helped' : 'none'
}

/** The enablers of one goal that the proposal harms, worst first. */
export interface HarmedGoal {
  goal: GoalId
  items: RatedItem[]
}

/** What the verdict decided, and every list a report needs to explain it. */
export interface VerdictResult {
  verdict: Verdict
  /** True while any row is unclear or not yet assessed ("not discussed" rows never count). */
  provisional: boolean
  /** The items that made the deciding rule match, worst first (best first for "supports"). */
  because: RatedItem[]
  /** Critical properties harmed, mixed ones included, worst first. */
  harmedProperties: RatedItem[]
  /** The goals with at least one harmed enabler, in catalogue order. */
  harmedGoals: HarmedGoal[]
  /** Rows rated positive, best first (a mixed row's benefit is reported with its harm). */
  helped: RatedItem[]
  unclear: ItemId[]
  notAssessed: ItemId[]
  /** Rows the assessment leaves out; listed once in the method, never in the verdict. */
  notDiscussed: ItemId[]
}

const scopeIds = { property: PROPERTY_IDS, enabler: ENABLER_IDS } as const

function worstFirst(a: RatedItem, b: RatedItem): number {
  return (a.value ?? 0) - (b.value ?? 0)
}

function rateAll(analysis: RatedAnalysis, ids: readonly ItemId[]): RatedItem[] {
  return ids.map((id) => rateItem(id, analysis[id]))
}

/** Applies the verdict rules to an analysis. */
export function decideVerdict(
  analysis: RatedAnalysis,
  rules: readonly VerdictRule[] = VERDICT_RULES,
): VerdictResult {
  const all = rateAll(analysis, ITEM_IDS)
  const withImpact = (impact: Impact) => all.filter((r) => r.impact === impact).map((r) => r.id)
  const harmed = (items: RatedItem[]) =>
    items.filter((r) => rowState(r) === 'harmed').sort(worstFirst)
  const unclear = withImpact('unclear')
  const notAssessed = withImpact('not-assessed')
  const lists = {
    provisional: unclear.length + notAssessed.length > 0,
    harmedProperties: harmed(rateAll(analysis, PROPERTY_IDS)),
    harmedGoals: GOAL_IDS.map((goal) => ({
      goal,
      items: harmed(rateAll(analysis, ENABLERS_BY_GOAL[goal])),
    })).filter((g) => g.items.length > 0),
    helped: all.filter((r) => rowState(r) === 'helped').sort((a, b) => worstFirst(b, a)),
    unclear,
    notAssessed,
    notDiscussed: withImpact('not-discussed'),
  }

  for (const rule of rules) {
    const because = rule.anyOf
      .flatMap((c) =>
        rateAll(analysis, scopeIds[c.scope]).filter(
          (r) => r.value !== null && r.value >= c.min && r.value <= c.max,
        ),
      )
      .sort(worstFirst)
    if (because.length === 0) continue
    return {
      verdict: rule.verdict,
      because: rule.verdict === 'supports' ? because.reverse() : because,
      ...lists,
    }
  }
  return { verdict: 'not-assessed', because: [], ...lists, provisional: true }
}

/** A group of rows summarised together: the five properties, or the enablers of one goal. */
export type GroupId = 'properties' | GoalId
const GROUP_IDS: readonly GroupId[] = ['properties', ...GOAL_IDS]

/** The rows of a group, in catalogue order. */
function groupItems(group: GroupId): readonly ItemId[] {
  return group === 'properties' ? PROPERTY_IDS : ENABLERS_BY_GOAL[group]
}

/** How many rows of a group are in each state; `mixed` counts the harmed rows that also help. */
export interface GroupCounts {
  harmed: number
  mixed: number
  none: number
  helped: number
  notDiscussed: number
  open: number
}

/** One group at a glance (DESIGN.md §4): its counts and its worst rating, never a mean. */
export interface GroupSummary {
  group: GroupId
  counts: GroupCounts
  /** Worst signed value among rated rows (a mixed row counts with its harm), or null. */
  worst: number | null
  worstLevel: Impact | null
  /** Strongest benefit, a mixed row's benefit included, or null when nothing helps. */
  best: number | null
  bestLevel: Impact | null
  /** Rows rated on the scale (harmed, no impact or helped). */
  rated: number
  total: number
}

/**
 * Counts and the worst rating per group, for the chart and the tables. A group is never
 * labelled milder than its worst row, so no mean is computed (ISOC does not average properties).
 */
export function summarizeGroups(analysis: RatedAnalysis): GroupSummary[] {
  return GROUP_IDS.map((group) => {
    const items = rateAll(analysis, groupItems(group))
    const count = (state: RowState) => items.filter((r) => rowState(r) === state).length
    const values = items.flatMap((r) => (r.value === null ? [] : [r.value]))
    const benefits = items.flatMap((r) => {
      const v = r.benefit === null ? r.value : IMPACT_VALUE[r.benefit]
      return v !== null && v > 0 ? [v] : []
    })
    const worst = values.length ? Math.min(...values) : null
    const best = benefits.length ? Math.max(...benefits) : null
    return {
      group,
      counts: {
        harmed: count('harmed'),
        mixed: items.filter((r) => r.impact === 'mixed').length,
        none: count('none'),
        helped: count('helped'),
        notDiscussed: count('not-discussed'),
        open: count('open'),
      },
      worst,
      worstLevel: worst === null ? null : nearestLevel(worst),
      best,
      bestLevel: best === null ? null : nearestLevel(best),
      rated: values.length,
      total: items.length,
    }
  })
}
