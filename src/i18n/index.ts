import { createAppI18n as createRuntime } from './runtime'
import { en } from './en'

/** The UI's message catalogue; domain words (catalogue, verdicts, labels) come from @/domain. */
export type MessageSchema = typeof en

export const SUPPORTED_LOCALES = ['en', 'fr', 'es'] as const
export type UiLocale = (typeof SUPPORTED_LOCALES)[number]

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
}

export function isUiLocale(value: string): value is UiLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

export { I18nT, useI18n, type Composer } from './runtime'

/** English is bundled as the fallback; other languages are loaded by `loadUiMessages`. */
export function createAppI18n(locale: UiLocale = 'en') {
  return createRuntime({ locale, fallbackLocale: 'en', messages: { en } })
}

// Completeness of fr/es against en is checked by tests/i18n/messages.test.ts.
const coreLoaders: Record<UiLocale, () => Promise<object>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
}

const stepLoaders: Record<UiLocale, () => Promise<object>> = {
  en: () => import('./en/steps').then((m) => m.enSteps),
  fr: () => import('./fr/steps').then((m) => m.frSteps),
  es: () => import('./es/steps').then((m) => m.esSteps),
}

/** Which messages to load: the screens everyone sees, or the assessment steps too. */
export type MessagePart = 'core' | 'steps'

/** The UI messages of a language, loaded on demand, part by part. */
export async function loadUiMessages(
  locale: UiLocale,
  parts: readonly MessagePart[] = ['core', 'steps'],
): Promise<object> {
  const loaded = await Promise.all(
    parts.map((part) => (part === 'core' ? coreLoaders : stepLoaders)[locale]()),
  )
  return Object.assign({}, ...loaded) as object
}

/**
 * The language to start in: the one the person chose before, else the first of the browser's
 * preferred languages that the app speaks, else English.
 */
export function pickLocale(stored: string | null, preferred: readonly string[]): UiLocale {
  if (stored && isUiLocale(stored)) return stored
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? ''
    if (isUiLocale(base)) return base
  }
  return 'en'
}
