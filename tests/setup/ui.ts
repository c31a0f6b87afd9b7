import { config } from '@vue/test-utils'

// RouterLink and RouterView are real in tests that install a router; nothing to stub globally.
config.global.renderStubDefaultSlot = true

// jsdom does not implement scrolling; the router's scrollBehavior and focus code call it.
window.scrollTo = () => undefined
Element.prototype.scrollIntoView = () => undefined

// The ui project shares one jsdom between its files (isolate: false in vite.config.ts): each
// file starts from an empty page and empty web storage, as it would in a jsdom of its own.
document.body.replaceChildren()
localStorage.clear()
sessionStorage.clear()
