import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { DOMWrapper } from '@vue/test-utils'
import { within } from '@testing-library/vue'
import { createAssessment } from '@/domain'
import { en } from '@/domain/texts/en'
import HistoryPanel from '@/components/history/HistoryPanel.vue'
import type { HistoryEntry } from '@/components/history/historyEntry'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getHeading } from '../setup/queries'

function version(title: string) {
  const doc = createAssessment({ id: 'doc1', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  doc.flag.title = title
  doc.flag.summary = 'What the bill does.'
  doc.analysis.privacy.impact = 'negative'
  doc.analysis['common-global-identifiers'].impact = 'unclear'
  return doc
}

const entries: HistoryEntry[] = [
  {
    key: 3,
    takenAt: '2026-03-02T10:15:00Z',
    reason: 'closed',
    assessment: version('Second'),
    raw: null,
  },
  { key: 2, takenAt: 'garbage', reason: 'edit', assessment: null, raw: '{"broken":true}' },
  {
    key: 1,
    takenAt: '2026-03-01T09:00:00Z',
    reason: 'before-restore',
    assessment: version(''),
    raw: null,
  },
]

const props = {
  state: 'ready' as const,
  entries,
  keep: 30,
  busy: false,
  notice: null,
}

describe('HistoryPanel', () => {
  it('lists each version with its date, why it was kept and a one-line summary', async () => {
    const { wrapper } = await mountWithApp(HistoryPanel, { props })
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(3)
    expect(items[0]!.text()).toContain('(when the assessment was left)')
    expect(items[0]!.text()).toContain('“Second”, 2 of 15 rows rated')
    expect(items[0]!.find('time').attributes('datetime')).toBe('2026-03-02T10:15:00Z')
    expect(items[1]!.text()).toContain('Unknown date')
    expect(items[1]!.text()).toContain('This version could not be read.')
    expect(items[2]!.text()).toContain('“Untitled assessment”, 2 of 15 rows rated')
    expect(items[2]!.text()).toContain('(before a restore)')
    expect(wrapper.text()).toContain('The 30 most recent are kept.')
  })

  it('offers the raw data of an unreadable version instead of view and restore', async () => {
    const { wrapper } = await mountWithApp(HistoryPanel, { props })
    const unreadable = wrapper.findAll('li')[1]!
    expect(unreadable.findAll('button').map((b) => b.text())).toEqual(['Download raw data'])
    await unreadable.find('button').trigger('click')
    expect(wrapper.emitted('download')).toEqual([[entries[1]]])
  })

  it('shows a version read-only, moves focus to it, and back when it is closed', async () => {
    const { wrapper } = await mountWithApp(HistoryPanel, { props, attachTo: document.body })
    const viewButton = wrapper.findAll('li')[0]!.findAll('button')[0]!
    expect(viewButton.attributes('aria-label')).toMatch(/^View the version of /)
    await viewButton.trigger('click')
    await nextTick()
    const heading = getHeading(wrapper, /^Version of /)
    expect(document.activeElement).toBe(heading.element)
    expect(viewButton.attributes('aria-expanded')).toBe('true')
    const region = within(document.body).getByRole('region', { name: /^Version of / })
    const version = new DOMWrapper(region)
    expect(version.text()).toContain('Second')
    expect(version.text()).toContain('What the bill does.')
    const privacyRow = version
      .findAll('tbody tr')
      .find((row) => row.find('th').text() === en.catalogue.items.privacy.name)!
    expect(privacyRow.find('td').text()).toBe(en.impact.negative)
    expect(version.findAll('tbody tr')).toHaveLength(15)
    expect(version.find('input, textarea, select').exists()).toBe(false)

    await getButton(wrapper, 'Close this version').trigger('click')
    await nextTick()
    expect(within(document.body).queryByRole('region', { name: /^Version of / })).toBeNull()
    expect(document.activeElement).toBe(viewButton.element)
    wrapper.unmount()
  })

  it('asks to restore a version by its key', async () => {
    const { wrapper } = await mountWithApp(HistoryPanel, { props })
    await wrapper.findAll('li')[2]!.findAll('button')[1]!.trigger('click')
    expect(wrapper.emitted('restore')).toEqual([[1]])
  })

  it('announces a restore and puts focus on Undo restore', async () => {
    const { wrapper } = await mountWithApp(HistoryPanel, { props, attachTo: document.body })
    await wrapper.setProps({ notice: { text: 'Restored.', tone: 'success', undo: true } })
    await nextTick()
    const status = wrapper.find('[role="status"]')
    expect(status.text()).toContain('Restored.')
    const undo = getButton(wrapper, 'Undo restore')
    expect(document.activeElement).toBe(undo.element)
    await undo.trigger('click')
    expect(wrapper.emitted('undo')).toHaveLength(1)

    await wrapper.setProps({ notice: { text: 'Undone.', tone: 'success', undo: false } })
    await nextTick()
    expect(wrapper.findAll('button').some((b) => b.text() === 'Undo restore')).toBe(false)
    expect(document.activeElement?.textContent?.trim()).toBe('Undone.')
    wrapper.unmount()
  })

  it.each([
    ['loading', [], 'Loading the history…'],
    ['unavailable', [], 'The history cannot be read in this browser'],
    ['ready', [], 'No earlier versions yet.'],
  ] as const)('says so when %s with %j', async (state, list, text) => {
    const { wrapper } = await mountWithApp(HistoryPanel, {
      props: { ...props, state, entries: list },
    })
    expect(wrapper.text()).toContain(text)
    expect(wrapper.find('ol').exists()).toBe(false)
  })
})
