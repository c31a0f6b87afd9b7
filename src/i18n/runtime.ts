/**
 * A small translation runtime with the subset of vue-i18n's composition API this app uses:
 * `t` with named `{placeholders}` and `a | b | c` plural forms (vue-i18n's rules, or CLDR's six
 * categories by Intl.PluralRules when a message has six forms), `d` with named
 * date formats, a reactive `locale`, `mergeLocaleMessage`, and an `I18nT` component for messages
 * with a link inside. It replaced vue-i18n to keep ~15 KB gzip off the first load, which has a
 * budget of 70 KB. `defineI18n<Key, Locale>()` binds it to the app's message keys and
 * languages, so a misspelt key is a type error.
 */
import {
  defineComponent,
  h,
  inject,
  shallowRef,
  type App,
  type InjectionKey,
  type Ref,
  type VNode,
} from 'vue'

/** Messages by area, nested as deep as needed: `{ library: { notices: { imported: '…' } } }`. */
export type MessageTree = { [key: string]: string | MessageTree }
type Params = Record<string, unknown>
export type DateFormatName = 'short' | 'date'

/** Every dotted path to a message of a tree: `{ a: { b: 'x', c: 'y' } }` gives `'a.b' | 'a.c'`. */
export type MessageKeys<Tree> = {
  [K in keyof Tree & string]: Tree[K] extends string ? K : `${K}.${MessageKeys<Tree[K]>}`
}[keyof Tree & string]

const DATE_FORMATS: Record<DateFormatName, Intl.DateTimeFormatOptions> = {
  short: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'long' },
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language and format: making one costs far more than using it (200 rows). */
function dateTimeFormat(locale: string, format: DateFormatName): Intl.DateTimeFormat {
  const key = `${locale} ${format}`
  let formatter = dateTimeFormats.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, DATE_FORMATS[format])
    dateTimeFormats.set(key, formatter)
  }
  return formatter
}

// Function-typed properties, not methods: components destructure them (`const { t } = useI18n()`).
export interface Composer<Key extends string = string, Locale extends string = string> {
  locale: Ref<Locale>
  t: (key: Key, params?: Params | number, plural?: number) => string
  d: (value: Date | number, format?: DateFormatName) => string
  /** Whether any string is a message key with a message (in the language or the fallback). */
  te: (key: string) => boolean
  /** Adds top-level areas (e.g. the step screens' messages) to a language's messages. */
  mergeLocaleMessage: (locale: Locale, messages: MessageTree) => void
}

export interface AppI18n<Key extends string = string, Locale extends string = string> {
  global: Composer<Key, Locale>
  install(app: App): void
}

function lookup(messages: MessageTree | undefined, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** CLDR's plural categories, in the order a message with one form for each of them lists them. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/**
 * Which form of a plural message to use. Six forms are CLDR's categories in the order of
 * PLURAL_CATEGORIES, chosen with the language's Intl.PluralRules (Arabic needs all six: 0, 1, 2,
 * 3–10, 11–99 and the rest read differently). Otherwise vue-i18n's default rule: 2 forms are
 * [one, other]; 3 forms are [zero, one, other].
 */
function pluralIndex(choice: number, forms: number, locale: string): number {
  if (forms === PLURAL_CATEGORIES.length)
    return PLURAL_CATEGORIES.indexOf(new Intl.PluralRules(locale).select(choice))
  const n = Math.abs(choice)
  if (forms === 2) return n === 1 ? 0 : 1
  return n === 0 ? 0 : n === 1 ? 1 : Math.min(2, forms - 1)
}

/** Replaces {name} with the parameter; unknown names stay as written. */
export function interpolate(message: string, params: Params): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/**
 * The runtime's functions, typed for one set of message keys and languages: `createI18n` (the
 * plugin), `useI18n` (its functions, in components) and `I18nT`, sharing one injection key.
 */
export function defineI18n<Key extends string = string, Locale extends string = string>() {
  const KEY: InjectionKey<Composer<Key, Locale>> = Symbol('iiat-i18n')

  function createI18n(options: {
    locale: Locale
    fallbackLocale: Locale
    messages: Partial<Record<Locale, MessageTree>>
  }): AppI18n<Key, Locale> {
    // Vue types `shallowRef(x)` with a conditional type that stays open for a type parameter.
    const locale = shallowRef(options.locale) as Ref<Locale>
    const catalogues = shallowRef<Partial<Record<Locale, MessageTree>>>({ ...options.messages })
    const warned = new Set<string>()

    function resolve(key: string): string | undefined {
      return (
        lookup(catalogues.value[locale.value], key) ??
        lookup(catalogues.value[options.fallbackLocale], key)
      )
    }

    const composer: Composer<Key, Locale> = {
      locale,
      t(key, params, plural) {
        const message = resolve(key)
        if (message === undefined) {
          // Development only: the check and its message are dropped from production builds.
          if (import.meta.env.DEV && !warned.has(key)) {
            warned.add(key)
            console.warn(`[i18n] No message for "${key}" in "${locale.value}" or the fallback.`)
          }
          return key
        }
        const named: Params = typeof params === 'object' && params !== null ? params : {}
        const choice = typeof params === 'number' ? params : plural
        let text = message
        if (choice !== undefined) {
          const forms = message.split(' | ')
          text = forms[pluralIndex(choice, forms.length, locale.value)] ?? message
          return interpolate(text, { n: choice, count: choice, ...named })
        }
        return interpolate(text, named)
      },
      d(value, format = 'date') {
        return dateTimeFormat(locale.value, format).format(value)
      },
      te(key) {
        return resolve(key) !== undefined
      },
      mergeLocaleMessage(code, messages) {
        const merged = { ...catalogues.value[code], ...messages }
        catalogues.value = { ...catalogues.value, [code]: merged }
      },
    }

    return {
      global: composer,
      install(app) {
        app.provide(KEY, composer)
      },
    }
  }

  /** The app's translation functions, as provided by the plugin. */
  function useI18n(): Composer<Key, Locale> {
    const composer = inject(KEY)
    if (!composer) throw new Error('useI18n() needs the i18n plugin installed')
    return composer
  }

  /**
   * Renders a message whose {placeholders} are filled with the component's named slots, so that
   * a link can sit inside a translated sentence without any HTML in the messages.
   */
  const I18nT = defineComponent(
    (props: { keypath: Key; tag?: string }, { slots }) => {
      const { t } = useI18n()
      return () => {
        const parts = t(props.keypath).split(/(\{\w+\})/)
        const children: (string | VNode[])[] = parts.map((part) => {
          const slot = /^\{(\w+)\}$/.exec(part)?.[1]
          return slot && slots[slot] ? slots[slot]() : part
        })
        return h(props.tag ?? 'span', children.flat())
      }
    },
    // The props' types are the setup function's parameter; Vue only needs their names here.
    // eslint-disable-next-line vue/require-prop-types
    { name: 'I18nT', props: ['keypath', 'tag'] },
  )

  return { createI18n, useI18n, I18nT }
}
