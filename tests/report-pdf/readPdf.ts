/**
 * Reads a PDF back with pdfjs-dist in Node: the text of every page (items joined, whitespace
 * normalised, because pdfjs may split words across items), the links and the metadata.
 */
import { fileURLToPath } from 'node:url'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const STANDARD_FONTS = fileURLToPath(
  new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url),
)

export interface PdfLink {
  page: number
  url: string
}

export interface PdfContent {
  pageCount: number
  /** The text of each page, whitespace normalised to single spaces. */
  pages: string[]
  /** All pages' text joined with a space. */
  text: string
  links: PdfLink[]
  /** Every annotation that carries a URL or an action, for checks on what is *not* linked. */
  annotations: { page: number; subtype: string; url?: string; unsafeUrl?: string }[]
  info: Record<string, unknown>
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export async function readPdf(data: Uint8Array): Promise<PdfContent> {
  // pdfjs takes ownership of the buffer it is given; pass a copy.
  const pdf = await getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise
  try {
    const pages: string[] = []
    const links: PdfLink[] = []
    const annotations: PdfContent['annotations'] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      const parts = content.items.map((item) =>
        'str' in item ? item.str + (item.hasEOL ? ' ' : '') : '',
      )
      pages.push(normaliseText(parts.join(' ')))
      const annots = (await page.getAnnotations()) as {
        subtype: string
        url?: string
        unsafeUrl?: string
      }[]
      for (const a of annots) {
        annotations.push({ page: n, subtype: a.subtype, url: a.url, unsafeUrl: a.unsafeUrl })
        if (a.subtype === 'Link' && a.url) links.push({ page: n, url: a.url })
      }
    }
    const metadata = await pdf.getMetadata()
    return {
      pageCount: pdf.numPages,
      pages,
      text: pages.join(' '),
      links,
      annotations,
      info: metadata.info as Record<string, unknown>,
    }
  } finally {
    await pdf.destroy()
  }
}
