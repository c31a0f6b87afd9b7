import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import TogetherNextStepList from '@/components/steps/TogetherNextStepList.vue'
import type { NextStep } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getButton, getByLabel, getGroup, getHeading } from '../setup/queries'

/** The entries of the "Coming up" list, in the order shown. */
const comingUp = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  [...getHeading(wrapper, 'Coming up').element.parentElement!.querySelectorAll('li')].map(
    (li) => li.textContent ?? '',
  )

describe('TogetherNextStepList', () => {
  it('adds next steps with who, what, when, and ticks them off', async () => {
    const state = reactive({ modelValue: [] as NextStep[] })
    const { wrapper } = await mountWithApp(
      withModels(TogetherNextStepList, state, { today: '2026-02-01' }),
    )
    expect(wrapper.text()).toContain('No next steps yet.')
    expect(wrapper.find('h3').exists()).toBe(false)

    await getButton(wrapper, 'Add a next step').trigger('click')
    const first = getGroup(wrapper, 'Next step 1')
    await getByLabel(first, 'What').setValue('Draft the joint letter')
    await getByLabel(first, 'Who').setValue('Ana')
    await getByLabel(first, 'By when').setValue('2026-03-01')
    await getButton(wrapper, 'Add a next step').trigger('click')
    const second = getGroup(wrapper, 'Next step 2')
    await getByLabel(second, 'What').setValue('Book a meeting with the rapporteur')
    await getByLabel(second, 'By when').setValue('2026-02-15')

    expect(
      state.modelValue.map(({ who, what, when, done }) => ({ who, what, when, done })),
    ).toEqual([
      { who: 'Ana', what: 'Draft the joint letter', when: '2026-03-01', done: false },
      { who: '', what: 'Book a meeting with the rapporteur', when: '2026-02-15', done: false },
    ])
    expect(getHeading(wrapper, 'Coming up').exists()).toBe(true)
    const order = comingUp(wrapper)
    expect(order[0]).toContain('Book a meeting')
    expect(order[1]).toContain('Draft the joint letter')
    expect(wrapper.text()).toContain('0 of 2 next steps done.')

    await getByLabel(second, 'Done').setValue(true)
    expect(state.modelValue[1]!.done).toBe(true)
    expect(comingUp(wrapper)).toHaveLength(1)
    expect(wrapper.text()).toContain('1 of 2 next steps done.')
  })
})
