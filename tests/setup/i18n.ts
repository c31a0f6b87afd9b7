import { createAppI18n } from '@/i18n'
import { enSteps } from '@/i18n/en/steps'

/** The app's i18n with every English message loaded at once, as component tests need. */
export function createTestI18n() {
  const i18n = createAppI18n()
  i18n.global.mergeLocaleMessage('en', enSteps)
  return i18n
}
