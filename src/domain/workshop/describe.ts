/**
 * A row's median in the scale's own terms (issue 11): the level it falls on, or the two it falls
 * between, and the rating a row takes when the room's consensus is adopted.
 */
import { SCALE_LEVELS, type ScaleLevel } from './consensus'

const levelAt = (step: number): ScaleLevel => SCALE_LEVELS[step + 3]!

/** The level a median step (−3…+3, maybe a half) falls on, or the two it falls between. */
export function levelsOfMedian(median: number): [ScaleLevel] | [ScaleLevel, ScaleLevel] {
  return Number.isInteger(median)
    ? [levelAt(median)]
    : [levelAt(Math.floor(median)), levelAt(Math.ceil(median))]
}

/**
 * The rating the room's consensus gives a row: its median, and a half step goes to the harm side
 * of the two levels (−1.5 is "negative", +0.5 "no impact"). The method flags harm, so adopting a
 * consensus never understates a harm nor overstates a help.
 */
export const ratingOfMedian = (median: number): ScaleLevel => levelAt(Math.floor(median))
