/**
 * The console and the projector window of one workshop talk over a BroadcastChannel (same
 * browser profile, no server): `iiat-workshop-<key>`. The protocol is three messages:
 * - `{ type: 'show', row, revealed }`: which row the projector shows (null: the overview) and
 *   whether its result is revealed. The console sends it; the projector sends it too when driven
 *   by its own keyboard, so both stay in step.
 * - `{ type: 'ready' }`: a projector window that just opened asks for the current state; the
 *   console answers with `show`.
 * Anything else is ignored: every message is checked, never trusted. Where BroadcastChannel is
 * missing, posting does nothing and the projector is driven by its own keyboard.
 */
import { onBeforeUnmount } from 'vue'
import { ITEM_IDS, type ItemId } from '@/domain'

export type WorkshopMessage =
  { type: 'show'; row: ItemId | null; revealed: boolean } | { type: 'ready' }

/** The message, if it is one of the protocol's; null for anything else. */
export function readWorkshopMessage(data: unknown): WorkshopMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const m = data as Record<string, unknown>
  if (m.type === 'ready') return { type: 'ready' }
  if (
    m.type === 'show' &&
    typeof m.revealed === 'boolean' &&
    (m.row === null || (ITEM_IDS as readonly unknown[]).includes(m.row))
  )
    return { type: 'show', row: m.row as ItemId | null, revealed: m.revealed }
  return null
}

/** Joins the workshop's channel for the component's lifetime. */
export function useWorkshopChannel(key: string, onMessage: (message: WorkshopMessage) => void) {
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(`iiat-workshop-${key}`) : null
  if (channel)
    channel.onmessage = (event: MessageEvent) => {
      const message = readWorkshopMessage(event.data)
      if (message) onMessage(message)
    }
  onBeforeUnmount(() => channel?.close())
  return {
    post(message: WorkshopMessage) {
      channel?.postMessage(message)
    },
  }
}
