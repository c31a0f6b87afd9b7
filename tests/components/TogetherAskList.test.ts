import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import TogetherAskList from '@/components/steps/TogetherAskList.vue'
import type { Ask } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup } from '../setup/queries'

describe('TogetherAskList', () => {
  it('adds, edits and removes asks', async () => {
    const state = reactive({ modelValue: [] as Ask[] })
    const { wrapper } = await mountWithApp(withModels(TogetherAskList, state))
    await getButton(wrapper, 'Add an ask').trigger('click')
    await getButton(wrapper, 'Add an ask').trigger('click')
    await getByLabel(getGroup(wrapper, 'Ask 1'), 'Asked of').setValue('Rapporteur')
    await getByLabel(getGroup(wrapper, 'Ask 1'), 'The ask').setValue('Drop the fee mechanism')
    await getByLabel(getGroup(wrapper, 'Ask 2'), 'Asked of').setValue('Consumer groups')
    expect(state.modelValue.map(({ to, ask }) => ({ to, ask }))).toEqual([
      { to: 'Rapporteur', ask: 'Drop the fee mechanism' },
      { to: 'Consumer groups', ask: '' },
    ])
    await getButton(wrapper, 'Remove Ask 1').trigger('click')
    expect(state.modelValue.map((a) => a.to)).toEqual(['Consumer groups'])
  })
})
