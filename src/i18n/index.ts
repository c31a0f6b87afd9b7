import type { Locale } from '@/domain'
import {
  defineI18n,
  type Composer as RuntimeComposer,
  type MessageKeys,
  type MessageTree,
} from './runtime'
import { en } from './en'
import type { enSteps } from './en/steps'

/**
 * The UI's message catalogue: the English messages, core and step screens. French, Spanish and
 * Arabic are typed against it. Domain words (catalogue, verdicts, labels) come from @/domain.
 */
export type UiMessages = typeof en & typeof enSteps

/** Every UI message key, such as `'library.notices.imported'`; `t` accepts these and no other. */
export type MessageKey = MessageKeys<UiMessages>

/** The app's translation functions, typed with its message keys and languages. */
export type Composer = RuntimeComposer<MessageKey, Locale>

/** The interface speaks every language the domain has texts for: both use the domain's `Locale`. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'ar'] as const satisfies readonly Locale[]

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
}

/**
 * Which way a language is written; the page's `dir` follows the interface language, so the
 * layout mirrors for Arabic (the one language of the app written right to left).
 */
export const localeDirection = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr')

/** Whether a string is one of the languages the app speaks. */
export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

const { createI18n, useI18n, I18nT } = defineI18n<MessageKey, Locale>()
export { I18nT, useI18n }

/** English is bundled as the fallback; other languages are loaded by `loadUiMessages`. */
export function createAppI18n(locale: Locale = 'en') {
  return createI18n({ locale, fallbackLocale: 'en', messages: { en } })
}

// Completeness of fr/es/ar against en is checked by the type checker (each file `satisfies` its
// English counterpart) and by tests/i18n/messages.test.ts.
const coreLoaders: Record<Locale, () => Promise<MessageTree>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
}

const stepLoaders: Record<Locale, () => Promise<MessageTree>> = {
  en: () => import('./en/steps').then((m) => m.enSteps),
  fr: () => import('./fr/steps').then((m) => m.frSteps),
  es: () => import('./es/steps').then((m) => m.esSteps),
  ar: () => import('./ar/steps').then((m) => m.arSteps),
}

const templateListLoaders: Record<Locale, () => Promise<MessageTree>> = {
  en: () => import('./en/templates').then((m) => ({ templates: m.default })),
  fr: () => import('./fr/templates').then((m) => ({ templates: m.default })),
  es: () => import('./es/templates').then((m) => ({ templates: m.default })),
  ar: () => import('./ar/templates').then((m) => ({ templates: m.default })),
}

const recoveryLoaders: Record<Locale, () => Promise<MessageTree>> = {
  en: () => import('./en/recovery').then((m) => ({ recovery: m.default })),
  fr: () => import('./fr/recovery').then((m) => ({ recovery: m.default })),
  es: () => import('./es/recovery').then((m) => ({ recovery: m.default })),
  ar: () => import('./ar/recovery').then((m) => ({ recovery: m.default })),
}

/**
 * The library's words for saved data it could not use, alone, for merging when there is some
 * (most visits have none, so they stay off the first load).
 */
export function loadRecoveryMessages(locale: Locale): Promise<MessageTree> {
  return recoveryLoaders[locale]()
}

/** The messages of the library's template list alone, for merging when the list is opened. */
export function loadTemplateListMessages(locale: Locale): Promise<MessageTree> {
  return templateListLoaders[locale]()
}

/** Which messages to load: the screens everyone sees, or the assessment steps too. */
export type MessagePart = 'core' | 'steps'

/** The UI messages of a language, loaded on demand, part by part. */
export async function loadUiMessages(
  locale: Locale,
  parts: readonly MessagePart[] = ['core', 'steps'],
): Promise<MessageTree> {
  const loaded = await Promise.all(
    parts.map((part) => (part === 'core' ? coreLoaders : stepLoaders)[locale]()),
  )
  return loaded.reduce((all, part) => ({ ...all, ...part }), {})
}

/**
 * The language to start in: the one the person chose before, else the first of the browser's
 * preferred languages that the app speaks, else English.
 */
export function pickLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (stored && isSupportedLocale(stored)) return stored
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? ''
    if (isSupportedLocale(base)) return base
  }
  return 'en'
}
