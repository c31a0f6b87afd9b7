import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AboutView from '@/views/AboutView.vue'
import { mountWithApp } from '../setup/mountApp'

function answer(body: unknown, status = 200) {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  )
}

async function mountAbout() {
  const { wrapper } = await mountWithApp(AboutView, { path: '/about' })
  await flushPromises()
  return wrapper
}

const FAILED = 'The list of licences could not be loaded.'

describe('AboutView', () => {
  afterEach(() => vi.restoreAllMocks())

  it('lists each component with its version, licence and text', async () => {
    answer([
      { name: 'vue', version: '3.5.45', license: 'MIT', text: 'Permission is hereby granted' },
    ])
    const wrapper = await mountAbout()
    expect(wrapper.get('h1').text()).toBe('About and licences')
    expect(wrapper.get('summary').text()).toBe('vue 3.5.45 (MIT)')
    expect(wrapper.get('pre').text()).toBe('Permission is hereby granted')
    expect(wrapper.text()).not.toContain(FAILED)
  })

  it.each([
    ['a missing file', () => answer('Not found', 404)],
    ['a file that is not JSON', () => answer('<html>')],
    ['a list of the wrong shape', () => answer([{ name: 'vue', version: 3 }])],
    ['no network', () => vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'))],
  ])('says so in plain words for %s, and lists nothing', async (_, setUp) => {
    setUp()
    const wrapper = await mountAbout()
    expect(wrapper.text()).toContain(FAILED)
    expect(wrapper.findAll('details')).toHaveLength(0)
  })
})
