// @vitest-environment node
// Unpacking untrusted data with a cap, by the browser's streams and by fflate alike.
import { deflateRawSync, deflateSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { compression, deflateRaw, inflateCapped } from '@/persistence/compression'

const text = new TextEncoder().encode('Internet Way of Networking. '.repeat(400))

describe.each([
  ['streams', true],
  ['fflate', false],
])('inflateCapped with %s', (_name, streams) => {
  const useStreams = compression.useStreams
  afterEach(() => {
    compression.useStreams = useStreams
  })

  it.each([
    ['deflate', (b: Uint8Array) => new Uint8Array(deflateSync(b))],
    ['deflate-raw', (b: Uint8Array) => new Uint8Array(deflateRawSync(b))],
  ] as const)('unpacks %s exactly, and refuses more than the cap', async (format, pack) => {
    compression.useStreams = () => streams
    expect(await inflateCapped(pack(text), format, text.length)).toEqual(text)
    expect(await inflateCapped(pack(text), format, text.length - 1)).toBe('too-large')
    expect(await inflateCapped(pack(text).subarray(0, 40), format, 1e6)).toBe('bad')
    expect(await inflateCapped(new Uint8Array([1, 2, 3, 4, 5]), format, 1e6)).toBe('bad')
  })

  it('packs raw deflate that unpacks to the same bytes', async () => {
    compression.useStreams = () => streams
    const packed = await deflateRaw(text)
    expect(packed.length).toBeLessThan(text.length / 10)
    expect(await inflateCapped(packed, 'deflate-raw', text.length)).toEqual(text)
  })
})
