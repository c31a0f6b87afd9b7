import { computed } from 'vue'
import { useI18n } from '@/i18n'
import { coreTexts, domainTexts } from '@/domain'

/**
 * The domain's words (catalogue, labels, verdicts) in the current UI language. Only for screens
 * behind a route that loaded them (the assessment steps, the method); see `useCoreTexts`.
 */
export function useDomainTexts() {
  const { locale } = useI18n()
  return computed(() => domainTexts(locale.value))
}

/** The domain's labels (verdicts, enum labels, import messages), available on every screen. */
export function useCoreTexts() {
  const { locale } = useI18n()
  return computed(() => coreTexts(locale.value))
}
