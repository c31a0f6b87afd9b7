/**
 * File names for exported reports and documents, safe on Windows, macOS and Linux while keeping
 * the title readable in any script (accented Latin, Greek, Cyrillic…).
 */

/** Used when a title leaves nothing usable, e.g. an empty or all-punctuation title. */
export const FALLBACK_FILE_BASE_NAME = 'internet-impact-assessment'
/** Longest base name, in characters, leaving room for an extension and a copy suffix. */
const MAX_FILE_BASE_NAME = 80

/** Names Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * A file name without extension derived from a title: letters (any script), marks and digits
 * are kept, spaces and other punctuation become single dashes, characters no file system
 * accepts (`/\:*?"<>|`, control characters) and apostrophes disappear, and the result is at most
 * 80 characters; a title with nothing usable gives "internet-impact-assessment".
 */
export function safeFileBaseName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/[-_]*-[-_]*/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
  const clipped = Array.from(cleaned)
    .slice(0, MAX_FILE_BASE_NAME)
    .join('')
    .replace(/[-_]+$/g, '')
  if (clipped === '') return FALLBACK_FILE_BASE_NAME
  return WINDOWS_RESERVED.test(clipped) ? `${clipped}-report` : clipped
}

/**
 * The base name of a report file: the title's, followed by a suffix saying which document it is
 * (e.g. "Internet-Impact-Brief"); the suffix alone when the title leaves nothing usable.
 */
export function reportFileBaseName(title: string, suffix: string): string {
  const tail = suffix.trim() ? safeFileBaseName(suffix) : ''
  const head = safeFileBaseName(title)
  if (!tail) return head
  if (head === FALLBACK_FILE_BASE_NAME) return tail
  const room = Math.max(1, MAX_FILE_BASE_NAME - Array.from(tail).length - 1)
  const clipped = Array.from(head)
    .slice(0, room)
    .join('')
    .replace(/[-_]+$/g, '')
  return `${clipped}-${tail}`
}
