import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** What the browser says about keeping our data: null when it cannot tell. */
export interface StorageInfo {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/** The part of the StorageManager (`navigator.storage`) the app uses; all of it optional. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>

/**
 * Whether the browser keeps the library (persistent storage) and how much room it uses. Browsers
 * without the StorageManager API simply leave everything unknown.
 */
export const useStorageStore = defineStore('storage', () => {
  const storageInfo = ref<StorageInfo>({ persisted: null, usage: null, quota: null })
  /** `navigator.storage` (a fake in tests); shallow, as a proxy of it could not call its methods. */
  const manager = shallowRef<StorageManagerLike | null>(null)

  /** Remembers the StorageManager and asks once for persistent storage. */
  function init(storageManager: StorageManagerLike | null) {
    manager.value = storageManager
    return requestPersistence()
  }

  /** Asks for persistent storage (or reads whether it is granted), then reads the estimate. */
  async function requestPersistence() {
    const storage = manager.value
    try {
      if (typeof storage?.persist === 'function')
        storageInfo.value.persisted = await storage.persist()
      else if (typeof storage?.persisted === 'function')
        storageInfo.value.persisted = await storage.persisted()
    } catch {
      storageInfo.value.persisted = null
    }
    await refreshStorageEstimate()
  }

  /** Reads how much storage the app uses and may use, when the browser tells. */
  async function refreshStorageEstimate() {
    const storage = manager.value
    try {
      if (typeof storage?.estimate !== 'function') return
      const estimate = await storage.estimate()
      storageInfo.value.usage = typeof estimate.usage === 'number' ? estimate.usage : null
      storageInfo.value.quota = typeof estimate.quota === 'number' ? estimate.quota : null
    } catch {
      // No estimate: the home screen just does not show one.
    }
  }

  return { storageInfo, manager, init, requestPersistence, refreshStorageEstimate }
})
