import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { useLibraryStore } from './stores/library'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createAppI18n())
app.use(createAppRouter())

function webStorage(): Storage | null {
  try {
    return globalThis.localStorage
  } catch {
    return null
  }
}

const library = useLibraryStore(pinia)
void library.init(globalThis.indexedDB, { storage: webStorage() })

// Leaving or hiding the tab records pending edits at once, so a reload right after typing loses nothing.
addEventListener('pagehide', () => library.flushBeforeLeaving())
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') library.flushBeforeLeaving()
})

app.mount('#app')
