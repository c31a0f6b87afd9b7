import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { TAB_CHANNEL_NAME, takeEarlySummaries, useLibraryStore } from './stores/library'
import { useStorageStore } from './stores/storage'
import { usePreferencesStore } from './stores/preferences'
import './styles/main.css'

function webStorage(): Storage | null {
  try {
    return globalThis.localStorage
  } catch {
    return null
  }
}

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()
app.use(pinia)
app.use(i18n)
app.use(createAppRouter())

// navigator.storage may be missing (old browsers, some private modes): persistence stays unknown.
void useStorageStore(pinia).init(globalThis.navigator?.storage ?? null)
const library = useLibraryStore(pinia)
void library.init(globalThis.indexedDB, {
  // Read by the page before the app loaded, on the library's address (vite.config.ts).
  earlySummaries: takeEarlySummaries(globalThis),
  storage: webStorage(),
  channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL_NAME) : null,
})

// Leaving or hiding the tab records pending edits at once, so a reload right after typing loses nothing.
addEventListener('pagehide', () => library.flushBeforeLeaving())
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') library.flushBeforeLeaving()
})

// Start in the person's language (a French or Spanish chunk may load first), then show the app.
void usePreferencesStore(pinia)
  .init({ i18n: i18n.global, storage: webStorage(), languages: navigator.languages ?? [] })
  .catch(() => undefined)
  .finally(() => app.mount('#app'))
