/**
 * The embedded Unicode font. jsPDF's built-in fonts only cover WinAnsi, so Greek, Cyrillic and
 * most of Latin Extended would come out as garbage; DejaVu Sans covers them, in a real bold cut.
 * The caller passes the TTF bytes in, so this module never fetches anything.
 */
import type { jsPDF } from 'jspdf'

export interface PdfFonts {
  /** DejaVuSans.ttf */
  regular: Uint8Array
  /** DejaVuSans-Bold.ttf */
  bold: Uint8Array
}

export const FONT_FAMILY = 'DejaVuSans'
export type FontWeight = 'normal' | 'bold'

/** Bytes to a binary string (one char per byte), in slices so large fonts don't overflow the stack. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  const chunk = 0x8000
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += chunk) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + chunk)))
  }
  return parts.join('')
}

/**
 * The binary string of each font, converted once per byte array: exporting twice from the same
 * page reuses the conversion.
 */
const binaryCache = new WeakMap<Uint8Array, string>()

function binaryOf(bytes: Uint8Array): string {
  let binary = binaryCache.get(bytes)
  if (binary === undefined) {
    binary = bytesToBinaryString(bytes)
    binaryCache.set(bytes, binary)
  }
  return binary
}

const TRUETYPE_MAGIC = [0x00, 0x01, 0x00, 0x00]

function assertTrueType(bytes: Uint8Array, name: string): void {
  if (bytes.length < 12 || TRUETYPE_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error(`The ${name} font is not a TrueType file.`)
  }
}

/**
 * Registers both weights under one family, each file once. jsPDF accepts the raw binary string
 * of a TrueType file in its virtual file system (it recognises the TrueType signature), which
 * saves a base64 round trip.
 */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  assertTrueType(fonts.regular, 'regular')
  assertTrueType(fonts.bold, 'bold')
  doc.addFileToVFS('DejaVuSans.ttf', binaryOf(fonts.regular))
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryOf(fonts.bold))
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold')
  doc.setFont(FONT_FAMILY, 'normal')
}
