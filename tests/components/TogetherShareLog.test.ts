import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import TogetherShareLog from '@/components/steps/TogetherShareLog.vue'
import { createAssessment, type ShareEntry, todayIso } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup, getLink } from '../setup/queries'

describe('TogetherShareLog', () => {
  it('explains that sharing happens by exporting from the Report step', async () => {
    const state = reactive({ modelValue: [] as ShareEntry[] })
    const doc = createAssessment({
      id: 'doc1',
      now: new Date('2026-01-01T00:00:00Z'),
      locale: 'en',
    })
    const { wrapper, router } = await mountWithApp(
      withModels(TogetherShareLog, state, { assessmentId: 'doc1' }),
      { path: '/a/doc1/together', docs: [doc] },
    )
    expect(wrapper.text()).toContain('Nothing leaves this device on its own.')
    const link = getLink(wrapper, 'Report')
    expect(link.attributes('href')).toBe(router.resolve('/a/doc1/report').href)
  })

  it('records who received the work, dated today by default', async () => {
    const state = reactive({ modelValue: [] as ShareEntry[] })
    const { wrapper } = await mountWithApp(
      withModels(TogetherShareLog, state, { assessmentId: 'doc1' }),
    )
    await getButton(wrapper, 'Record a sharing').trigger('click')
    const entry = getGroup(wrapper, 'Sharing 1')
    expect((getByLabel(entry, 'Date').element as HTMLInputElement).value).toBe(todayIso(new Date()))
    await getByLabel(entry, 'Shared with').setValue('Chapter board')
    await getByLabel(entry, 'Note').setValue('PDF, version of 3 March')
    expect(state.modelValue[0]).toMatchObject({
      date: todayIso(new Date()),
      with: 'Chapter board',
      note: 'PDF, version of 3 March',
    })
    await getButton(wrapper, 'Remove Sharing 1').trigger('click')
    expect(state.modelValue).toEqual([])
  })
})
