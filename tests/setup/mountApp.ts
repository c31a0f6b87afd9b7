import { mount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import type { Component } from 'vue'
import { createTestI18n } from './i18n'
import { createAppRouter } from '@/router'
import { useLibraryStore } from '@/stores/library'
import type { Assessment } from '@/domain'

/**
 * Mounts a component with the app's real plugins: a fresh Pinia, the English i18n and the real
 * route table on memory history. Optionally seeds the library with documents (no IndexedDB:
 * the store runs in memory) and navigates to `path` first.
 */
export async function mountWithApp(
  component: Component,
  options: {
    path?: string
    docs?: Assessment[]
    props?: Record<string, unknown>
    attachTo?: HTMLElement
  } = {},
): Promise<{ wrapper: VueWrapper; pinia: Pinia; router: Router }> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const library = useLibraryStore(pinia)
  library.status = 'ready'
  for (const doc of options.docs ?? []) library.docs[doc.id] = doc
  const router = createAppRouter(createMemoryHistory())
  await router.push(options.path ?? '/')
  await router.isReady()
  const match = /^\/a\/([^/]+)/.exec(router.currentRoute.value.path)
  if (match) library.open(match[1]!)
  const wrapper = mount(component, {
    props: options.props,
    attachTo: options.attachTo,
    global: { plugins: [pinia, createTestI18n(), router] },
  }) as VueWrapper
  await flushPromises()
  return { wrapper, pinia, router }
}
