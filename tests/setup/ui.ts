import { config } from '@vue/test-utils'

// RouterLink and RouterView are real in tests that install a router; nothing to stub globally.
config.global.renderStubDefaultSlot = true

// jsdom does not implement scrolling; the router's scrollBehavior and focus code call it.
window.scrollTo = () => undefined
Element.prototype.scrollIntoView = () => undefined
