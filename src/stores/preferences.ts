import { defineStore } from 'pinia'
import { ref } from 'vue'
import { loadDomainTexts, type Locale } from '@/domain'
import {
  localeDirection,
  loadUiMessages,
  pickLocale,
  type Composer,
  type MessagePart,
} from '@/i18n'

const LOCALE_KEY = 'iiat:locale'

/** The person's preferences: for now the interface language, remembered on this device. */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<Locale>('en')
  /** The language being switched to (the last one asked for), ahead of `locale`. */
  let target: Locale = 'en'
  /** Whether the assessment screens' messages and texts are wanted (from the first assessment). */
  let withSteps = false
  let composer: Composer | null = null
  let storage: Pick<Storage, 'getItem' | 'setItem'> | null = null
  const merged = new Set<string>()

  /**
   * Makes sure what is wanted in a language is loaded and merged: the core messages always; the
   * step screens' messages and the complete domain texts once an assessment or the method has
   * been opened. English core labels are bundled. Idempotent.
   */
  async function load(code: Locale) {
    const parts: MessagePart[] = withSteps ? ['core', 'steps'] : ['core']
    const missing = parts.filter((part) => !merged.has(`${code}:${part}`))
    const needTexts = withSteps || code !== 'en'
    const [messages] = await Promise.all([
      missing.length ? loadUiMessages(code, missing) : null,
      needTexts ? loadDomainTexts(code) : null,
    ])
    if (messages && composer) composer.mergeLocaleMessage(code, messages)
    for (const part of missing) merged.add(`${code}:${part}`)
  }

  /** Loads a language, then switches to it and remembers it; a later choice wins. */
  async function setLocale(next: Locale) {
    target = next
    await load(next)
    // The steps may have become wanted meanwhile (an assessment opened during the load).
    if (withSteps) await load(next)
    if (target !== next) return
    if (composer) composer.locale.value = next
    locale.value = next
    if (typeof document !== 'undefined') {
      document.documentElement.lang = next
      document.documentElement.dir = localeDirection(next)
    }
    try {
      storage?.setItem(LOCALE_KEY, next)
    } catch {
      // The choice is then only kept for this visit.
    }
  }

  /** Starts in the remembered language, else the browser's, else English. */
  async function init(options: {
    i18n: Composer
    storage: Pick<Storage, 'getItem' | 'setItem'> | null
    languages: readonly string[]
  }) {
    composer = options.i18n
    storage = options.storage
    merged.add('en:core')
    let stored: string | null = null
    try {
      stored = storage?.getItem(LOCALE_KEY) ?? null
    } catch {
      stored = null
    }
    await setLocale(pickLocale(stored, options.languages))
  }

  /**
   * Loads what the assessment screens and the method need, in the language shown or being
   * switched to and in the English fallback: their UI messages and the complete domain texts.
   */
  async function ensureSteps() {
    withSteps = true
    const codes = new Set<Locale>(['en', target, locale.value])
    await Promise.all([...codes].map(load))
  }

  return { locale, init, setLocale, ensureSteps }
})
