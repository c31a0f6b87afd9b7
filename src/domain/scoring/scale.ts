/**
 * The impact scale of the preliminary analysis. ISOC's table combines presence, direction and
 * strength in one judgement ("Yes, strongly negative"); we read it as seven signed steps on
 * −3…+3, plus "unclear" (a legitimate answer when impact depends on context) and
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
  'unclear',
  'not-assessed',
] as const

export type Impact = (typeof IMPACT_LEVELS)[number]
/** The levels a person picks in the form, in display order (not-assessed is the empty state). */
export const RATING_CHOICES = IMPACT_LEVELS.filter((l) => l !== 'not-assessed')

/** Signed value of each rated level on the −3…+3 scale; unclear and not-assessed have none. */
export const IMPACT_VALUE: Readonly<Record<Impact, number | null>> = {
  'strongly-negative': -3,
  negative: -2,
  'slightly-negative': -1,
  none: 0,
  'slightly-positive': 1,
  positive: 2,
  'strongly-positive': 3,
  unclear: null,
  'not-assessed': null,
}

/** The ends of the scale, for charts and means. */
export const SCALE_MIN = -3
export const SCALE_MAX = 3

/** The signed value of a rating, or null when it carries no direction. */
export function impactValue(impact: Impact): number | null {
  return IMPACT_VALUE[impact]
}

/** Whether a rating says the item is harmed (any strength). */
export function isNegative(impact: Impact): boolean {
  const v = IMPACT_VALUE[impact]
  return v !== null && v < 0
}

/** Whether a rating still needs work before the verdict is final. */
export function isOpen(impact: Impact): boolean {
  return impact === 'unclear' || impact === 'not-assessed'
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
