import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import FlagSourceListItem from '@/components/steps/FlagSourceListItem.vue'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel } from '../setup/queries'

const notAWebAddress = /not a web address/

async function setup(initial: Partial<{ title: string; url: string; accessed: string }> = {}) {
  const state = reactive({ title: '', url: '', accessed: '', ...initial })
  const { wrapper } = await mountWithApp(withModels(FlagSourceListItem, state))
  return { state, wrapper, url: getByLabel(wrapper, 'Web address') }
}

describe('FlagSourceListItem', () => {
  it('binds title, address and access date', async () => {
    const { state, wrapper, url } = await setup()
    await getByLabel(wrapper, 'Title').setValue('Proposal for a regulation')
    await url.setValue('https://eur-lex.europa.eu/')
    await getByLabel(wrapper, 'Accessed on').setValue('2026-01-02')
    expect(state).toEqual({
      title: 'Proposal for a regulation',
      url: 'https://eur-lex.europa.eu/',
      accessed: '2026-01-02',
    })
    expect(url.attributes('type')).toBe('url')
  })

  it('flags an address that is not http(s), keeps it, and makes no link', async () => {
    const { state, wrapper, url } = await setup()
    await url.setValue('javascript:alert(1)')
    expect(state.url).toBe('javascript:alert(1)')
    expect(wrapper.text()).toMatch(notAWebAddress)
    expect(url.attributes('aria-invalid')).toBe('true')
    const described = url
      .attributes('aria-describedby')!
      .split(' ')
      .map((id) => wrapper.find(`[id="${id}"]`).text())
    expect(described.some((text) => notAWebAddress.test(text))).toBe(true)
    expect(wrapper.find('a').exists()).toBe(false)
  })

  it('says nothing about an empty address', async () => {
    const { wrapper, url } = await setup()
    expect(wrapper.text()).not.toMatch(notAWebAddress)
    expect(url.attributes('aria-invalid')).toBeUndefined()
  })

  it('offers a safe link to check a valid address, named after the title', async () => {
    const { wrapper, url } = await setup({ title: 'Official text' })
    await url.setValue('https://example.org/text')
    expect(wrapper.text()).not.toMatch(notAWebAddress)
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe('https://example.org/text')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.text()).toContain('Official text')
    expect(link.text()).toContain('opens in a new tab')
  })

  it('uses the address as the link text when there is no title', async () => {
    const { wrapper } = await setup({ url: ' http://example.org/a ' })
    expect(wrapper.get('a').text()).toContain('http://example.org/a')
    expect(wrapper.get('a').attributes('href')).toBe('http://example.org/a')
  })
})
