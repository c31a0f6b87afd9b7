/** A set of code points stored one bit each, decoded from the base64 that `npm run fonts` writes. */
export interface CodePointBits {
  has(codePoint: number): boolean
}

export function bitsFromBase64(base64: string, offset = 0): CodePointBits {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const size = bytes.length * 8
  return {
    has(codePoint) {
      const i = codePoint - offset
      return i >= 0 && i < size && (bytes[i >> 3]! & (1 << (i & 7))) !== 0
    },
  }
}

export function bitsFromRanges(ranges: readonly (readonly [number, number])[]): CodePointBits {
  const bytes = new Uint8Array(0x10000 / 8)
  for (const [from, to] of ranges) {
    for (let c = from; c <= to && c <= 0xffff; c++) bytes[c >> 3]! |= 1 << (c & 7)
  }
  return { has: (c) => c <= 0xffff && (bytes[c >> 3]! & (1 << (c & 7))) !== 0 }
}
