import { isDeepStrictEqual } from 'node:util'
import { expect } from 'vitest'

/*
 * Vitest's `toEqual`/`toStrictEqual` are the slow part of a property that compares whole
 * documents 10,000 times. Node's deep strict equality decides a match first (it implies both
 * matchers' equality); any difference still goes to the matcher, which decides it and explains it.
 */

/** `expect(actual).toEqual(expected)`, faster when they match. */
export function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected)
}

/** `expect(actual).toStrictEqual(expected)`, faster when they match. */
export function expectStrictEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected)
}
