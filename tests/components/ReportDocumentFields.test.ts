import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import ReportDocumentFields from '@/components/report/ReportDocumentFields.vue'
import { PROFILE_SECTION_IDS, type ReportProfile } from '@/domain'
import { en } from '@/domain/texts/en'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel, getGroup } from '../setup/queries'

function state(profile: ReportProfile = 'brief', hiddenSections: string[] = []) {
  return reactive({ profile, hiddenSections })
}

async function mountFields(s: ReturnType<typeof state>) {
  const { wrapper } = await mountWithApp(withModels(ReportDocumentFields, s))
  return wrapper
}

const checkbox = (wrapper: Awaited<ReturnType<typeof mountFields>>, name: string) =>
  getByLabel(getGroup(wrapper, 'Sections to include'), name).element as HTMLInputElement

describe('ReportDocumentFields', () => {
  it.each([
    ['Internet Impact Brief', 'brief', /^Public: /],
    ['Advocacy plan', 'plan', /^Internal: /],
    ['Complete', 'complete', /^Both/],
  ] as const)('chooses the %s, a radio described by one line', async (label, value, hint) => {
    const s = state(value === 'brief' ? 'plan' : 'brief')
    const wrapper = await mountFields(s)
    const group = getGroup(wrapper, 'Document to print')
    expect(group.findAll('input[type="radio"]')).toHaveLength(3)
    const radio = getByLabel(group, label)
    const described = wrapper.find(`[id="${radio.attributes('aria-describedby')}"]`)
    expect(described.text()).toMatch(hint)
    await radio.setValue(true)
    expect(s.profile).toBe(value)
    expect((radio.element as HTMLInputElement).checked).toBe(true)
  })

  it.each(['brief', 'plan', 'complete'] as const)(
    'offers one checkbox per section of the %s, named by its title',
    async (profile) => {
      const wrapper = await mountFields(state(profile))
      const boxes = getGroup(wrapper, 'Sections to include').findAll('input[type="checkbox"]')
      expect(boxes).toHaveLength(PROFILE_SECTION_IDS[profile].length)
      for (const id of PROFILE_SECTION_IDS[profile])
        expect(checkbox(wrapper, en.report.sections[id]).checked).toBe(true)
    },
  )

  it('switches a section off and on again, keeping ids it does not show', async () => {
    const s = state('brief', ['strategy'])
    const wrapper = await mountFields(s)
    const appendix = getByLabel(wrapper, en.report.sections.appendix)
    await appendix.setValue(false)
    expect(s.hiddenSections).toEqual(['strategy', 'appendix'])
    expect((appendix.element as HTMLInputElement).checked).toBe(false)
    await appendix.setValue(true)
    expect(s.hiddenSections).toEqual(['strategy'])
  })

  it('shows a hidden section unticked, and follows a change of document', async () => {
    const s = state('brief', ['together'])
    const wrapper = await mountFields(s)
    expect(() => checkbox(wrapper, en.report.sections.together)).toThrow()
    await getByLabel(wrapper, 'Advocacy plan').setValue(true)
    expect(checkbox(wrapper, en.report.sections.together).checked).toBe(false)
    expect(checkbox(wrapper, en.report.sections.strategy).checked).toBe(true)
  })
})
