import { execFileSync } from 'node:child_process'
import type { Download } from '@playwright/test'

/** Saves a downloaded PDF and returns its text (poppler's pdftotext) and page count. */
export async function readDownloadedPdf(download: Download, path: string) {
  await download.saveAs(path)
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
  return { text, pages, info, flat: text.replace(/\s+/g, ' ') }
}
