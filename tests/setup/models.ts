import { defineComponent, h, type Component } from 'vue'

/**
 * A parent for a component under test that binds every key of the reactive `state` as a
 * v-model (`modelValue` for the default one), so tests observe real two-way binding.
 */
export function withModels(
  component: Component,
  state: Record<string, unknown>,
  props: Record<string, unknown> = {},
): Component {
  return defineComponent({
    name: 'ModelHarness',
    setup: () => () => {
      const bound: Record<string, unknown> = { ...props }
      for (const key of Object.keys(state)) {
        bound[key] = state[key]
        bound[`onUpdate:${key}`] = (value: unknown) => (state[key] = value)
      }
      return h(component, bound)
    },
  })
}
