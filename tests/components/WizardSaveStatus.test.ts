import { describe, expect, it } from 'vitest'
import WizardSaveStatus from '@/components/wizard/WizardSaveStatus.vue'
import { mountWithApp } from '../setup/mountApp'
import { getButton } from '../setup/queries'

describe('WizardSaveStatus', () => {
  it.each([
    ['quota', 'This device has run out of storage space', true],
    ['unknown', 'Saving failed', true],
    ['invalid', 'Not saved: some content breaks a limit', true],
    ['unavailable', 'This browser does not allow saving', false],
  ] as const)(
    'when saving fails (%s): an alert, never “saved”, and the file offered',
    async (reason, text, retry) => {
      const { wrapper } = await mountWithApp(WizardSaveStatus, {
        props: { pending: false, failure: { reason } },
      })
      const alert = wrapper.find('[role="alert"]')
      expect(alert.text()).toContain(text)
      expect(wrapper.text()).not.toContain('All changes saved')
      await getButton(wrapper, 'Save as file').trigger('click')
      expect(wrapper.emitted('export')).toHaveLength(1)
      const again = wrapper.findAll('button').filter((b) => b.text() === 'Try saving again')
      expect(again).toHaveLength(retry ? 1 : 0)
      await again[0]?.trigger('click')
      expect(wrapper.emitted('retry') ?? []).toHaveLength(retry ? 1 : 0)
    },
  )

  it.each([
    [false, 'All changes saved on this device'],
    [true, 'Saving…'],
  ])('without a failure (pending: %s) says %j, with no actions', async (pending, text) => {
    const { wrapper } = await mountWithApp(WizardSaveStatus, { props: { pending, failure: null } })
    expect(wrapper.text()).toBe(text)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})
