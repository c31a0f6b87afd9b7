import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import ReportShare from '@/components/report/ReportShare.vue'
import { MAX_SAFE_LINK_CHARS } from '@/composables/useShareLink'
import { openFragment } from '@/persistence/shareLink'
import { baseDocuments } from '../fixtures/arbitraries'
import { mountInLocale } from '../setup/mountInLocale'
import { createTestI18n } from '../setup/i18n'

const [fairShare, blank] = baseDocuments()

/** Gives the page a share sheet and a clipboard, or takes them away (undefined). */
function browserHas(parts: { share?: unknown; writeText?: unknown }) {
  Object.defineProperty(navigator, 'share', { value: parts.share, configurable: true })
  Object.defineProperty(navigator, 'clipboard', {
    value: parts.writeText ? { writeText: parts.writeText } : undefined,
    configurable: true,
  })
}

afterEach(() => browserHas({}))

async function makeLink(wrapper: VueWrapper, section: 'Share link' | 'Summary link') {
  const region = wrapper
    .findAll('section')
    .find((s) => s.find('h3').exists() && s.get('h3').text() === section)!
  const make = region.findAll('button').find((b) => /^Make a/.test(b.text()))!
  await make.trigger('click')
  await vi.waitFor(() => expect(region.find('input').exists()).toBe(true))
  return { region, link: (region.get('input').element as HTMLInputElement).value }
}

const button = (region: ReturnType<VueWrapper['find']>, name: string) =>
  region.findAll('button').find((b) => b.text() === name)!

describe('ReportShare', () => {
  it('says where the link goes before one is made', async () => {
    const wrapper = await mountInLocale('en', ReportShare, { doc: blank })
    expect(wrapper.text()).toContain('it never reaches any server')
    expect(wrapper.text()).toContain('Anyone who has the link can read the whole assessment')
    expect(wrapper.find('input').exists()).toBe(false)
  })

  it('copies to the clipboard where there is no share sheet, and says so only then', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    browserHas({ writeText })
    const wrapper = await mountInLocale('en', ReportShare, { doc: blank })
    const { region, link } = await makeLink(wrapper, 'Share link')
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/open#a1\./)
    expect(region.text()).toMatch(/The link is [\d,]+ characters long\./)
    expect(region.text()).not.toContain('too long to send safely')
    // The link opens the same document.
    const opened = await openFragment(new URL(link).hash, { newId: () => 'x', now: new Date() })
    expect(opened.ok && opened.kind === 'assessment' && opened.result.originalId).toBe(blank!.id)

    expect(region.text()).not.toContain('Copied.')
    await button(region, 'Copy the link').trigger('click')
    await vi.waitFor(() => expect(region.get('[role="status"]').text()).toBe('Copied.'))
    expect(writeText).toHaveBeenCalledWith(link)
  })

  it('uses the share sheet where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve())
    const writeText = vi.fn(() => Promise.resolve())
    browserHas({ share, writeText })
    const wrapper = await mountInLocale('en', ReportShare, { doc: fairShare })
    const { region, link } = await makeLink(wrapper, 'Summary link')
    expect(link).toMatch(/\/open#s1\./)
    await button(region, 'Share the link…').trigger('click')
    await vi.waitFor(() => expect(region.get('[role="status"]').text()).toBe('Shared.'))
    expect(share).toHaveBeenCalledWith({ url: link, title: fairShare!.flag.title })
    expect(writeText).not.toHaveBeenCalled()
  })

  it('closing the share sheet says nothing; a share sheet that fails falls back to copying', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')))
    const writeText = vi.fn(() => Promise.resolve())
    browserHas({ share, writeText })
    const wrapper = await mountInLocale('en', ReportShare, { doc: blank })
    const { region } = await makeLink(wrapper, 'Summary link')
    await button(region, 'Share the link…').trigger('click')
    await vi.waitFor(() => expect(share).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    expect(region.get('[role="status"]').text()).toBe('')
    expect(writeText).not.toHaveBeenCalled()

    share.mockImplementation(() => Promise.reject(new DOMException('no', 'NotAllowedError')))
    await button(region, 'Share the link…').trigger('click')
    await vi.waitFor(() => expect(region.get('[role="status"]').text()).toBe('Copied.'))
  })

  it('shows the link selected for copying by hand when the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    browserHas({ writeText })
    const wrapper = mount(ReportShare, {
      props: { doc: blank! },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    const { region, link } = await makeLink(wrapper, 'Share link')
    await button(region, 'Copy the link').trigger('click')
    await vi.waitFor(() =>
      expect(region.get('[role="status"]').text()).toMatch(/did not let the app copy/),
    )
    expect(region.text()).not.toContain('Copied.')
    const input = region.get('input').element as HTMLInputElement
    expect(input.readOnly).toBe(true)
    expect(document.activeElement).toBe(input)
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe(link)
    wrapper.unmount()
  })

  it('offers the file for a link too long to send, and still shows the link', async () => {
    browserHas({})
    const wrapper = await mountInLocale('en', ReportShare, { doc: fairShare })
    const { region, link } = await makeLink(wrapper, 'Share link')
    expect(link.length).toBeGreaterThan(MAX_SAFE_LINK_CHARS)
    expect(region.text()).toContain('too long to send safely')
    expect(region.text()).toContain('too long for a QR code')
    await button(region, 'Save the assessment file instead').trigger('click')
    expect(wrapper.emitted('saveFile')).toHaveLength(1)
    // With neither share sheet nor clipboard, the field is the way.
    await button(region, 'Copy the link').trigger('click')
    await vi.waitFor(() =>
      expect(region.get('[role="status"]').text()).toMatch(/did not let the app copy/),
    )
  })

  it('draws a QR code for a summary link, dark on white with a quiet zone', async () => {
    browserHas({})
    const wrapper = await mountInLocale('en', ReportShare, { doc: blank })
    const { region } = await makeLink(wrapper, 'Summary link')
    await button(region, 'Show QR code').trigger('click')
    await vi.waitFor(() => expect(region.find('svg[data-qr]').exists()).toBe(true))
    const svg = region.get('svg[data-qr]')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toMatch(/^QR code of the link to “/)
    const [, , w] = svg.attributes('viewBox')!.split(' ').map(Number)
    // Version 1 to 10 (21 to 57 modules), plus 4 modules of quiet zone on each side.
    expect(w).toBeGreaterThanOrEqual(21 + 8)
    expect(w).toBeLessThanOrEqual(57 + 8)
    expect(svg.get('rect').attributes('fill')).toBe('#fff')
    expect(svg.get('path').attributes('fill')).toBe('#000')
    // Nothing is drawn in the quiet zone.
    const starts = [
      ...svg
        .get('path')
        .attributes('d')!
        .matchAll(/M(\d+) (\d+)/g),
    ]
    expect(starts.length).toBeGreaterThan(20)
    for (const [, x, y] of starts) expect(Math.min(Number(x), Number(y))).toBeGreaterThanOrEqual(4)
  })
})
