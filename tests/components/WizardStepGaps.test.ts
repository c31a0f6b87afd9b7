import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import WizardStepGaps from '@/components/wizard/WizardStepGaps.vue'
import { mountWithApp } from '../setup/mountApp'
import { getHeading, getLink } from '../setup/queries'

const Page = (gaps: { key: string; text: string; targetId: string }[]) =>
  defineComponent({
    setup: () => () =>
      h('div', [
        h('div', { id: 'field' }, [
          h('label', { for: 'input' }, 'Name'),
          h('input', { id: 'input' }),
        ]),
        h('section', { id: 'empty' }, [h('h2', 'Nothing to focus')]),
        h(WizardStepGaps, { heading: 'Still to do', doneText: 'All done.', gaps }),
      ]),
  })

describe('WizardStepGaps', () => {
  it('lists the gaps as links that focus the field concerned', async () => {
    const { wrapper } = await mountWithApp(
      Page([
        { key: 'a', text: 'Fill in the name.', targetId: 'field' },
        { key: 'b', text: 'Read the section.', targetId: 'empty' },
      ]),
      { attachTo: document.body },
    )
    expect(getHeading(wrapper, 'Still to do').exists()).toBe(true)
    expect(wrapper.find('[aria-live]').exists()).toBe(false)
    await getLink(wrapper, 'Fill in the name.').trigger('click')
    expect(document.activeElement?.id).toBe('input')
    await getLink(wrapper, 'Read the section.').trigger('click')
    expect(document.activeElement?.id).toBe('empty')
    expect(document.getElementById('empty')?.getAttribute('tabindex')).toBe('-1')
    wrapper.unmount()
  })

  it('says so when nothing is missing', async () => {
    const { wrapper } = await mountWithApp(Page([]))
    expect(wrapper.find('ul').exists()).toBe(false)
    expect(wrapper.text()).toContain('All done.')
  })
})
