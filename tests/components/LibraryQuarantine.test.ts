import { describe, expect, it } from 'vitest'
import type { IssueCode } from '@/domain'
import LibraryQuarantine from '@/components/library/LibraryQuarantine.vue'
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
})
