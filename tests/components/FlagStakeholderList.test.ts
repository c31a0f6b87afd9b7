import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import FlagStakeholderList from '@/components/steps/FlagStakeholderList.vue'
import type { Stakeholder } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup } from '../setup/queries'

describe('FlagStakeholderList', () => {
  it('adds, edits and removes stakeholders', async () => {
    const state = reactive({ modelValue: [] as Stakeholder[] })
    const { wrapper } = await mountWithApp(withModels(FlagStakeholderList, state))
    expect(wrapper.text()).toContain('No stakeholders yet.')
    await getButton(wrapper, 'Add a stakeholder').trigger('click')
    const group = getGroup(wrapper, 'Stakeholder 1')
    await getByLabel(group, 'Who').setValue('Small network operators')
    await getByLabel(group, 'How they are affected').setValue('Higher transit costs.')
    expect(state.modelValue).toEqual([
      { id: expect.any(String), name: 'Small network operators', note: 'Higher transit costs.' },
    ])
    await getButton(wrapper, 'Remove Stakeholder 1').trigger('click')
    expect(state.modelValue).toEqual([])
    expect(wrapper.text()).toContain('No stakeholders yet.')
  })
})
