/**
 * Krippendorff's alpha (src/domain/workshop/alpha.ts) against the published worked example and a
 * case computed by hand, and the room-level rules: when there is no alpha, and how it is read.
 */
import { describe, expect, it } from 'vitest'
import {
  ALPHA_MIN_RATERS,
  ALPHA_THRESHOLDS,
  ALPHA_MIN_ROWS,
  krippendorffAlpha,
  measureRoomAgreement,
  readAlpha,
  type AlphaMetric,
} from '@/domain'

const _ = null

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers ×
 * 12 units, values 1–5, with missing values (unit 12 has one value and cannot be paired).
 */
const PUBLISHED_BY_OBSERVER = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]

/** Units as the values their observers gave, missing ones left out. */
const toUnits = (byObserver: (number | null)[][]) =>
  byObserver[0]!.map((_, u) =>
    byObserver.map((row) => row[u]).filter((v): v is number => v !== null && v !== undefined),
  )

describe('krippendorffAlpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('gives the published %s alpha of the worked example, %d', (metric, published) => {
    const alpha = krippendorffAlpha(toUnits(PUBLISHED_BY_OBSERVER), metric)
    expect(alpha).not.toBeNull()
    expect(alpha!.toFixed(3)).toBe(published.toFixed(3))
  })

  /*
   * By hand, three raters, three units (values 1 < 2 < 3; missing left out):
   *   u1: 1 1 1   u2: 1 2 2   u3: 3 3 (one rater missing)
   * Each ordered pair of different raters' values in a unit adds 1 / (m_u − 1):
   *   u1: 6 pairs (1,1) × 1/2 → o11 = 3
   *   u2: (1,2) ×2, (2,1) ×2, (2,2) ×2, each × 1/2 → o12 = 1, o21 = 1, o22 = 1
   *   u3: (3,3) ×2 × 1/1 → o33 = 2
   * Marginals n1 = 4, n2 = 2, n3 = 2; n = 8. With D = Σ o_ck δ²_ck and E = Σ n_c n_k δ²_ck
   * (both over ordered pairs c ≠ k), α = 1 − (n − 1) D / E:
   *   ordinal δ²_12 = (n1 + n2 − (n1 + n2)/2)² = 3² = 9, δ²_13 = (8 − 3)² = 25,
   *           δ²_23 = (4 − 2)² = 4: D = 2·9 = 18, E = 2(8·9 + 8·25 + 4·4) = 576,
   *           α = 1 − 7·18/576 = 1 − 126/576 = 0.78125
   *   interval δ² = 1, 4, 1: D = 2, E = 2(8 + 32 + 4) = 88, α = 1 − 14/88 = 0.840909…
   *   nominal  δ² = 1, 1, 1: D = 2, E = 2(8 + 8 + 4) = 40,  α = 1 − 14/40 = 0.65
   */
  it.each([
    ['ordinal', 1 - 126 / 576],
    ['interval', 1 - 14 / 88],
    ['nominal', 1 - 14 / 40],
  ] as const)('gives the hand-computed %s alpha of a small case, %d', (metric, expected) => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [1, 2, 2],
          [3, 3],
        ],
        metric,
      ),
    ).toBeCloseTo(expected, 12)
  })

  it('reads only the order of the values in the ordinal metric', () => {
    const units = toUnits(PUBLISHED_BY_OBSERVER)
    const stretched = units.map((u) => u.map((v) => v ** 3 - 10))
    expect(krippendorffAlpha(stretched, 'ordinal')).toBeCloseTo(
      krippendorffAlpha(units, 'ordinal')!,
      12,
    )
    // The interval metric reads the distances, so stretching the scale changes it.
    expect(krippendorffAlpha(stretched, 'interval')).not.toBeCloseTo(
      krippendorffAlpha(units, 'interval')!,
      3,
    )
  })

  it('is 1 when every unit is rated alike and the units differ', () => {
    for (const metric of ['nominal', 'ordinal', 'interval'] as AlphaMetric[])
      expect(
        krippendorffAlpha(
          [
            [1, 1],
            [2, 2, 2],
            [3, 3],
          ],
          metric,
        ),
      ).toBe(1)
  })

  it('ignores units with a single value', () => {
    const units = [[1, 1, 1], [1, 2, 2], [3, 3], [5], [], [4]]
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(1 - 126 / 576, 12)
  })

  it('has no value without variation (every pairable value the same) or without pairs', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2, 2],
          [2, 2],
        ],
        'ordinal',
      ),
    ).toBeNull()
    expect(krippendorffAlpha([[2, 2], [1]], 'ordinal')).toBeNull()
    expect(krippendorffAlpha([[1], [2], []], 'ordinal')).toBeNull()
    expect(krippendorffAlpha([], 'ordinal')).toBeNull()
  })

  it('goes below zero when raters disagree systematically', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 3],
          [3, 1],
          [1, 3],
        ],
        'ordinal',
      )!,
    ).toBeLessThan(0)
  })
})

describe('readAlpha', () => {
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7995, 'reliable'], // reported as 0.800
    [0.7994, 'tentative'], // reported as 0.799
    [0.667, 'tentative'],
    [0.6665, 'tentative'], // reported as 0.667
    [0.6664, 'not-reliable'],
    [0, 'not-reliable'],
    [-0.5, 'not-reliable'],
  ] as const)('%d reads as %s', (alpha, reading) => {
    expect(readAlpha(alpha)).toBe(reading)
  })

  it('draws the lines at Krippendorff’s 0.800 and 0.667', () => {
    expect(ALPHA_THRESHOLDS).toEqual({ reliable: 0.8, tentative: 0.667 })
    expect(readAlpha(ALPHA_THRESHOLDS.reliable - 0.001)).toBe('tentative')
    expect(readAlpha(ALPHA_THRESHOLDS.tentative - 0.001)).toBe('not-reliable')
  })
})

describe('measureRoomAgreement', () => {
  it('gives the ordinal alpha of the worked example with its reading', () => {
    expect(measureRoomAgreement(PUBLISHED_BY_OBSERVER)).toEqual({
      raters: 4,
      rows: 11,
      alpha: krippendorffAlpha(toUnits(PUBLISHED_BY_OBSERVER), 'ordinal'),
      reading: 'reliable',
    })
  })

  it(`needs ${ALPHA_MIN_RATERS} raters`, () => {
    const two = PUBLISHED_BY_OBSERVER.slice(0, 2)
    expect(measureRoomAgreement(two)).toEqual({
      raters: 2,
      // Units 1–9: unit 10 has only the second observer's value, unit 12 likewise.
      rows: 9,
      alpha: null,
      reason: 'too-few-raters',
    })
    expect(measureRoomAgreement(PUBLISHED_BY_OBSERVER.slice(0, 3)).alpha).not.toBeNull()
    expect(measureRoomAgreement([]).alpha).toBeNull()
  })

  it('counts as raters only those who rated a row someone else rated too', () => {
    // The third rater rated only the row nobody else did.
    const byRater = [
      [1, 2, 3, 1, 2, _],
      [1, 2, 3, 2, 2, _],
      [_, _, _, _, _, 3],
    ]
    expect(measureRoomAgreement(byRater)).toMatchObject({ raters: 2, reason: 'too-few-raters' })
  })

  it(`needs ${ALPHA_MIN_ROWS} rows rated by at least two raters`, () => {
    const fourRows = PUBLISHED_BY_OBSERVER.map((r) => r.slice(0, 4))
    expect(measureRoomAgreement(fourRows)).toEqual({
      raters: 4,
      rows: 4,
      alpha: null,
      reason: 'too-few-rows',
    })
    const fiveRows = PUBLISHED_BY_OBSERVER.map((r) => r.slice(0, 5))
    expect(measureRoomAgreement(fiveRows)).toMatchObject({ raters: 4, rows: 5 })
    expect(measureRoomAgreement(fiveRows).alpha).not.toBeNull()
  })

  it('has no alpha when everyone gave every row the same rating', () => {
    const same = [
      [-2, -2, -2, -2, -2],
      [-2, -2, -2, -2, -2],
      [-2, -2, -2, -2, _],
    ]
    expect(measureRoomAgreement(same)).toEqual({
      raters: 3,
      rows: 5,
      alpha: null,
      reason: 'no-variation',
    })
  })

  it('reads ragged lists as missing ratings', () => {
    const ragged = PUBLISHED_BY_OBSERVER.map((r) => {
      const copy = [...r]
      while (copy.length && copy[copy.length - 1] === null) copy.pop()
      return copy
    })
    expect(measureRoomAgreement(ragged)).toEqual(measureRoomAgreement(PUBLISHED_BY_OBSERVER))
  })
})
