import { config } from '@vue/test-utils'

// RouterLink and RouterView are real in tests that install a router; nothing to stub globally.
config.global.renderStubDefaultSlot = true
