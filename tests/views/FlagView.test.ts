import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import FlagView from '@/views/FlagView.vue'
import { createAssessment, type Assessment } from '@/domain'
import { useLibraryStore } from '@/stores/library'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getByLabel, getGroup, getHeading, getLink, queryLinks } from '../setup/queries'

let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

async function setup(edit?: (doc: Assessment) => void) {
  const doc = createAssessment({ id: 'doc1', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  edit?.(doc)
  const { wrapper, pinia } = await mountWithApp(FlagView, {
    path: '/a/doc1/flag',
    docs: [doc],
    attachTo: document.body,
  })
  mounted = wrapper
  const current = () => useLibraryStore(pinia).current!
  const gaps = () =>
    getHeading(wrapper, 'Still to do in this step')
      .element.closest('section')!
      .querySelectorAll('li')
  return { wrapper, current, gaps }
}

describe('FlagView', () => {
  it('has one h1 and introduces the step', async () => {
    const { wrapper } = await setup()
    expect(wrapper.findAll('h1')).toHaveLength(1)
    expect(wrapper.get('h1').text()).toBe('Flag the proposal')
    expect(wrapper.text()).toContain('record where you learned about it')
  })

  it('writes the title and the stage into the open assessment', async () => {
    const { wrapper, current } = await setup()
    await getByLabel(wrapper, 'Title').setValue('Digital Networks Act')
    expect(current().flag.title).toBe('Digital Networks Act')
    await getByLabel(getGroup(wrapper, 'How far it has got'), 'In parliament').setValue(true)
    expect(current().flag.stage).toBe('parliament')
    await getByLabel(wrapper, 'Consultation closes').setValue('2026-03-31')
    expect(current().flag.dates.consultationCloses).toBe('2026-03-31')
  })

  it('adds a source, refuses unsafe addresses as links, and removes it', async () => {
    const { wrapper, current } = await setup()
    await getButton(wrapper, 'Add a source').trigger('click')
    expect(current().flag.sources).toHaveLength(1)
    const source = getGroup(wrapper, 'Source 1')
    const url = getByLabel(source, 'Web address')

    await url.setValue('javascript:alert(1)')
    expect(current().flag.sources[0]!.url).toBe('javascript:alert(1)')
    expect(source.text()).toContain('This is not a web address')
    expect(source.find('a').exists()).toBe(false)
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)

    await url.setValue('https://example.org/proposal')
    expect(source.text()).not.toContain('This is not a web address')
    const link = source.get('a')
    expect(link.attributes('href')).toBe('https://example.org/proposal')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.attributes('target')).toBe('_blank')

    await getButton(wrapper, 'Remove Source 1').trigger('click')
    expect(current().flag.sources).toEqual([])
    expect(wrapper.text()).toContain('No sources yet.')
  })

  it('shrinks the to-do list as the required fields are filled', async () => {
    const { wrapper, gaps } = await setup()
    expect(gaps()).toHaveLength(4)
    await getByLabel(wrapper, 'Title').setValue('Digital Networks Act')
    expect(gaps()).toHaveLength(3)
    expect(queryLinks(wrapper, 'Give the proposal a title.')).toHaveLength(0)
    await getByLabel(wrapper, 'Where it applies').setValue('European Union')
    await getByLabel(wrapper, 'Summary').setValue('Sets up dispute resolution for interconnection.')
    expect(gaps()).toHaveLength(1)
    await getButton(wrapper, 'Add a source').trigger('click')
    expect(wrapper.text()).toContain('This step has everything it needs.')
    expect(getHeading(wrapper, 'Step complete').exists()).toBe(true)
  })

  it('moves focus to the missing field from the to-do list', async () => {
    const { wrapper } = await setup((doc) => (doc.flag.title = 'Named'))
    await getLink(wrapper, /Say where the proposal applies/).trigger('click')
    expect(document.activeElement).toBe(getByLabel(wrapper, 'Where it applies').element)
    await getLink(wrapper, /Add at least one source/).trigger('click')
    expect(document.activeElement).toBe(getButton(wrapper, 'Add a source').element)
  })

  it('shows markup typed into a field as literal text', async () => {
    const { wrapper } = await setup()
    await getButton(wrapper, 'Add a source').trigger('click')
    const payload = '<img src=x onerror=alert(1)>'
    await getByLabel(getGroup(wrapper, 'Source 1'), 'Title').setValue(payload)
    await getByLabel(getGroup(wrapper, 'Source 1'), 'Web address').setValue('https://example.org')
    const link = getGroup(wrapper, 'Source 1').get('a')
    expect(link.text()).toContain(payload)
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
