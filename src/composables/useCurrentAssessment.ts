import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useLibraryStore } from '@/stores/library'
import { stepStatuses, type Assessment, todayIso } from '@/domain'

/**
 * The assessment open under /a/:id. Step views render only inside AssessmentView, which shows
 * a not-found page instead when there is no such document, so `doc` is non-null there.
 */
export function useCurrentAssessment() {
  const library = useLibraryStore()
  const { current } = storeToRefs(library)
  const doc = computed(() => current.value as Assessment)
  const statuses = computed(() =>
    current.value ? stepStatuses(current.value, todayIso(new Date())) : [],
  )
  return { doc, statuses, library }
}
