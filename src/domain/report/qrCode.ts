/**
 * Drawing a QR code from its module matrix (rows of dark = true), the same way on the Report
 * step, in the downloaded SVG file and on the summary card. Making the matrix is the `qr`
 * library's job (composables/shareQr.ts), loaded only when a code is shown.
 */
import { escapeXml } from './xml'

export type QrMatrix = readonly (readonly boolean[])[]

/** Modules of white around the code: the 4 the QR standard asks for. */
export const QR_QUIET_ZONE = 4

/**
 * The dark modules as one SVG path in module units, offset by the quiet zone: one rectangle per
 * horizontal run, so a 57 × 57 code is a few hundred short commands.
 */
export function qrPath(matrix: QrMatrix, quiet = QR_QUIET_ZONE): string {
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
export function qrSize(matrix: QrMatrix, quiet = QR_QUIET_ZONE): number {
  return matrix.length + 2 * quiet
}

/** A standalone SVG file of the code: dark on white, whatever the page's theme. */
export function qrSvgFile(matrix: QrMatrix, title: string): string {
  const size = qrSize(matrix)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" ` +
    `height="${size * 8}" shape-rendering="crispEdges" role="img"><title>${escapeXml(title)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix)}"/></svg>\n`
  )
}
