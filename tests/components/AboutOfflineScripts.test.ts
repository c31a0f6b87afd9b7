import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AboutOfflineScripts from '@/components/about/AboutOfflineScripts.vue'
import { mountWithApp } from '../setup/mountApp'

/** A Cache API that keeps responses by URL, and can refuse to (a full disk). */
function fakeCaches(options: { full?: boolean } = {}) {
  const stored = new Map<string, Response>()
  const cache = {
    match: (url: string) => Promise.resolve(stored.get(url)),
    put: (url: string, response: Response) => {
      if (options.full) return Promise.reject(new DOMException('full', 'QuotaExceededError'))
      stored.set(url, response)
      return Promise.resolve()
    },
  }
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) })
  return stored
}

async function mount() {
  const { wrapper } = await mountWithApp(AboutOfflineScripts, { path: '/about' })
  await flushPromises()
  return wrapper
}

const checkbox = (wrapper: Awaited<ReturnType<typeof mount>>, name: string) =>
  wrapper
    .findAll('label')
    .find((l) => l.text().startsWith(name))!
    .get('input')

describe('AboutOfflineScripts', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('says plainly when the browser cannot keep files offline', async () => {
    const wrapper = await mount()
    expect(wrapper.text()).toContain('This browser cannot keep files for offline use.')
    expect(wrapper.find('input').exists()).toBe(false)
  })

  it('keeps the chosen scripts and the shaper, and says so only once they are kept', async () => {
    const stored = fakeCaches()
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(() => Promise.resolve(new Response('font')))
    const wrapper = await mount()
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(11)
    await checkbox(wrapper, 'Khmer').setValue(true)
    await checkbox(wrapper, 'Thai').setValue(true)
    await wrapper.get('button').trigger('click')
    // The cache code is loaded on demand: wait for the answer.
    await vi.waitFor(() =>
      expect(wrapper.get('[role="status"]').text()).toBe(
        'On this device now, for offline export: Khmer and Thai.',
      ),
    )
    // The shaper once, and one font per script.
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(stored.size).toBe(3)
    expect(checkbox(wrapper, 'Khmer').element.disabled).toBe(true)
    expect(wrapper.text()).toMatch(/Khmer\s*\(on this device\)/)
  })

  it('never says kept when the device refused the files, and keeps the choice to retry', async () => {
    fakeCaches({ full: true })
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(new Response('font')))
    const wrapper = await mount()
    await checkbox(wrapper, 'Khmer').setValue(true)
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).not.toBe('Downloading…'))
    const status = wrapper.get('[role="status"]').text()
    expect(status).toBe(
      'Could not download Khmer. Check the connection and the free space on this device, then try again.',
    )
    expect(status).not.toContain('On this device now')
    expect((checkbox(wrapper, 'Khmer').element as HTMLInputElement).checked).toBe(true)
  })
})
