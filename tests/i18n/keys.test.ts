/**
 * Type-level tests: `vue-tsc -b` checks this file (tsconfig.test.json), and each
 * `@ts-expect-error` fails the type check if the line below it ever compiles.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Locale } from '@/domain'
import { SUPPORTED_LOCALES, createAppI18n, type MessageKey } from '@/i18n'
import type { MessageKeys } from '@/i18n/runtime'
import type enLibrary from '@/i18n/en/library'

const { t } = createAppI18n().global

describe('message keys', () => {
  it('are every dotted path to a message, and nothing else', () => {
    expectTypeOf<MessageKeys<{ a: { b: string; c: { d: string } }; e: string }>>().toEqualTypeOf<
      'a.b' | 'a.c.d' | 'e'
    >()
  })

  it('come from the English messages, core and step screens', () => {
    expectTypeOf<'library.notices.imported'>().toExtend<MessageKey>()
    expectTypeOf<'strategize.timeline.source.next-step'>().toExtend<MessageKey>()
    expect(t('library.list.delete')).toBe('Delete')
  })

  it('refuse a misspelt key, an area and a key built from any string', () => {
    const reason: string = 'quota'
    expectTypeOf(t).toBeCallableWith('library.notices.imported')
    // @ts-expect-error a misspelt key
    expectTypeOf(t).toBeCallableWith('library.notices.imprted')
    // @ts-expect-error an area, not a message
    expectTypeOf(t).toBeCallableWith('library.notices')
    // @ts-expect-error a key built from any string
    expectTypeOf(t).toBeCallableWith(`common.save.${reason}`)
  })

  it('accept a key built from a union that names only messages', () => {
    expectTypeOf<`common.save.${'quota' | 'unavailable' | 'unknown' | 'invalid'}`>().toExtend<MessageKey>()
    expectTypeOf<`common.save.${'quota' | 'full'}`>().not.toExtend<MessageKey>()
  })
})

describe('translations', () => {
  it('must have the English shape: no key missing, none added', () => {
    // @ts-expect-error a translation that lacks most of English's keys
    const partial = { title: 'Mes évaluations' } satisfies typeof enLibrary
    expect(partial.title).toBeTypeOf('string')
  })
})

describe('locales', () => {
  it('are the domain’s languages, the same set the interface speaks', () => {
    expectTypeOf<(typeof SUPPORTED_LOCALES)[number]>().toEqualTypeOf<Locale>()
    expectTypeOf(createAppI18n().global.locale.value).toEqualTypeOf<Locale>()
  })
})
