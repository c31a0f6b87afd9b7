import { afterEach, describe, expect, it } from 'vitest'
import { formatCalendarDay, type CalendarDayStyle } from '@/domain'

const ORIGINAL_TZ = process.env.TZ

describe('formatCalendarDay', () => {
  afterEach(() => {
    process.env.TZ = ORIGINAL_TZ
  })

  it.each<[string, string, CalendarDayStyle | undefined, string]>([
    ['2026-03-04', 'en', undefined, 'Mar 4, 2026'],
    ['2026-03-04', 'en', 'medium', 'Mar 4, 2026'],
    ['2026-03-04', 'en', 'long', 'March 4, 2026'],
    ['2026-03-04', 'fr', 'long', '4 mars 2026'],
    ['2026-03-04', 'es', 'long', '4 de marzo de 2026'],
    ['2024-02-29', 'en', 'long', 'February 29, 2024'],
    ['2026-12-31', 'en', 'long', 'December 31, 2026'],
    ['0050-01-01', 'en', 'long', 'January 1, 50'],
    ['', 'en', 'long', ''],
    ['2026-02-30', 'en', 'long', ''],
    ['4 March 2026', 'en', 'long', ''],
  ])('writes %j in %s (%s) as %j', (iso, locale, style, expected) => {
    expect(formatCalendarDay(iso, locale, style)).toBe(expected)
  })

  // The zones furthest from UTC on either side, and one with a half-hour offset.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/Los_Angeles'])(
    'gives the same day in %s',
    (zone) => {
      process.env.TZ = zone
      expect(formatCalendarDay('2026-01-01', 'en', 'long')).toBe('January 1, 2026')
      expect(formatCalendarDay('2026-12-31', 'en', 'medium')).toBe('Dec 31, 2026')
    },
  )
})
