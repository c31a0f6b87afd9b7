import { createI18n } from 'vue-i18n'
import { en } from './en'

/** The UI's message catalogue; domain words (catalogue, verdicts, labels) come from @/domain. */
export type MessageSchema = typeof en

export const SUPPORTED_LOCALES = ['en'] as const
export type UiLocale = (typeof SUPPORTED_LOCALES)[number]

export function createAppI18n(locale: UiLocale = 'en') {
  return createI18n<[MessageSchema], UiLocale>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en },
    datetimeFormats: {
      en: {
        short: { dateStyle: 'medium', timeStyle: 'short' },
        date: { dateStyle: 'long' },
      },
    },
    missingWarn: false,
    fallbackWarn: false,
  })
}
