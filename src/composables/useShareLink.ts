/**
 * Making and passing on share links (issue 10): the link is made on request (the codec loads
 * only then), then handed to the system's share sheet where the browser has one, or copied to
 * the clipboard. Reads no store: the view passes the document.
 */
import { ref, shallowRef, type Ref } from 'vue'
import type { Assessment } from '@/domain'

/**
 * Longer links are offered as a file instead: chat apps, e-mail and SMS mangle or cut longer
 * links (8,000 is RFC 9110's recommended minimum that every part of the web should carry).
 */
export const MAX_SAFE_LINK_CHARS = 8_000

export type ShareLinkKind = 'assessment' | 'summary'

/** What became of a request to pass a link on. */
export type PassOutcome = 'shared' | 'copied' | 'cancelled' | 'refused'

/** The address the app is served from, with its base path, e.g. `https://host/app/`. */
export function appBase(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href
}

/** Makes the link of a document, of either kind. */
async function makeShareLink(kind: ShareLinkKind, doc: Assessment): Promise<string> {
  const codec = await import('@/persistence/shareLink')
  // Read by the bench (scripts/bench/share.ts): the encoding alone, once the codec has loaded.
  const start = performance.now()
  const fragment =
    kind === 'assessment'
      ? await codec.encodeAssessmentFragment(doc)
      : await codec.encodeSummaryFragment(doc)
  performance.measure(`iiat:share-encode-${kind}`, { start })
  return codec.shareUrl(appBase(), fragment)
}

/**
 * Hands a link to the system's share sheet where there is one, else copies it. "Copied" only
 * when the copy succeeded; a refused clipboard is `refused`, and the caller shows the link to
 * copy by hand. Closing the share sheet is `cancelled`.
 */
export async function passOn(url: string, title: string): Promise<PassOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title })
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Not allowed here (no user gesture, a policy): the clipboard may still work.
    }
  }
  try {
    if (!navigator.clipboard?.writeText) return 'refused'
    await navigator.clipboard.writeText(url)
    return 'copied'
  } catch {
    return 'refused'
  }
}

/** One link's state: made or not, its length, and what passing it on did. */
export function useShareLink(kind: ShareLinkKind, doc: () => Assessment) {
  const link = ref<string | null>(null)
  const busy = ref(false)
  const failed = ref(false)
  const outcome: Ref<PassOutcome | null> = shallowRef(null)

  async function make(): Promise<void> {
    busy.value = true
    failed.value = false
    outcome.value = null
    try {
      link.value = await makeShareLink(kind, doc())
    } catch {
      link.value = null
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  async function pass(): Promise<void> {
    if (!link.value) return
    outcome.value = null
    outcome.value = await passOn(link.value, doc().flag.title)
  }

  function reset(): void {
    link.value = null
    outcome.value = null
    failed.value = false
  }

  return { link, busy, failed, outcome, make, pass, reset }
}
