import { defineStore } from 'pinia'
import { ref } from 'vue'
import { loadDomainTexts } from '@/domain'
import { loadUiMessages, pickLocale, type Composer, type UiLocale } from '@/i18n'

const LOCALE_KEY = 'iiat:locale'

/** The person's preferences: for now the interface language, remembered on this device. */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<UiLocale>('en')
  /** Whether the assessment screens' messages are wanted (loaded with the first assessment). */
  let withSteps = false
  let composer: Composer | null = null
  let storage: Pick<Storage, 'getItem' | 'setItem'> | null = null

  /** Loads a language's UI messages and domain texts, then switches to it and remembers it. */
  async function setLocale(next: UiLocale) {
    const parts = withSteps ? (['core', 'steps'] as const) : (['core'] as const)
    // English labels are bundled; everything else in the domain texts is loaded when needed.
    const needTexts = withSteps || next !== 'en'
    const [messages] = await Promise.all([
      loadUiMessages(next, parts),
      needTexts ? loadDomainTexts(next) : null,
    ])
    if (composer) {
      composer.mergeLocaleMessage(next, messages)
      composer.locale.value = next
    }
    locale.value = next
    if (typeof document !== 'undefined') document.documentElement.lang = next
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
    let stored: string | null = null
    try {
      stored = storage?.getItem(LOCALE_KEY) ?? null
    } catch {
      stored = null
    }
    await setLocale(pickLocale(stored, options.languages))
  }

  /**
   * Loads what the assessment screens and the method need: their UI messages (in the current
   * language and the English fallback) and the complete domain texts.
   */
  async function ensureSteps() {
    if (withSteps) return
    const locales = locale.value === 'en' ? (['en'] as const) : (['en', locale.value] as const)
    const [loaded] = await Promise.all([
      Promise.all(locales.map((l) => loadUiMessages(l, ['steps']))),
      Promise.all(locales.map((l) => loadDomainTexts(l))),
    ])
    locales.forEach((l, i) => composer?.mergeLocaleMessage(l, loaded[i]!))
    withSteps = true
  }

  return { locale, init, setLocale, ensureSteps }
})
