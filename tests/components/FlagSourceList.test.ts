import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import FlagSourceList from '@/components/steps/FlagSourceList.vue'
import { todayIso, type Source } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup, getHeading } from '../setup/queries'

describe('FlagSourceList', () => {
  it('adds sources with fresh ids and today as the access date', async () => {
    const state = reactive({ modelValue: [] as Source[] })
    const { wrapper } = await mountWithApp(withModels(FlagSourceList, state), {
      attachTo: document.body,
    })
    expect(getHeading(wrapper, 'Sources').exists()).toBe(true)
    expect(wrapper.text()).toContain('No sources yet.')
    await getButton(wrapper, 'Add a source').trigger('click')
    await getButton(wrapper, 'Add a source').trigger('click')
    expect(state.modelValue).toHaveLength(2)
    const [first, second] = state.modelValue
    expect(first!.id).toMatch(/^[a-z0-9]{12}$/)
    expect(first!.id).not.toBe(second!.id)
    expect(first).toMatchObject({ title: '', url: '', accessed: todayIso(new Date()) })
    const group = getGroup(wrapper, 'Source 2')
    expect(document.activeElement).toBe(getByLabel(group, 'Title').element)
    await getByLabel(group, 'Title').setValue('Second source')
    expect(state.modelValue[1]!.title).toBe('Second source')
    wrapper.unmount()
  })

  it('removes the chosen source only', async () => {
    const state = reactive({
      modelValue: [
        { id: 's1', title: 'One', url: '', accessed: '' },
        { id: 's2', title: 'Two', url: '', accessed: '' },
      ] as Source[],
    })
    const { wrapper } = await mountWithApp(withModels(FlagSourceList, state))
    await getButton(wrapper, 'Remove Source 1').trigger('click')
    expect(state.modelValue.map((s) => s.id)).toEqual(['s2'])
    expect(
      (getByLabel(getGroup(wrapper, 'Source 1'), 'Title').element as HTMLInputElement).value,
    ).toBe('Two')
  })
})
