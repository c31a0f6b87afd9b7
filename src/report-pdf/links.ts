/**
 * Which source addresses become clickable. The report model already sets `link` only for web
 * addresses; the renderer checks again, because a PDF viewer would follow a `javascript:` or
 * `file:` URI, and writes the address in its ASCII form (punycode, percent-escapes) as PDF
 * link annotations require.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

export function safeLink(link: string | null): string | null {
  if (link === null) return null
  try {
    const url = new URL(link.trim())
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
