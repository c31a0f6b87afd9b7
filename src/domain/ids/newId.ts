/**
 * Ids and calendar days for new documents and list entries. Ids are stable random slugs, never
 * positions (DESIGN.md §3); the randomness and the clock are parameters so tests are exact.
 */

/** A source of random bytes: the platform's `crypto.getRandomValues` unless a test passes one. */
export type RandomBytes = (length: number) => Uint8Array

interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array
}

/**
 * `crypto.getRandomValues`, which (unlike `randomUUID`) also works on plain-http workshop
 * networks that are not secure contexts. Looked up at call time so the domain needs no DOM types.
 */
const platformRandom: RandomBytes = (length) =>
  (globalThis as unknown as { crypto: CryptoLike }).crypto.getRandomValues(new Uint8Array(length))

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A short random id of lower-case letters and digits (12 characters: about 62 bits). */
export function newId(random: RandomBytes = platformRandom, length = 12): string {
  let id = ''
  for (const b of random(length)) id += ALPHABET[b % ALPHABET.length]
  return id
}

/** The calendar day of `now` as YYYY-MM-DD, in the time zone `now` is read in (the user's). */
export function todayIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
