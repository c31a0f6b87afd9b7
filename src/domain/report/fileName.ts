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
