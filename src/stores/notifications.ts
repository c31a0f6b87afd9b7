import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MessageKey } from '@/i18n'

export interface Notice {
  id: number
  /** A message key and its parameters, so the message follows the UI language. */
  key: MessageKey
  params?: Record<string, string | number>
  /** Extra lines already in words (e.g. per-field import problems from the domain). */
  details?: string[]
  tone: 'info' | 'success' | 'error'
  action?: { key: MessageKey; run: () => void }
}

/** Messages shown in the live region at the top of the page. */
export const useNotificationsStore = defineStore('notifications', () => {
  const notices = ref<Notice[]>([])
  let next = 1

  function notify(notice: Omit<Notice, 'id'>): number {
    const id = next++
    notices.value = [...notices.value.slice(-3), { ...notice, id }]
    return id
  }

  function dismiss(id: number) {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return { notices, notify, dismiss }
})
