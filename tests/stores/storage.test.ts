import { describe, expect, it, vi } from 'vitest'
import { createPinia } from 'pinia'
import { useStorageStore, type StorageManagerLike } from '@/stores/storage'

async function storageWith(manager: StorageManagerLike | null) {
  const store = useStorageStore(createPinia())
  await store.init(manager)
  return store
}

describe('persistent storage', () => {
  it('asks once for persistent storage and reads the estimate', async () => {
    const persist = vi.fn(() => Promise.resolve(true))
    const store = await storageWith({
      persist,
      estimate: () => Promise.resolve({ usage: 2_000_000, quota: 500_000_000 }),
    })
    expect(store.storageInfo).toEqual({ persisted: true, usage: 2_000_000, quota: 500_000_000 })
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('reads whether storage is persistent when it cannot ask', async () => {
    const store = await storageWith({ persisted: () => Promise.resolve(true) })
    expect(store.storageInfo.persisted).toBe(true)
  })

  it.each<[string, StorageManagerLike | null]>([
    ['missing', null],
    ['empty', {}],
    ['refusing', { persist: () => Promise.reject(new Error('nope')) }],
    ['failing to estimate', { estimate: () => Promise.reject(new Error('nope')) }],
  ])('leaves it unknown when the API is %s', async (_name, manager) => {
    const store = await storageWith(manager)
    expect(store.storageInfo).toEqual({ persisted: null, usage: null, quota: null })
  })

  it('reports a refusal to persist', async () => {
    const store = await storageWith({ persist: () => Promise.resolve(false) })
    expect(store.storageInfo.persisted).toBe(false)
  })

  it('reads the estimate again on request', async () => {
    let usage = 1_000
    const store = await storageWith({ estimate: () => Promise.resolve({ usage, quota: 10_000 }) })
    usage = 2_000
    await store.refreshStorageEstimate()
    expect(store.storageInfo.usage).toBe(2_000)
  })
})
