import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createTestI18n } from '../setup/i18n'
import { domainTexts, measureConsensus, type RowResult } from '@/domain'
import WorkshopRowResult from '@/components/workshop/WorkshopRowResult.vue'

/** A row rated negative by most, positive with a reason by `far` people. */
function row(far: number): RowResult {
  const ratings = [
    ...Array.from({ length: 20 }, (_, i) => ({
      ballotId: `n${i}`,
      rating: 'negative' as const,
    })),
    ...Array.from({ length: far }, (_, i) => ({
      ballotId: `p${i}`,
      rating: 'positive' as const,
      reason: `Reason ${i + 1}`,
      pseudonym: `Person ${i + 1}`,
    })),
  ]
  return { rowId: 'privacy', consensus: measureConsensus(ratings), skipped: 0 }
}

function mountRow(result: RowResult, showNames = true) {
  return mount(WorkshopRowResult, {
    props: { result, texts: domainTexts('en'), showReasons: true, showNames },
    global: { plugins: [createTestI18n()] },
  })
}

describe('WorkshopRowResult', () => {
  it('shows the first six far reasons of a big room, and all of them on request', async () => {
    const wrapper = mountRow(row(9))
    expect(wrapper.findAll('.workshop-row__reasons li')).toHaveLength(6)
    const more = wrapper.get('button')
    expect(more.text()).toBe('Show all 9')
    await more.trigger('click')
    const items = wrapper.findAll('.workshop-row__reasons li')
    expect(items).toHaveLength(9)
    expect(items[8]!.text()).toContain('Reason 9')
    expect(items[8]!.text()).toContain('Person 9')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('has no button when every reason is shown, and no names unless asked', () => {
    const wrapper = mountRow(row(3), false)
    expect(wrapper.findAll('.workshop-row__reasons li')).toHaveLength(3)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Person')
  })
})
