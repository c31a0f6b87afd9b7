import { describe, expect, it } from 'vitest'
import { newId, todayIso } from '@/domain'

describe('newId', () => {
  it('maps each random byte to one letter or digit', () => {
    const bytes = Uint8Array.from([0, 25, 26, 35, 36, 255])
    expect(newId(() => bytes, 6)).toBe('az09ad')
  })

  it('asks for as many bytes as characters, 12 by default', () => {
    const asked: number[] = []
    const id = newId((n) => {
      asked.push(n)
      return new Uint8Array(n)
    })
    expect(asked).toEqual([12])
    expect(id).toBe('aaaaaaaaaaaa')
  })

  it('uses the platform source when none is passed, and differs between calls', () => {
    const a = newId()
    expect(a).toMatch(/^[a-z0-9]{12}$/)
    expect(newId()).not.toBe(a)
  })
})

describe('todayIso', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
    [new Date(999, 8, 9, 12), '999-09-09'],
  ])('%s is %s in local time', (date, expected) => {
    expect(todayIso(date)).toBe(expected)
  })
})
