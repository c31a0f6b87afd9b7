/**
 * The impact scale of the preliminary analysis. ISOC's table combines presence, direction and
 * strength in one judgement ("Yes, strongly negative"); we read it as seven signed steps on
 * −3…+3, plus "mixed" (harmful in one way and helpful in another: the row records both
 * strengths), "unclear" (a legitimate answer when impact depends on context), "not discussed"
 * (a brief discusses only what is affected; the author chose to leave the row out) and
 * "not yet assessed" (the row is still empty).
 */
export const IMPACT_LEVELS = [
  'strongly-negative',
  'negative',
  'slightly-negative',
  'none',
  'slightly-positive',
  'positive',
  'strongly-positive',
  'mixed',
  'unclear',
  'not-discussed',
  'not-assessed',
] as const

/** The strengths of harm a mixed row can record, strongest first. */
export const HARM_LEVELS = ['strongly-negative', 'negative', 'slightly-negative'] as const
/** The strengths of benefit a mixed row can record, weakest first. */
export const BENEFIT_LEVELS = ['slightly-positive', 'positive', 'strongly-positive'] as const
export type HarmLevel = (typeof HARM_LEVELS)[number]
export type BenefitLevel = (typeof BENEFIT_LEVELS)[number]

export type Impact = (typeof IMPACT_LEVELS)[number]
/** The levels a person picks in the form, in display order (not-assessed is the empty state). */
export const RATING_CHOICES = IMPACT_LEVELS.filter((l) => l !== 'not-assessed')

/**
 * Signed value of each rated level on the −3…+3 scale; the unrated states have none, and a mixed
 * row's value is its harm (see rowValue).
 */
export const IMPACT_VALUE: Readonly<Record<Impact, number | null>> = {
  'strongly-negative': -3,
  negative: -2,
  'slightly-negative': -1,
  none: 0,
  'slightly-positive': 1,
  positive: 2,
  'strongly-positive': 3,
  mixed: null,
  unclear: null,
  'not-discussed': null,
  'not-assessed': null,
}

/** The ends of the scale, for charts and means. */
export const SCALE_MIN = -3
export const SCALE_MAX = 3

/** Whether a rating says the item is harmed (any strength; a mixed row is harmed too). */
export function isNegative(impact: Impact): boolean {
  if (impact === 'mixed') return true
  const v = IMPACT_VALUE[impact]
  return v !== null && v < 0
}

/** Whether a rating still needs work before the verdict is final ("not discussed" does not). */
export function isOpen(impact: Impact): boolean {
  return impact === 'unclear' || impact === 'not-assessed'
}

/** What rowValue reads of an analysis row. */
export interface RatedRow {
  impact: Impact
  mixed: { harm: HarmLevel; benefit: BenefitLevel }
}

/** The signed value a row counts with: its level's, or for a mixed row its harm's; else null. */
export function rowValue(row: RatedRow): number | null {
  return row.impact === 'mixed' ? IMPACT_VALUE[row.mixed.harm] : IMPACT_VALUE[row.impact]
}

/**
 * The rated level nearest to a signed mean, so a number is always shown with words. Halves
 * round away from zero, so −2.5 and +2.5 read as equally strong.
 */
export function nearestLevel(value: number): Impact {
  const away = Math.sign(value) * Math.round(Math.abs(value))
  const rounded = Math.max(SCALE_MIN, Math.min(SCALE_MAX, away))
  const level = IMPACT_LEVELS.find((l) => IMPACT_VALUE[l] === rounded)
  return level ?? 'none'
}
