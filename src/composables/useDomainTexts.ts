import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { domainTexts } from '@/domain'

/** The domain's words (catalogue, labels, verdicts) in the current UI language. */
export function useDomainTexts() {
  const { locale } = useI18n()
  return computed(() => domainTexts(locale.value))
}
