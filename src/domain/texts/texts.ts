/**
 * Domain texts by locale. The core (labels, verdicts, step names, import messages) of English is
 * bundled; the rest of English (catalogue, checks, report) and French, Spanish and Arabic are
 * loaded on demand, so the home screen stays small and a person pays only for the language they
 * use.
 */
import type { Locale } from '../assessment/schema'
import type { CoreTexts, DomainTexts } from './types'
import { enCore } from './enCore'

const loaded: Partial<Record<Locale, DomainTexts>> = {}

const loaders: Record<Locale, () => Promise<DomainTexts>> = {
  en: () => import('./enGuidance').then((m) => ({ ...enCore, ...m.enGuidance })),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
}

/**
 * The complete texts of a locale, else of English. Callers make sure one of them was loaded
 * with `loadDomainTexts` (the router does it before any screen that needs them).
 */
export function domainTexts(locale: Locale): DomainTexts {
  const texts = loaded[locale] ?? loaded.en
  if (!texts) throw new Error('domain texts are not loaded yet: await loadDomainTexts(locale)')
  return texts
}

/** The labels every screen needs, available at once (English until a locale is loaded). */
export function coreTexts(locale: Locale): CoreTexts {
  return loaded[locale] ?? loaded.en ?? enCore
}

/** Loads (once) and returns the complete texts of a locale. */
export async function loadDomainTexts(locale: Locale): Promise<DomainTexts> {
  const texts = loaded[locale] ?? (await loaders[locale]())
  loaded[locale] = texts
  return texts
}
