/** Domain texts by locale. */
import type { DomainTexts } from './types'
import { en } from './en'

/** English is complete and always available; other locales are added here. */
export const DOMAIN_TEXTS: Record<string, DomainTexts> = { en }

export function domainTexts(locale: string): DomainTexts {
  return DOMAIN_TEXTS[locale] ?? en
}
