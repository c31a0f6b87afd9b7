import { nextTick } from 'vue'
import { useRouter } from 'vue-router'

/**
 * After each navigation, moves focus to the new page's main heading so keyboard and screen
 * reader users land where the content changed (not on the link they just used).
 */
export function useRouteFocus() {
  const router = useRouter()
  let first = true
  router.afterEach((to, from) => {
    if (first) {
      first = false
      return
    }
    if (to.path === from.path) return
    void nextTick(() => {
      // Lazy views may render a tick later; try again once before giving up.
      const focus = () => {
        const target = document.querySelector<HTMLElement>('main h1')
        if (!target) return false
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
        target.focus({ preventScroll: true })
        return true
      }
      if (!focus()) setTimeout(focus, 50)
    })
  })
}
