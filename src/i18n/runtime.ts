/**
 * A small translation runtime with the subset of vue-i18n's composition API this app uses:
 * `t` with named `{placeholders}` and `a | b | c` plural forms (vue-i18n's rules), `d` with named
 * date formats, a reactive `locale`, `setLocaleMessage`, and an `I18nT` component for messages
 * with a link inside. It replaced vue-i18n to keep ~15 KB gzip off the first load, which has a
 * budget of 80 KB.
 */
import {
  defineComponent,
  h,
  inject,
  ref,
  shallowRef,
  type App,
  type InjectionKey,
  type Ref,
  type VNode,
} from 'vue'

type Messages = { [key: string]: string | Messages }
type Params = Record<string, unknown>
export type DateFormatName = 'short' | 'date'

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
export interface Composer {
  locale: Ref<string>
  t: (key: string, params?: Params | number, plural?: number) => string
  d: (value: Date | number, format?: DateFormatName) => string
  te: (key: string) => boolean
  setLocaleMessage: (locale: string, messages: object) => void
  /** Adds top-level areas (e.g. the step screens' messages) to a language's messages. */
  mergeLocaleMessage: (locale: string, messages: object) => void
}

export interface AppI18n {
  global: Composer
  install(app: App): void
}

const KEY: InjectionKey<Composer> = Symbol('iiat-i18n')

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** vue-i18n's default plural rule: 2 forms are [one, other]; 3 forms are [zero, one, other]. */
function pluralIndex(choice: number, forms: number): number {
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

export function createAppI18n(options: {
  locale: string
  fallbackLocale: string
  messages: Record<string, object>
}): AppI18n {
  const locale = ref(options.locale)
  const catalogues = shallowRef<Record<string, Messages>>({
    ...(options.messages as Record<string, Messages>),
  })

  function resolve(key: string): string | undefined {
    return (
      lookup(catalogues.value[locale.value], key) ??
      lookup(catalogues.value[options.fallbackLocale], key)
    )
  }

  const composer: Composer = {
    locale,
    t(key, params, plural) {
      const message = resolve(key)
      if (message === undefined) return key
      const named: Params = typeof params === 'object' && params !== null ? params : {}
      const choice = typeof params === 'number' ? params : plural
      let text = message
      if (choice !== undefined) {
        const forms = message.split(' | ')
        text = forms[pluralIndex(choice, forms.length)] ?? message
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
    setLocaleMessage(code, messages) {
      catalogues.value = { ...catalogues.value, [code]: messages as Messages }
    },
    mergeLocaleMessage(code, messages) {
      const merged = { ...catalogues.value[code], ...(messages as Messages) }
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
export function useI18n(): Composer {
  const composer = inject(KEY)
  if (!composer) throw new Error('useI18n() needs the i18n plugin installed')
  return composer
}

/**
 * Renders a message whose {placeholders} are filled with the component's named slots, so that a
 * link can sit inside a translated sentence without any HTML in the messages.
 */
export const I18nT = defineComponent({
  name: 'I18nT',
  props: {
    keypath: { type: String, required: true },
    tag: { type: String, default: 'span' },
  },
  setup(props, { slots }) {
    const { t } = useI18n()
    return () => {
      const parts = t(props.keypath).split(/(\{\w+\})/)
      const children: (string | VNode[])[] = parts.map((part) => {
        const slot = /^\{(\w+)\}$/.exec(part)?.[1]
        return slot && slots[slot] ? slots[slot]() : part
      })
      return h(props.tag, children.flat())
    }
  },
})
