/**
 * Inflating untrusted bytes (a PDF's attachment, a share link) with a cap on what comes out: the
 * stream is read chunk by chunk and cancelled as soon as the output passes `maxBytes`, so a
 * compression bomb is refused after reading about `maxBytes`, never allocated in full.
 */

export type InflateResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; reason: 'too-large' | 'bad-compression' }

/** `format`: 'deflate' is zlib (a PDF's FlateDecode), 'deflate-raw' has no header. */
export async function inflateCapped(
  input: Uint8Array<ArrayBuffer>,
  format: 'deflate' | 'deflate-raw',
  maxBytes: number,
): Promise<InflateResult> {
  const parts: Uint8Array[] = []
  let total = 0
  try {
    const stream = new Blob([input]).stream().pipeThrough(new DecompressionStream(format))
    const reader = stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined)
        return { ok: false, reason: 'too-large' }
      }
      parts.push(value)
    }
  } catch {
    return { ok: false, reason: 'bad-compression' }
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return { ok: true, bytes }
}
