import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LibraryTemplateList from '@/components/library/LibraryTemplateList.vue'
import LibraryStart from '@/components/library/LibraryStart.vue'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getByLabel, getHeading } from '../setup/queries'

const CAMBODIA = 'Cambodia: National Internet Gateway sub-decree'

async function mountList() {
  const { wrapper } = await mountWithApp(LibraryTemplateList, { props: { busy: false } })
  await loaded(wrapper)
  return wrapper
}

/** Waits until the templates, imported on demand, are listed. */
async function loaded(wrapper: { findAll: (s: string) => unknown[] }) {
  await vi.waitUntil(() => wrapper.findAll('li h4').length > 0, { timeout: 5000 })
  await flushPromises()
}

const titles = (wrapper: Awaited<ReturnType<typeof mountList>>) =>
  wrapper.findAll('li h4').map((h) => h.text())

describe('LibraryTemplateList', () => {
  it('lists every template with its facts and how many rows it rates', async () => {
    const wrapper = await mountList()
    expect(getHeading(wrapper, 'Real cases').exists()).toBe(true)
    expect(titles(wrapper)).toHaveLength(16)
    expect(wrapper.find('[role="status"]').text()).toContain('Showing 16 of 16 cases.')
    const card = wrapper.findAll('li').find((li) => li.find('h4').text() === CAMBODIA)
    expect(card?.text()).toContain('Cambodia · Decree or regulation · Postponed')
    expect(card?.text()).toContain(
      'Rates 8 of 15 rows from the public record; the others are marked “Not discussed”.',
    )
  })

  it.each<[string, string, string, string[]]>([
    ['country', 'Country or region', 'India', ['India: CERT-In', 'India: Intermediary']],
    ['kind', 'Kind of proposal', 'business-decision', ['Cutting Russia off']],
    ['kind not stated', 'Kind of proposal', 'not-stated', ['Internet shutdowns (generic)']],
  ])('filters by %s', async (_, label, value, expected) => {
    const wrapper = await mountList()
    await getByLabel(wrapper, label).setValue(value)
    const shown = titles(wrapper)
    expect(shown).toHaveLength(expected.length)
    expected.forEach((start, i) => expect(shown[i]?.startsWith(start)).toBe(true))
    expect(wrapper.find('[role="status"]').text()).toContain(
      `Showing ${expected.length} of 16 cases.`,
    )
    await getButton(wrapper, 'Show all').trigger('click')
    expect(titles(wrapper)).toHaveLength(16)
  })

  it('combines both filters, and says when nothing matches', async () => {
    const wrapper = await mountList()
    await getByLabel(wrapper, 'Country or region').setValue('Canada')
    expect(titles(wrapper)).toHaveLength(2)
    await getByLabel(wrapper, 'Kind of proposal').setValue('regulation')
    expect(titles(wrapper)).toEqual([])
    expect(wrapper.find('[role="status"]').text()).toContain('No case matches.')
  })

  it('starts from the chosen case, named in the button', async () => {
    const wrapper = await mountList()
    await wrapper.find(`button[aria-label="Start from “${CAMBODIA}”"]`).trigger('click')
    expect(wrapper.emitted('template')).toEqual([['kh-national-internet-gateway']])
  })
})

describe('LibraryStart', () => {
  it('opens the list of real cases on demand, and passes the choice on', async () => {
    const { wrapper } = await mountWithApp(LibraryStart, { props: { busy: false } })
    const toggle = getButton(wrapper, 'Browse real cases')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(wrapper.find('#templates-heading').exists()).toBe(false)
    await toggle.trigger('click')
    await loaded(wrapper)
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(getHeading(wrapper, 'Real cases').exists()).toBe(true)
    await wrapper.find(`button[aria-label="Start from “${CAMBODIA}”"]`).trigger('click')
    expect(wrapper.emitted('template')).toEqual([['kh-national-internet-gateway']])
  })
})
