import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, type Ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useProgressiveCount } from '@/composables/useProgressiveCount'

/** A list of `total` items rendered through the composable. */
function list(total: number | Ref<number>, enabled: boolean) {
  const size = ref(total)
  return defineComponent({
    setup() {
      const shown = useProgressiveCount(() => size.value, 1, enabled)
      return () =>
        h(
          'ul',
          Array.from({ length: Math.min(size.value, shown.value) }, (_, n) => h('li', String(n))),
        )
    },
  })
}

describe('useProgressiveCount', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  function frames() {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id))
  }

  it('renders the first part at once, then one more per frame, then stops', async () => {
    frames()
    const wrapper = mount(list(4, true))
    expect(wrapper.findAll('li')).toHaveLength(1)
    for (const expected of [2, 3, 4, 4]) {
      await vi.advanceTimersByTimeAsync(16)
      expect(wrapper.findAll('li')).toHaveLength(expected)
    }
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows parts added after the first build at once', async () => {
    frames()
    const total = ref(2)
    const wrapper = mount(list(total, true))
    await vi.advanceTimersByTimeAsync(16 * 3)
    expect(wrapper.findAll('li')).toHaveLength(2)
    total.value = 5
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.findAll('li')).toHaveLength(5)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('renders everything at once when switched off', () => {
    frames()
    expect(mount(list(4, false)).findAll('li')).toHaveLength(4)
  })

  it('stops asking for frames once unmounted', async () => {
    frames()
    const wrapper = mount(list(10, true))
    await vi.advanceTimersByTimeAsync(16)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
