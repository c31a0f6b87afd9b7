/**
 * Text packed for a link's fragment, a code to paste or a QR code: `<letter><version>.<payload>`,
 * where the payload is base64url (no padding, canonical) of the text's UTF-8 bytes compressed
 * with raw deflate, followed by the CRC-32 of those bytes. Raw deflate has no checksum of its own,
 * and without one an altered character could unpack to a different but valid document.
 *
 * Share links (`a1.`, `s1.`), workshop join links (`j1.`) and ballots (`b1.`) all use it, so all
 * are refused the same way when hostile: by length before decoding, and by unpacked size while
 * unpacking (chunk by chunk, stopped as soon as it passes the cap), so a compression bomb never
 * allocates its output.
 */
import { deflateRaw, inflateCapped } from './compression'

/**
 * The longest packed text decoded at all: Chromium drops URLs over 2 MiB, so a longer one cannot
 * have come from a link.
 */
export const MAX_PACKED_CHARS = 2 * 1024 * 1024

/** Why packed text was refused; the UI puts each into words. */
export type UnpackFailure =
  /** Empty, or not a kind asked for. */
  | 'not-ours'
  /** A kind asked for, in a format older than this version reads. */
  | 'older'
  /** A kind asked for, in a format newer than this version reads. */
  | 'newer'
  /** Longer than any link a browser carries: refused before decoding. */
  | 'too-long'
  /** Characters that are not base64url, or a length base64url never has. */
  | 'bad-encoding'
  /** The bytes do not unpack: damaged, cut short, or not ours. */
  | 'bad-compression'
  /** It unpacks, but the checksum does not match (or the bytes are not UTF-8): damaged or cut short. */
  | 'damaged'
  /** It unpacks to more than the kind's cap. */
  | 'too-large'

/** The kinds a reader accepts, by letter: the version it reads and the most bytes it unpacks. */
export type PackedKinds = Readonly<Record<string, { version: number; maxBytes: number }>>

export type Unpacked =
  { ok: true; letter: string; text: string } | { ok: false; reason: UnpackFailure }

/** `<letter><version>.<payload>` for the text. */
export async function packText(letter: string, version: number, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const packed = await deflateRaw(bytes)
  const out = new Uint8Array(packed.length + 4)
  out.set(packed)
  new DataView(out.buffer).setUint32(packed.length, crc32(bytes))
  return `${letter}${version}.${toBase64Url(out)}`
}

/**
 * The text packed in `packed` (with or without a leading `#`), if it is one of `kinds`. Never
 * throws; every refusal has its reason.
 */
export async function unpackText(packed: string, kinds: PackedKinds): Promise<Unpacked> {
  try {
    return await unpack(packed, kinds)
  } catch {
    return { ok: false, reason: 'bad-compression' }
  }
}

async function unpack(packed: string, kinds: PackedKinds): Promise<Unpacked> {
  if (typeof packed !== 'string') return { ok: false, reason: 'not-ours' }
  if (packed.length > MAX_PACKED_CHARS + 1) return { ok: false, reason: 'too-long' }
  const hash = packed.startsWith('#') ? packed.slice(1) : packed
  const head = /^([a-z])(0|[1-9][0-9]{0,3})\./.exec(hash)
  const kind = head && Object.hasOwn(kinds, head[1]!) ? kinds[head[1]!] : undefined
  if (!head || !kind) return { ok: false, reason: 'not-ours' }
  const version = Number(head[2])
  if (version !== kind.version)
    return { ok: false, reason: version > kind.version ? 'newer' : 'older' }
  const payload = hash.slice(head[0].length)
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, reason: 'bad-encoding' }
  // Only base64url's characters, but a length or final bits it never has: cut short.
  const bytes = fromBase64Url(payload)
  if (!bytes) return { ok: false, reason: 'damaged' }
  if (bytes.length < 5) return { ok: false, reason: 'damaged' }
  const body = bytes.subarray(0, bytes.length - 4)
  const unpacked = await inflateCapped(body, 'deflate-raw', kind.maxBytes)
  if (unpacked === 'too-large') return { ok: false, reason: 'too-large' }
  if (unpacked === 'bad') return { ok: false, reason: 'bad-compression' }
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4)
  if (crc32(unpacked) !== expected) return { ok: false, reason: 'damaged' }
  try {
    return {
      ok: true,
      letter: head[1]!,
      text: new TextDecoder('utf-8', { fatal: true }).decode(unpacked),
    }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
}

// ---------------------------------------------------------------------------------------------
// base64url without padding, strict: one spelling per byte string.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** Each character code's value, -1 for characters outside the alphabet. */
const VALUES = Int8Array.from({ length: 128 }, (_, code) =>
  ALPHABET.indexOf(String.fromCharCode(code)),
)

function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** The bytes, or null for any character outside base64url, a bad length or stray low bits. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 6) / 8))
  let bits = 0
  let value = 0
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const v = code < 128 ? VALUES[code]! : -1
    if (v < 0) return null
    value = ((value << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >> bits) & 0xff
    }
  }
  // The bits left over must be zero, or two texts would spell the same bytes.
  if (bits > 0 && (value & ((1 << bits) - 1)) !== 0) return null
  return out
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE), as zip and PNG use it.

let crcTable: Uint32Array | undefined

function crc32(bytes: Uint8Array): number {
  const table = (crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  }))
  let crc = 0xffffffff
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
