import { describe, expect, it } from 'vitest'
import decodeQR from 'qr/decode.js'
import { QR_QUIET_ZONE, qrPath, qrSize, qrSvgFile } from '@/domain'
import { MAX_QR_LINK_BYTES, fitsQr, qrMatrixForLink } from '@/composables/shareQr'

/** The code as RGBA pixels, `scale` per module, quiet zone included, as a camera would see it. */
function pixels(matrix: boolean[][], scale = 4) {
  const size = qrSize(matrix) * scale
  const data = new Uint8Array(size * size * 4).fill(255)
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at =
            ((y + QR_QUIET_ZONE) * scale + dy) * size * 4 + ((x + QR_QUIET_ZONE) * scale + dx) * 4
          data[at] = data[at + 1] = data[at + 2] = 0
        }
    }),
  )
  return { width: size, height: size, data }
}

describe('QR codes of share links', () => {
  it('encode a link up to version 10 at level M, and decode back to it', async () => {
    for (const length of [30, 120, MAX_QR_LINK_BYTES]) {
      const link = `https://example.org/open#s1.${'x'.repeat(length - 28)}`
      expect(fitsQr(link)).toBe(true)
      const matrix = (await qrMatrixForLink(link))!
      expect(matrix.length).toBeLessThanOrEqual(57)
      expect((matrix.length - 17) % 4).toBe(0)
      expect(decodeQR(pixels(matrix))).toBe(link)
    }
  })

  it('refuse a link too long to scan from a screen, counted in UTF-8 bytes', async () => {
    const long = `https://example.org/open#s1.${'x'.repeat(MAX_QR_LINK_BYTES)}`
    expect(fitsQr(long)).toBe(false)
    expect(await qrMatrixForLink(long)).toBeNull()
    expect(fitsQr('é'.repeat(MAX_QR_LINK_BYTES / 2 + 1))).toBe(false)
  })

  it('draw one rectangle per run of dark modules, inside the quiet zone', () => {
    const matrix = [
      [true, true, false],
      [false, true, true],
      [true, false, true],
    ]
    expect(qrPath(matrix, 4)).toBe('M4 4h2v1h-2zM5 5h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z')
    expect(qrSize(matrix)).toBe(3 + 2 * QR_QUIET_ZONE)
  })

  it('write an SVG file dark on white, its title escaped', async () => {
    const matrix = (await qrMatrixForLink('https://example.org/open#s1.abc'))!
    const svg = qrSvgFile(matrix, 'QR code of “<b>&"x"</b>”')
    expect(svg).toContain('<title>QR code of “&#60;b&#62;&#38;&#34;x&#34;&#60;/b&#62;”</title>')
    expect(svg).toContain('fill="#fff"')
    expect(svg).toContain('<path fill="#000" d="M4 4h7v1h-7z')
  })
})
