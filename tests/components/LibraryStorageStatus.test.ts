import { describe, expect, it } from 'vitest'
import LibraryStorageStatus from '@/components/library/LibraryStorageStatus.vue'
import { mountWithApp } from '../setup/mountApp'

const mayClear = 'The browser may clear them when space runs low'
const keptForGood = 'Your assessments are kept until you delete them.'

describe('LibraryStorageStatus', () => {
  it.each<{ persisted: boolean | null; empty: boolean; says: string | null }>([
    { persisted: false, empty: false, says: mayClear },
    { persisted: false, empty: true, says: null },
    { persisted: true, empty: false, says: keptForGood },
    { persisted: null, empty: false, says: null },
  ])('persisted: $persisted, no assessments: $empty', async ({ persisted, empty, says }) => {
    const { wrapper } = await mountWithApp(LibraryStorageStatus, {
      props: { persisted, empty, usage: null, quota: null },
    })
    for (const text of [mayClear, keptForGood])
      expect(wrapper.text().includes(text), text).toBe(says === text)
  })

  it('says how much room the library takes', async () => {
    const { wrapper } = await mountWithApp(LibraryStorageStatus, {
      props: { persisted: null, empty: true, usage: 2_500_000, quota: 10_000_000_000 },
    })
    expect(wrapper.text()).toBe('Storage used by this app: 2.5 MB of 10 GB available.')
  })
})
