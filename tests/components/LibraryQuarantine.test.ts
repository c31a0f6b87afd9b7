import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { IssueCode } from '@/domain'
import LibraryQuarantine from '@/components/library/LibraryQuarantine.vue'
import { createAppI18n } from '@/i18n'
import { mountWithApp } from '../setup/mountApp'
import { getButton, getHeading } from '../setup/queries'

type Reason = 'invalid' | 'migrated-backup' | 'replaced-backup'

const record = (reason: Reason, codes: IssueCode[]) => ({
  key: '1',
  sourceKey: 'doc-1',
  foundAt: '2026-03-01T09:00:00Z',
  reason,
  raw: '{}',
  issues: codes.map((code) => ({ path: [], code })),
})

describe('LibraryQuarantine', () => {
  it.each<[string, Reason, IssueCode[], RegExp]>([
    ['not JSON data', 'invalid', ['not-an-object'], /Why: it is not data the app can read/],
    ['another format', 'invalid', ['wrong-format'], /Why: it is not data the app can read/],
    ['a damaged entry', 'invalid', [], /Why: it is not data the app can read/],
    ['a future version', 'invalid', ['newer-version'], /saved by a newer version of this app/],
    [
      'fields of the wrong shape',
      'invalid',
      ['required', 'too-long'],
      /some of its content is missing or not valid/,
    ],
    ['a repeated id', 'invalid', ['duplicate-id'], /some of its content is missing or not valid/],
    ['a migration backup', 'migrated-backup', [], /original of an assessment updated/],
    ['a replaced record', 'replaced-backup', ['required'], /kept when a save replaced it/],
  ])('says why a record was set aside: %s', async (_, reason, codes, why) => {
    const { wrapper } = await mountWithApp(LibraryQuarantine, {
      props: { quarantined: [record(reason, codes)], skipped: [] },
    })
    expect(getHeading(wrapper, 'Some saved data could not be read').exists()).toBe(true)
    const item = wrapper.find('li')
    expect(item.text()).toContain('Record “doc-1”')
    expect(item.text()).toMatch(why)
    await getButton(wrapper, 'Download raw data').trigger('click')
    expect(wrapper.emitted('download')).toEqual([['1']])
  })

  it('loads its words only when something is set aside, and again for another language', async () => {
    // The app's i18n as at start-up: the first-load messages only.
    const i18n = createAppI18n()
    const wrapper = mount(LibraryQuarantine, {
      props: { quarantined: [], skipped: [] },
      global: { plugins: [i18n] },
    })
    await flushPromises()
    expect(i18n.global.te('recovery.quarantine.heading')).toBe(false)
    await wrapper.setProps({ quarantined: [record('invalid', [])], skipped: [] })
    await vi.waitFor(() =>
      expect(wrapper.find('h2').text()).toBe('Some saved data could not be read'),
    )
    i18n.global.locale.value = 'fr'
    await vi.waitFor(() =>
      expect(wrapper.find('h2').text()).toBe('Certaines données enregistrées sont illisibles'),
    )
  })
})
