import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import TogetherAllyList from '@/components/steps/TogetherAllyList.vue'
import type { Ally } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup } from '../setup/queries'

describe('TogetherAllyList', () => {
  it('adds an ally and records name, kind, role and contact', async () => {
    const state = reactive({ modelValue: [] as Ally[] })
    const { wrapper } = await mountWithApp(withModels(TogetherAllyList, state))
    expect(wrapper.text()).toContain('No allies yet.')
    await getButton(wrapper, 'Add an ally').trigger('click')
    const ally = getGroup(wrapper, 'Ally 1')
    const kind = getByLabel(ally, 'Kind')
    expect((kind.element as HTMLSelectElement).selectedOptions[0]?.text).toBe('Not stated')
    expect(kind.findAll('option').map((o) => o.text())).toContain('Internet Society chapter')
    await getByLabel(ally, 'Organisation or person').setValue('ISOC Brussels Chapter')
    await kind.setValue('chapter')
    await getByLabel(ally, 'What they bring or will do').setValue('Co-signs the letter')
    await getByLabel(ally, 'Contact note').setValue('Chair, via the chapter list')
    expect(state.modelValue).toEqual([
      {
        id: expect.stringMatching(/^[a-z0-9]+$/),
        name: 'ISOC Brussels Chapter',
        kind: 'chapter',
        role: 'Co-signs the letter',
        contact: 'Chair, via the chapter list',
      },
    ])
  })

  it('removes an ally', async () => {
    const state = reactive({
      modelValue: [
        { id: 'a1', name: 'EDRi', kind: 'civil-society', role: '', contact: '' },
      ] as Ally[],
    })
    const { wrapper } = await mountWithApp(withModels(TogetherAllyList, state))
    await getButton(wrapper, 'Remove Ally 1').trigger('click')
    expect(state.modelValue).toEqual([])
  })
})
