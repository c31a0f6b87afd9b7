/**
 * `npm ci` warns (EBADENGINE) about every package whose `engines.node` leaves out the running
 * Node. The Node versions package.json claims must therefore satisfy every locked package: probed
 * at each version where some package's range starts, and at the Node running this test (CI's).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

type Version = [number, number, number]
interface LockEntry {
  version?: string
  optional?: boolean
  engines?: { node?: string } | string[]
}

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))
const declared = (read('package.json') as { engines: { node: string } }).engines.node
const lock = read('package-lock.json') as { packages: Record<string, LockEntry> }

const COMPARATOR = /^(>=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/

/** The lower bound and the exclusive upper bound (if any) of one comparator. */
function bounds(comparator: string): [Version, Version | undefined] {
  if (comparator === '*' || comparator === '') return [[0, 0, 0], undefined]
  const match = COMPARATOR.exec(comparator)
  if (!match) throw new Error(`unsupported engines comparator "${comparator}": extend this check`)
  const [, op = '', ...parts] = match
  const given = parts.filter((p) => p !== undefined && /^\d+$/.test(p)).map(Number)
  const [major = 0, minor = 0, patch = 0] = given
  const low: Version = [major, minor, patch]
  if (op === '>=') return [low, undefined]
  if (op === '^' && major === 0 && given.length > 1)
    return [low, given.length > 2 && minor === 0 ? [0, 0, patch + 1] : [0, minor + 1, 0]]
  if (op === '^' || given.length === 1) return [low, [major + 1, 0, 0]]
  if (op === '~' || given.length === 2) return [low, [major, minor + 1, 0]]
  return [low, [major, minor, patch + 1]]
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
const comparators = (range: string) =>
  range.split('||').map((set) =>
    set
      .trim()
      .replace(/(>=|\^|~)\s+/g, '$1')
      .split(/\s+/),
  )

/** Whether `version` lies in the npm range `range` (the forms package-lock.json holds). */
function satisfies(version: Version, range: string): boolean {
  return comparators(range).some((set) =>
    set.every((c) => {
      const [low, high] = bounds(c)
      return compare(version, low) >= 0 && (!high || compare(version, high) < 0)
    }),
  )
}

// npm leaves out an optional package whose engines do not fit, without a warning.
const locked = Object.entries(lock.packages).flatMap(([path, entry]) => {
  const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
  return path && range && !entry.optional ? [{ name: `${path}@${entry.version}`, range }] : []
})
const running = process.versions.node.split('.').map(Number) as Version
const probes = [
  running,
  ...locked.flatMap(({ range }) =>
    comparators(range)
      .flat()
      .map((c) => bounds(c)[0]),
  ),
].filter((v, i, all) => satisfies(v, declared) && all.findIndex((w) => !compare(v, w)) === i)

describe('package.json engines', () => {
  it('admits the Node that runs the tests', () => {
    expect(satisfies(running, declared), `${process.version} in ${declared}`).toBe(true)
  })

  it.each(probes.map((v) => [v.join('.')]))('Node %s satisfies every locked package', (v) => {
    const version = v.split('.').map(Number) as Version
    expect(locked.filter(({ range }) => !satisfies(version, range))).toEqual([])
  })

  it.each([
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['22.12.0', '^20.19.0 || ^22.13.0 || >=24', false],
    ['22.13.0', '^20.19.0 || ^22.13.0 || >=24', true],
    ['20.20.2', '^22.22.2 || ^24.15.0 || >=26.0.0', false],
    ['21.7.0', '18 || 20 || >=22', false],
    ['20.1.0', '18 || 20 || >=22', true],
    ['20.19.0', '>= 22.22', false],
    ['20.19.0', '>=16 || 14 >=14.17', true],
    ['14.16.0', '>=16 || 14 >=14.17', false],
    ['10.0.0', '6.* || 8.* || >= 10.*', true],
    ['9.0.0', '6.* || 8.* || >= 10.*', false],
    ['0.3.0', '^0.2.1', false],
  ])('reads %s against "%s" as %s', (v, range, expected) => {
    expect(satisfies(v.split('.').map(Number) as Version, range)).toBe(expected)
  })
})
