import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * How many of `total()` parts to render now: `first` at once, then one more per animation frame
 * until all are there; parts added after that render at once. A long page is then built in a few short tasks rather than one long one,
 * so a cheap phone answers taps while it appears. With `enabled` false (or no
 * requestAnimationFrame), everything renders at once.
 */
export function useProgressiveCount(total: () => number, first = 1, enabled = true): Ref<number> {
  const animate = enabled && typeof requestAnimationFrame === 'function'
  const count = ref(animate ? first : Number.POSITIVE_INFINITY)
  let frame = 0
  const step = () => {
    // Once built, parts added later (e.g. the sections of another report profile) show at once.
    if (count.value >= total()) {
      count.value = Number.POSITIVE_INFINITY
      return
    }
    count.value += 1
    frame = requestAnimationFrame(step)
  }
  onMounted(() => {
    if (animate) frame = requestAnimationFrame(step)
  })
  onBeforeUnmount(() => {
    if (animate) cancelAnimationFrame(frame)
  })
  return count
}
