import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { createAssessment, domainTexts, type ItemId } from '@/domain'
import StrategizeFindingPicker from '@/components/steps/StrategizeFindingPicker.vue'
import { mountInLocale } from '../setup/mountInLocale'
import { withModels } from '../setup/models'
import { getByLabel } from '../setup/queries'

const name = (id: ItemId) => domainTexts('en').catalogue.items[id].name
const integrity = `${name('integrity')} (Negative)`
const privacy = `${name('privacy')} (Mixed: harms and helps)`
const confidentiality = `${name('data-confidentiality')} (Not discussed)`

function analysis() {
  const { analysis } = createAssessment({ id: 'd', now: new Date(0), locale: 'en' })
  analysis.privacy.impact = 'mixed'
  analysis.integrity.impact = 'negative'
  analysis.accountability.impact = 'none'
  analysis['data-confidentiality'].impact = 'not-discussed'
  analysis['reliability-resilience-availability'].impact = 'not-discussed'
  return analysis
}

async function mountPicker(chosen: ItemId[] = []) {
  const state = reactive({ modelValue: chosen })
  const wrapper = await mountInLocale(
    'en',
    withModels(StrategizeFindingPicker, state, { legend: 'Findings', analysis: analysis() }),
  )
  const listed = (selector: string) =>
    wrapper.findAll(`${selector} label`).map((l) => l.text().replace(/\s+/g, ' '))
  return { state, wrapper, listed }
}

describe('StrategizeFindingPicker', () => {
  it('lists a mixed row with the harmed findings and leaves rows not discussed out', async () => {
    const { state, wrapper, listed } = await mountPicker()
    expect(listed('.findings > .findings__list')).toEqual([integrity, privacy])
    const others = listed('.findings__others')
    expect(others).toContain(`${name('accountability')} (No impact)`)
    expect(others.some((l) => l.includes('Not discussed'))).toBe(false)
    await getByLabel(wrapper, privacy).setValue(true)
    expect(state.modelValue).toEqual(['privacy'])
    wrapper.unmount()
  })

  it('still offers a row not discussed that was chosen before, so it can be unticked', async () => {
    const { state, wrapper, listed } = await mountPicker(['data-confidentiality'])
    expect(listed('.findings__others')).toContain(confidentiality)
    expect(listed('.findings__others').filter((l) => l.includes('Not discussed'))).toHaveLength(1)
    await getByLabel(wrapper, confidentiality).setValue(false)
    expect(state.modelValue).toEqual([])
    wrapper.unmount()
  })
})
