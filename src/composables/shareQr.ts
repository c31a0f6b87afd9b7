/**
 * QR codes for share links (issue 10), drawn by the app from the module matrix of `qr`
 * (paulmillr), which loads only when a QR code is shown.
 */
import { QR_QUIET_ZONE, qrSize, type QrMatrix } from '@/domain'

/**
 * The longest link, in UTF-8 bytes, given a QR code: what version 10 holds at error correction
 * level M (213 bytes in byte mode). A code shown on a projector or a phone screen scans reliably
 * only at low versions (up to about 10, 57 × 57 modules: research/exports-and-sharing.md); past
 * that the modules get too small for a camera across a room, and a link that long should travel
 * as a link or a file anyway. In practice: summary links, and no whole assessment.
 */
export const MAX_QR_LINK_BYTES = 213
const QR_MAX_VERSION = 10

/** Whether a link is short enough for a QR code that scans from a screen. */
export function fitsQr(link: string): boolean {
  return new TextEncoder().encode(link).length <= MAX_QR_LINK_BYTES
}

/**
 * The QR code of a link as rows of modules (true = dark), without the quiet zone; null when the
 * link is too long for a code that scans from a screen (see `MAX_QR_LINK_BYTES`). A code shown
 * full-screen on a projector (a workshop's join link) may go up to a higher `maxVersion`.
 */
export async function qrMatrixForLink(
  link: string,
  maxVersion = QR_MAX_VERSION,
): Promise<boolean[][] | null> {
  if (maxVersion <= QR_MAX_VERSION && !fitsQr(link)) return null
  const { default: encodeQR } = await import('qr')
  let framed: boolean[][]
  try {
    // The library insists on a quiet zone: the smallest one, cut off here (ours is drawn).
    framed = encodeQR(link, 'raw', { ecc: 'medium', border: 1 })
  } catch {
    return null // longer than version 40 holds
  }
  const matrix = framed.slice(1, -1).map((row) => row.slice(1, -1))
  return matrix.length <= 17 + 4 * maxVersion ? matrix : null
}

/** A PNG of the code, `scale` pixels per module, drawn on a canvas; null if canvas fails. */
export async function qrPngBlob(matrix: QrMatrix, scale = 8): Promise<Blob | null> {
  const size = qrSize(matrix)
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size * scale
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.fillStyle = '#000'
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect((x + QR_QUIET_ZONE) * scale, (y + QR_QUIET_ZONE) * scale, scale, scale)
    }),
  )
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'))
}
