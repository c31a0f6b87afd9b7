import { describe, expect, it } from 'vitest'
import WizardConflict from '@/components/wizard/WizardConflict.vue'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getHeading } from '../setup/queries'

describe('WizardConflict', () => {
  it('alerts that another tab changed the assessment and offers both choices', async () => {
    const { wrapper } = await mountWithApp(WizardConflict, {
      props: { otherSavedAt: '2026-03-01T09:00:00Z', busy: false },
    })
    const alert = wrapper.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(getHeading(wrapper, 'This assessment was changed in another tab').exists()).toBe(true)
    expect(alert.text()).toContain('2026')
    await getButton(wrapper, 'Load the other version').trigger('click')
    await getButton(wrapper, 'Keep my version').trigger('click')
    expect(wrapper.emitted('choose')).toEqual([['theirs'], ['mine']])
  })

  it('disables the choices while one is being carried out', async () => {
    const { wrapper } = await mountWithApp(WizardConflict, {
      props: { otherSavedAt: '2026-03-01T09:00:00Z', busy: true },
    })
    expect(getButton(wrapper, 'Keep my version').attributes('disabled')).toBeDefined()
  })
})
