import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import TogetherView from '@/views/TogetherView.vue'
import { createAssessment, type Assessment } from '@/domain'
import { useLibraryStore } from '@/stores/library'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getByLabel, getGroup, getHeading, getLink } from '../setup/queries'

let mounted: VueWrapper | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

async function setup(edit?: (doc: Assessment) => void) {
  const doc = createAssessment({ id: 'doc1', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  edit?.(doc)
  const { wrapper, pinia } = await mountWithApp(TogetherView, {
    path: '/a/doc1/together',
    docs: [doc],
    attachTo: document.body,
  })
  mounted = wrapper
  const current = () => useLibraryStore(pinia).current!
  const listUnder = (heading: string) => [
    ...getHeading(wrapper, heading).element.parentElement!.querySelectorAll('li'),
  ]
  return { wrapper, current, listUnder }
}

describe('TogetherView', () => {
  it('has one h1, explains why to act together and where to join', async () => {
    const { wrapper } = await setup()
    expect(wrapper.findAll('h1')).toHaveLength(1)
    expect(wrapper.get('h1').text()).toBe('Act together')
    expect(wrapper.text()).toContain('Internet Society chapters and members')
    const isoc = getLink(wrapper, /How to get involved in Internet Society advocacy/)
    expect(isoc.attributes('href')).toBe('https://internetsociety.org/get-involved/advocate')
    await getLink(wrapper, /explains how to take part/).trigger('click')
    expect(document.activeElement).toBe(getHeading(wrapper, 'Where to join').element)
  })

  it('adds an ally with a kind', async () => {
    const { wrapper, current } = await setup()
    await getButton(wrapper, 'Add an ally').trigger('click')
    const ally = getGroup(wrapper, 'Ally 1')
    await getByLabel(ally, 'Organisation or person').setValue('EDRi')
    await getByLabel(ally, 'Kind').setValue('civil-society')
    expect(current().together.allies).toEqual([
      expect.objectContaining({ name: 'EDRi', kind: 'civil-society' }),
    ])
  })

  it('plans next steps, marks one done and lists the open ones by date', async () => {
    const { wrapper, current, listUnder } = await setup()
    const add = async (what: string, when: string) => {
      await getButton(wrapper, 'Add a next step').trigger('click')
      const n = current().together.nextSteps.length
      const group = getGroup(wrapper, `Next step ${n}`)
      await getByLabel(group, 'What').setValue(what)
      await getByLabel(group, 'By when').setValue(when)
      return group
    }
    await add('Send the joint letter', '2026-04-01')
    const second = await add('Brief the rapporteur', '2026-03-10')
    await add('Publish the analysis', '')
    await add('Call the chapter board', '2026-03-20')
    expect(current().together.nextSteps.map((s) => s.when)).toEqual([
      '2026-04-01',
      '2026-03-10',
      '',
      '2026-03-20',
    ])
    const order = () => listUnder('Coming up').map((li) => li.textContent ?? '')
    expect(order().map((text) => text.match(/Send|Brief|Publish|Call/)?.[0])).toEqual([
      'Brief',
      'Call',
      'Send',
      'Publish',
    ])

    await getByLabel(second, 'Done').setValue(true)
    expect(current().together.nextSteps[1]!.done).toBe(true)
    expect(order().map((text) => text.match(/Send|Brief|Publish|Call/)?.[0])).toEqual([
      'Call',
      'Send',
      'Publish',
    ])
  })

  it('records the coalition, an ask and the chapter', async () => {
    const { wrapper, current } = await setup()
    await getByLabel(wrapper, 'Coalition or joint statement').setValue('Open letter of 30 groups')
    await getButton(wrapper, 'Add an ask').trigger('click')
    await getByLabel(getGroup(wrapper, 'Ask 1'), 'Asked of').setValue('Council presidency')
    await getByLabel(wrapper, 'Your chapter').setValue('Internet Society Belgium')
    expect(current().together.coalition).toBe('Open letter of 30 groups')
    expect(current().together.asks[0]!.to).toBe('Council presidency')
    expect(current().together.join.chapter).toBe('Internet Society Belgium')
  })

  it('shrinks the to-do list and links each gap to its section', async () => {
    const { wrapper, listUnder } = await setup()
    expect(listUnder('Still to do in this step')).toHaveLength(2)
    await getLink(wrapper, /Plan at least one next step/).trigger('click')
    expect(document.activeElement).toBe(getButton(wrapper, 'Add a next step').element)
    await getButton(wrapper, 'Add an ally').trigger('click')
    expect(listUnder('Still to do in this step')).toHaveLength(1)
    await getButton(wrapper, 'Add a next step').trigger('click')
    expect(wrapper.text()).toContain('This step has everything it needs.')
    expect(getHeading(wrapper, 'Step complete').exists()).toBe(true)
  })

  it('shows markup typed into a field as literal text', async () => {
    const payload = '<img src=x onerror=alert(1)>'
    const { wrapper, listUnder } = await setup((doc) => {
      doc.together.join.chapterUrl = 'https://chapter.example/'
    })
    await getButton(wrapper, 'Add a next step').trigger('click')
    await getByLabel(getGroup(wrapper, 'Next step 1'), 'What').setValue(payload)
    await getByLabel(wrapper, 'Your chapter').setValue(payload)
    expect(listUnder('Coming up')[0]!.textContent).toContain(payload)
    expect(getLink(wrapper, /<img src=x onerror=alert\(1\)>/).attributes('href')).toBe(
      'https://chapter.example/',
    )
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
