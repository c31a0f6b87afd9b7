import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import type { Locale, Tactic } from '@/domain'
import StrategizeTacticList from '@/components/steps/StrategizeTacticList.vue'
import { mountInLocale } from '../setup/mountInLocale'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup } from '../setup/queries'

describe('StrategizeTacticList', () => {
  it.each<[Locale, string, string, string, string]>([
    ['en', 'Add a tactic', 'Tactic 1', 'Kind', 'Not stated'],
    ['fr', 'Ajouter une tactique', 'Tactique 1', 'Type', 'Non précisé'],
  ])(
    'starts a new tactic with its kind "not stated", the first choice (%s)',
    async (locale, add, item, kindLabel, notStated) => {
      const state = reactive({ modelValue: [] as Tactic[] })
      const wrapper = await mountInLocale(locale, withModels(StrategizeTacticList, state))
      await getButton(wrapper, add).trigger('click')
      expect(state.modelValue[0]!.kind).toBeNull()
      const kind = getByLabel(getGroup(wrapper, item), kindLabel)
      const select = kind.element as HTMLSelectElement
      expect(select.options[0]!.text).toBe(notStated)
      expect(select.selectedIndex).toBe(0)
      await kind.setValue('letter')
      expect(state.modelValue[0]!.kind).toBe('letter')
      wrapper.unmount()
    },
  )
})
