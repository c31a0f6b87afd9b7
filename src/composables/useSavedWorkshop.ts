import { computed, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { currentRound, resultOfRound, type WorkshopSession } from '@/domain'
import {
  loadWorkshop,
  updateWorkshop,
  workshopKeyOfStorageKey,
  type LoadedWorkshop,
} from '@/persistence/workshopStore'

/** This device's local storage, or null where the browser refuses it (a private window, say). */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * A workshop as this device saved it (issue 11), for the console and the projector: read once,
 * read again whenever another tab or window saves it (the `storage` event), and changed only
 * through `change`, a read-modify-write of the saved copy, so a ballot another tab took in is
 * never overwritten. `saveFailure` says why the last change was not saved.
 */
export function useSavedWorkshop(key: string) {
  const loaded = shallowRef<LoadedWorkshop | null>(null)
  function reload() {
    const storage = deviceStorage()
    loaded.value = storage ? loadWorkshop(storage, key) : { ok: false, reason: 'unavailable' }
  }
  reload()

  const onStorage = (event: StorageEvent) => {
    if (workshopKeyOfStorageKey(event.key) === key) reload()
  }
  onMounted(() => window.addEventListener('storage', onStorage))
  onBeforeUnmount(() => window.removeEventListener('storage', onStorage))

  const session = computed<WorkshopSession | null>(() =>
    loaded.value?.ok ? loaded.value.session : null,
  )
  const round = computed(() => (session.value ? currentRound(session.value) : 1))
  const result = computed(() => (session.value ? resultOfRound(session.value, round.value) : null))

  const saveFailure = ref<'full' | 'unavailable' | 'damaged' | 'missing' | null>(null)
  /** Applies a change to the saved workshop; false (with the reason kept) when not saved. */
  function change(apply: (saved: WorkshopSession) => WorkshopSession | null): boolean {
    const storage = deviceStorage()
    const outcome = storage
      ? updateWorkshop(storage, key, apply)
      : ({ ok: false, reason: 'unavailable' } as const)
    if (outcome.ok) {
      saveFailure.value = null
      loaded.value = { ok: true, session: outcome.session, dropped: 0 }
      return true
    }
    if (outcome.reason !== 'refused') saveFailure.value = outcome.reason
    reload()
    return false
  }

  return { loaded, session, round, result, saveFailure, change }
}
