/**
 * QR codes for share links (issue 10), drawn by the app from the module matrix of `qr`
 * (paulmillr), which loads only when a QR code is shown.
 */

/**
 * The longest link, in UTF-8 bytes, given a QR code: what version 10 holds at error correction
 * level M (213 bytes in byte mode). A code shown on a projector or a phone screen scans reliably
 * only at low versions (up to about 10, 57 × 57 modules: research/exports-and-sharing.md); past
 * that the modules get too small for a camera across a room, and a link that long should travel
 * as a link or a file anyway. In practice: summary links, and no whole assessment.
 */
export const MAX_QR_LINK_BYTES = 213
const QR_MAX_VERSION = 10

/** Modules of white around the code: the 4 the QR standard asks for. */
export const QR_QUIET_ZONE = 4

/** Whether a link is short enough for a QR code that scans from a screen. */
export function fitsQr(link: string): boolean {
  return new TextEncoder().encode(link).length <= MAX_QR_LINK_BYTES
}

/**
 * The QR code of a link as rows of modules (true = dark), without the quiet zone; null when the
 * link is too long for a code that scans from a screen (see `MAX_QR_LINK_BYTES`).
 */
export async function qrMatrixForLink(link: string): Promise<boolean[][] | null> {
  if (!fitsQr(link)) return null
  const { default: encodeQR } = await import('qr')
  // The library insists on a quiet zone: the smallest one, cut off here (ours is drawn).
  const framed = encodeQR(link, 'raw', { ecc: 'medium', border: 1 })
  const matrix = framed.slice(1, -1).map((row) => row.slice(1, -1))
  return matrix.length <= 17 + 4 * QR_MAX_VERSION ? matrix : null
}

/**
 * The dark modules as one SVG path in module units, offset by the quiet zone: one rectangle per
 * horizontal run, so a 57 × 57 code is a few hundred short commands.
 */
export function qrPath(matrix: readonly (readonly boolean[])[], quiet = QR_QUIET_ZONE): string {
  const parts: string[] = []
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue
      let end = x
      while (row[end + 1]) end++
      parts.push(`M${x + quiet} ${y + quiet}h${end - x + 1}v1h${x - end - 1}z`)
      x = end
    }
  })
  return parts.join('')
}

/** The side of the code with its quiet zone, in modules. */
export function qrSize(matrix: readonly (readonly boolean[])[], quiet = QR_QUIET_ZONE): number {
  return matrix.length + 2 * quiet
}

/** A standalone SVG file of the code: dark on white, whatever the page's theme. */
export function qrSvgFile(matrix: readonly (readonly boolean[])[], title: string): string {
  const size = qrSize(matrix)
  const escaped = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" ` +
    `height="${size * 8}" shape-rendering="crispEdges" role="img"><title>${escaped}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix)}"/></svg>\n`
  )
}

/** A PNG of the code, `scale` pixels per module, drawn on a canvas; null if canvas fails. */
export async function qrPngBlob(
  matrix: readonly (readonly boolean[])[],
  scale = 8,
): Promise<Blob | null> {
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
