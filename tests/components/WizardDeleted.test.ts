import { describe, expect, it } from 'vitest'
import WizardDeleted from '@/components/wizard/WizardDeleted.vue'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getHeading } from '../setup/queries'

describe('WizardDeleted', () => {
  it('alerts that another tab deleted the assessment and offers keep, file and close', async () => {
    const { wrapper } = await mountWithApp(WizardDeleted, { props: { busy: false } })
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect(getHeading(wrapper, 'This assessment was deleted in another tab').exists()).toBe(true)
    await getButton(wrapper, 'Keep it').trigger('click')
    await getButton(wrapper, 'Save as file').trigger('click')
    await getButton(wrapper, 'Close it').trigger('click')
    expect(wrapper.emitted('choose')).toEqual([['mine'], ['theirs']])
    expect(wrapper.emitted('export')).toHaveLength(1)
  })

  it('disables the choices while one is being carried out', async () => {
    const { wrapper } = await mountWithApp(WizardDeleted, { props: { busy: true } })
    expect(getButton(wrapper, 'Keep it').attributes('disabled')).toBeDefined()
    expect(getButton(wrapper, 'Close it').attributes('disabled')).toBeDefined()
  })
})
