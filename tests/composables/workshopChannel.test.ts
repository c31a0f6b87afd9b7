/**
 * The console ↔ projector protocol (src/composables/workshopChannel.ts): only its own messages
 * get through, whatever else arrives on the channel.
 */
import { describe, expect, it } from 'vitest'
import { readWorkshopMessage } from '@/composables/workshopChannel'

describe('readWorkshopMessage', () => {
  it('reads the protocol’s messages', () => {
    expect(readWorkshopMessage({ type: 'ready' })).toEqual({ type: 'ready' })
    expect(readWorkshopMessage({ type: 'show', row: 'privacy', revealed: true, extra: 1 })).toEqual(
      {
        type: 'show',
        row: 'privacy',
        revealed: true,
      },
    )
    expect(readWorkshopMessage({ type: 'show', row: null, revealed: false })).toEqual({
      type: 'show',
      row: null,
      revealed: false,
    })
  })

  it.each([
    null,
    'show',
    { type: 'show', row: 'not-a-row', revealed: true },
    { type: 'show', row: 'privacy', revealed: 'yes' },
    { type: 'show', row: '<img src=x onerror=alert(1)>', revealed: true },
    { type: 'name', name: 'Amal' },
  ])('ignores %j', (data) => {
    expect(readWorkshopMessage(data)).toBeNull()
  })
})
