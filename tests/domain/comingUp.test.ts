import { describe, expect, it } from 'vitest'
import { orderOpenSteps, type NextStep } from '@/domain'

const TODAY = '2026-02-10'

const step = (id: string, when: string, done = false): NextStep => ({
  id,
  who: ` Person ${id} `,
  what: ` Task ${id}\n`,
  when,
  done,
})

describe('orderOpenSteps', () => {
  it.each<[string, NextStep[], string[]]>([
    ['nothing for no steps', [], []],
    ['nothing when every step is done', [step('a', '2026-01-01', true), step('b', '', true)], []],
    [
      'dated steps by date, undated last',
      [step('a', ''), step('b', '2026-03-01'), step('c', '2026-02-12')],
      ['c', 'b', 'a'],
    ],
    [
      'same-day and undated steps in the order entered',
      [step('a', '2026-03-01'), step('b', ''), step('c', '2026-03-01'), step('d', '')],
      ['a', 'c', 'b', 'd'],
    ],
    ['done steps left out', [step('a', '2026-02-15', true), step('b', '2026-02-16')], ['b']],
    [
      'an invalid date read as no date',
      [step('a', '2026-02-30'), step('b', '2026-12-01')],
      ['b', 'a'],
    ],
  ])('lists %s', (_, steps, ids) => {
    expect(orderOpenSteps(steps, TODAY).map((entry) => entry.id)).toEqual(ids)
  })

  it.each([
    ['the day before today', '2026-02-09', true],
    ['a year before', '2025-02-10', true],
    ['today', TODAY, false],
    ['the day after', '2026-02-11', false],
    ['no date', '', false],
    ['an invalid date', '2026-13-01', false],
  ])('marks a step dated %s as overdue: %s', (_, when, overdue) => {
    expect(orderOpenSteps([step('a', when)], TODAY)[0]!.overdue).toBe(overdue)
  })

  it('gives the date (or "" when invalid), what and who trimmed', () => {
    expect(orderOpenSteps([step('a', '2026-02-12'), step('b', 'soon')], TODAY)).toStrictEqual([
      { id: 'a', date: '2026-02-12', what: 'Task a', who: 'Person a', overdue: false },
      { id: 'b', date: '', what: 'Task b', who: 'Person b', overdue: false },
    ])
  })
})
