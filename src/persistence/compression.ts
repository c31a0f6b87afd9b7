/**
 * Deflate for untrusted data (share links, a PDF's attachment): the browser's streams where they
 * have the format, fflate otherwise. Unpacking has a cap on what comes out: input is fed in small
 * slices and the output is counted as it comes, so a compression bomb is refused after about
 * `cap` bytes, never allocated in full.
 */

/** 'deflate' is zlib (a PDF's FlateDecode), 'deflate-raw' has no header (share links). */
export type DeflateFormat = 'deflate' | 'deflate-raw'

/**
 * Input is fed to the decompressor in slices of this size: deflate expands at most about
 * 1,032 to 1, so one slice can unpack to at most about 1 MiB before the size check runs.
 */
const INFLATE_SLICE_BYTES = 1024

function hasStreams(format: DeflateFormat): boolean {
  try {
    new DecompressionStream(format)
    new CompressionStream(format)
    return true
  } catch {
    return false
  }
}

/** Set by tests to run the fflate path where the streams exist. */
export const compression = { useStreams: hasStreams }

/** Raw deflate of `bytes`, for a share link. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  if (!compression.useStreams('deflate-raw')) {
    const { deflateSync } = await import('./deflateFallback')
    return deflateSync(bytes, { level: 9 })
  }
  const stream = new CompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined)
  void writer.close().catch(() => undefined)
  return concat((await readAll(stream.readable.getReader(), Infinity))!)
}

/** Unpacks `bytes`, stopping as soon as the output passes `cap` bytes. */
export async function inflateCapped(
  bytes: Uint8Array,
  format: DeflateFormat,
  cap: number,
): Promise<Uint8Array | 'too-large' | 'bad'> {
  return compression.useStreams(format)
    ? inflateWithStreams(bytes, format, cap)
    : inflateWithFflate(bytes, format, cap)
}

async function inflateWithStreams(
  bytes: Uint8Array,
  format: DeflateFormat,
  cap: number,
): Promise<Uint8Array | 'too-large' | 'bad'> {
  const stream = new DecompressionStream(format)
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  let stopped = false
  // Slices are written one after the other, each when the previous one has been consumed, so
  // the decompressor never holds more than one slice's output that has not been read and counted.
  const writing = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += INFLATE_SLICE_BYTES)
      await writer.write(bytes.slice(at, at + INFLATE_SLICE_BYTES))
    if (!stopped) await writer.close()
  })()
  writing.catch(() => undefined)
  try {
    const chunks = await readAll(reader, cap)
    if (chunks === null) {
      stopped = true
      await Promise.allSettled([reader.cancel(), writer.abort()])
      return 'too-large'
    }
    await writing
    return concat(chunks)
  } catch {
    stopped = true
    await Promise.allSettled([reader.cancel(), writer.abort()])
    return 'bad'
  }
}

async function inflateWithFflate(
  bytes: Uint8Array,
  format: DeflateFormat,
  cap: number,
): Promise<Uint8Array | 'too-large' | 'bad'> {
  const { Inflate, Unzlib } = await import('./deflateFallback')
  const chunks: Uint8Array[] = []
  let total = 0
  let finished = false
  const inflater = new (format === 'deflate' ? Unzlib : Inflate)((chunk, final) => {
    total += chunk.length
    if (total <= cap) chunks.push(chunk)
    if (final) finished = true
  })
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_SLICE_BYTES) {
      const end = Math.min(at + INFLATE_SLICE_BYTES, bytes.length)
      inflater.push(bytes.subarray(at, end), end === bytes.length)
      if (total > cap) return 'too-large'
    }
  } catch {
    return 'bad'
  }
  return finished ? concat(chunks) : 'bad'
}

/** Reads a stream to its end; null as soon as more than `cap` bytes came. */
async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  cap: number,
): Promise<Uint8Array[] | null> {
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return chunks
    total += value.length
    if (total > cap) return null
    chunks.push(value)
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
