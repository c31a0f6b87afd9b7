/**
 * One agreement figure for the whole room: Krippendorff's alpha (Hayes & Krippendorff 2007;
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). It takes any number of
 * raters, ratings left out, and an ordinal metric; it measures how reliably the room rates across
 * all rows, where the per-row statistics (`consensus.ts`) serve the discussion of each row.
 *
 * α = 1 − D_o / D_e, computed from the coincidence matrix: within each unit (row) rated by
 * m_u ≥ 2 raters, every ordered pair of two different raters' values (c, k) adds 1 / (m_u − 1)
 * to o_ck; n_c = Σ_k o_ck, n = Σ_c n_c (the pairable values). Then
 * α = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck, with the metric δ²:
 * nominal 1 when c ≠ k; interval (c − k)²; ordinal (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², which
 * reads only the order of the values and how often each occurs.
 */

/** The levels of measurement implemented; the room uses 'ordinal', the others check the code. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval'

/**
 * Krippendorff's alpha of units given as the values their raters gave (missing values left
 * out, so units may differ in length). Units with fewer than two values cannot be paired and
 * are ignored. Null when no pair is left or the values do not vary (every pairable value the
 * same: D_e = 0, and α = 0/0 is undefined; Krippendorff 2011 calls such data uninformative).
 */
export function krippendorffAlpha(
  units: readonly (readonly number[])[],
  metric: AlphaMetric,
): number | null {
  const pairable = units.filter((u) => u.length >= 2)
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b)
  const index = new Map(values.map((v, i) => [v, i]))
  const size = values.length
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0))
  for (const unit of pairable) {
    const counts = new Array<number>(size).fill(0)
    for (const v of unit) counts[index.get(v)!]!++
    for (let c = 0; c < size; c++) {
      if (!counts[c]) continue
      for (let k = 0; k < size; k++)
        o[c]![k]! += (counts[c]! * (counts[k]! - (c === k ? 1 : 0))) / (unit.length - 1)
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0))
  const n = nc.reduce((a, b) => a + b, 0)

  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0
    if (metric === 'nominal') return 1
    if (metric === 'interval') return (values[c]! - values[k]!) ** 2
    const [lo, hi] = c < k ? [c, k] : [k, c]
    let between = 0
    for (let g = lo; g <= hi; g++) between += nc[g]!
    return (between - (nc[c]! + nc[k]!) / 2) ** 2
  }

  let observed = 0
  let expected = 0
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = delta2(c, k)
      observed += o[c]![k]! * d
      expected += nc[c]! * nc[k]! * d
    }
  if (n < 2 || expected === 0) return null
  return 1 - ((n - 1) * observed) / expected
}

/** Krippendorff's reading of alpha: ≥ 0.800 reliable, ≥ 0.667 tentative conclusions, else not. */
export type AlphaReading = 'reliable' | 'tentative' | 'not-reliable'

/** The least alpha for each reading (Krippendorff 2004, "Content Analysis", 2nd ed.). */
export const ALPHA_THRESHOLDS = { reliable: 0.8, tentative: 0.667 } as const

/** Alpha is read at the three decimals it is reported with, so 0.7996 reads as 0.800. */
export function readAlpha(alpha: number): AlphaReading {
  const reported = Math.round(alpha * 1000) / 1000
  if (reported >= ALPHA_THRESHOLDS.reliable) return 'reliable'
  if (reported >= ALPHA_THRESHOLDS.tentative) return 'tentative'
  return 'not-reliable'
}

/** Fewer raters, or fewer rated rows, than this and the room gets no alpha (workshops.md §2.2). */
export const ALPHA_MIN_RATERS = 3
export const ALPHA_MIN_ROWS = 5

/** Why a room has no alpha. */
export type NoAlphaReason = 'too-few-raters' | 'too-few-rows' | 'no-variation'

/**
 * The room's agreement: alpha and its reading, or why there is none. `raters` counts raters
 * with a rating in at least one rated row; `rows` counts rated rows: rows with ratings on the
 * scale from at least two raters (a row one person rated says nothing about agreement).
 */
export type RoomAgreement = { raters: number; rows: number } & (
  { alpha: number; reading: AlphaReading } | { alpha: null; reason: NoAlphaReason }
)

/**
 * Ordinal alpha of a room from its ratings as steps, one list per rater and one entry per row
 * (null, or a missing entry, when that rater gave the row no rating on the scale).
 */
export function measureRoomAgreement(
  byRater: readonly (readonly (number | null)[])[],
): RoomAgreement {
  const rowCount = Math.max(0, ...byRater.map((r) => r.length))
  const units: number[][] = []
  const raters = new Set<number>()
  for (let row = 0; row < rowCount; row++) {
    const given = byRater.flatMap((r, rater) => {
      const v = r[row]
      return v === null || v === undefined ? [] : [{ rater, v }]
    })
    if (given.length < 2) continue
    units.push(given.map((g) => g.v))
    for (const g of given) raters.add(g.rater)
  }
  const counts = { raters: raters.size, rows: units.length }
  if (counts.raters < ALPHA_MIN_RATERS) return { ...counts, alpha: null, reason: 'too-few-raters' }
  if (counts.rows < ALPHA_MIN_ROWS) return { ...counts, alpha: null, reason: 'too-few-rows' }
  const alpha = krippendorffAlpha(units, 'ordinal')
  if (alpha === null) return { ...counts, alpha: null, reason: 'no-variation' }
  return { ...counts, alpha, reading: readAlpha(alpha) }
}
