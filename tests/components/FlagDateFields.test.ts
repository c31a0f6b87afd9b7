import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import FlagDateFields from '@/components/steps/FlagDateFields.vue'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel } from '../setup/queries'

describe('FlagDateFields', () => {
  it('edits the three key dates as optional date inputs', async () => {
    const state = reactive({ published: '', consultationCloses: '', vote: '2026-06-30' })
    const { wrapper } = await mountWithApp(withModels(FlagDateFields, state))
    const published = getByLabel(wrapper, 'Published or announced')
    const closes = getByLabel(wrapper, 'Consultation closes')
    const vote = getByLabel(wrapper, 'Vote or decision')
    for (const input of [published, closes, vote]) expect(input.attributes('type')).toBe('date')
    expect((vote.element as HTMLInputElement).value).toBe('2026-06-30')
    await published.setValue('2025-11-19')
    await closes.setValue('2026-02-28')
    await vote.setValue('')
    expect(state).toEqual({ published: '2025-11-19', consultationCloses: '2026-02-28', vote: '' })
    const labels = wrapper.findAll('label').map((label) => label.text())
    expect(labels.every((text) => text.endsWith('(optional)'))).toBe(true)
  })

  it('explains that the Strategize timeline uses the dates', async () => {
    const state = reactive({ published: '', consultationCloses: '', vote: '' })
    const { wrapper } = await mountWithApp(withModels(FlagDateFields, state))
    expect(wrapper.text()).toContain('Strategize step puts these dates on your timeline')
  })
})
