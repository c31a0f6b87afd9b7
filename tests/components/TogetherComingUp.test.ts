import { describe, expect, it } from 'vitest'
import TogetherComingUp from '@/components/steps/TogetherComingUp.vue'
import type { NextStep } from '@/domain'
import { mountWithApp } from '../setup/mountApp'

const step = (id: string, when: string, done = false, what = `Task ${id}`): NextStep => ({
  id,
  who: `Person ${id}`,
  what,
  when,
  done,
})

async function render(steps: NextStep[], today = '2026-02-10') {
  const { wrapper } = await mountWithApp(TogetherComingUp, { props: { steps, today } })
  return wrapper
}

describe('TogetherComingUp', () => {
  it('lists open steps by date, undated last, leaving out done ones', async () => {
    const wrapper = await render([
      step('a', '2026-03-01'),
      step('b', ''),
      step('c', '2026-02-15', true),
      step('d', '2026-02-12'),
      step('e', '2026-03-01'),
    ])
    const items = wrapper.findAll('li')
    expect(items.map((li) => /Task \w/.exec(li.text())?.[0])).toEqual([
      'Task d',
      'Task a',
      'Task e',
      'Task b',
    ])
    expect(items[0]!.get('time').attributes('datetime')).toBe('2026-02-12')
    expect(items[0]!.text()).toContain('February 12, 2026')
    expect(items[0]!.text()).toContain('Who: Person d')
    expect(items[3]!.text()).toContain('No date set')
    expect(items[3]!.find('time').exists()).toBe(false)
  })

  it('marks steps whose date has passed as overdue', async () => {
    const wrapper = await render([step('late', '2026-02-09'), step('today', '2026-02-10')])
    const [late, onTime] = wrapper.findAll('li')
    expect(late!.text()).toContain('overdue')
    expect(onTime!.text()).not.toContain('overdue')
  })

  it('names a step without a description and says when everything is done', async () => {
    expect((await render([step('x', '', false, '  ')])).text()).toContain(
      'Next step without a description',
    )
    const done = await render([step('y', '2026-01-01', true)])
    expect(done.find('ol').exists()).toBe(false)
    expect(done.text()).toContain('Every next step is done.')
  })
})
