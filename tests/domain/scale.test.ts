import { describe, expect, it } from 'vitest'
import { nearestLevel } from '@/domain'

describe('nearestLevel', () => {
  it.each([
    [-3, 'strongly-negative'],
    [-2.5, 'strongly-negative'],
    [-2.49, 'negative'],
    [-1.5, 'negative'],
    [-0.5, 'slightly-negative'],
    [-0.49, 'none'],
    [0, 'none'],
    [0.5, 'slightly-positive'],
    [1.5, 'positive'],
    [2.5, 'strongly-positive'],
    [4, 'strongly-positive'],
  ] as const)('%d reads as %s (halves away from zero, symmetric)', (value, level) => {
    expect(nearestLevel(value)).toBe(level)
  })
})
