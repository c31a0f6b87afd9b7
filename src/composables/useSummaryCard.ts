import {
  CARD_HEIGHT,
  CARD_WIDTH,
  buildSummaryCard,
  type Assessment,
  type DomainTexts,
  type MeasureText,
  type SummaryCard,
} from '@/domain'
import { reportAt } from './reportAt'
import { downloadBlob } from './useDownload'

/** The font the card's SVG asks for, so the canvas measures what the image will draw. */
const CARD_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"

let context: CanvasRenderingContext2D | null | undefined

/** Text widths from a canvas, in the card's font; undefined where there is no canvas (tests). */
function canvasMeasure(): MeasureText | undefined {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d')
    } catch {
      context = null
    }
  }
  const ctx = context
  if (!ctx) return undefined
  return (text, size, bold) => {
    ctx.font = `${bold ? '700 ' : ''}${size}px ${CARD_FONT}`
    return ctx.measureText(text).width
  }
}

/**
 * The summary card of a document in a report language: from its report with every section (the
 * card always shows the verdict and the chart, whatever is hidden), with the key
 * messages in their order, and the link and its QR code when one was made.
 */
export function summaryCardOf(options: {
  doc: Assessment
  texts: DomainTexts
  direction: 'ltr' | 'rtl'
  now: Date
  link?: string
  qr?: boolean[][]
}): SummaryCard & { fileBaseName: string } {
  const { doc } = options
  // The plan alone has no verdict nor chart; hidden sections are still on the card.
  const profile = doc.report.profile === 'plan' ? 'complete' : doc.report.profile
  const report = reportAt(
    { ...doc, report: { ...doc.report, profile, hiddenSections: [] } },
    options.texts,
    options.now,
  )
  const card = buildSummaryCard({
    report,
    messages: doc.strategy.messages.map((m) => m.text),
    labels: options.texts.report.card,
    direction: options.direction,
    link: options.link,
    qr: options.qr,
    measure: canvasMeasure(),
  })
  return { ...card, fileBaseName: report.meta.fileBaseName }
}

/** The card as an SVG file. */
export function downloadCardSvg(card: SummaryCard, baseName: string): void {
  downloadBlob(new Blob([card.svg], { type: 'image/svg+xml' }), `${baseName}-card.svg`)
}

/** The card drawn at twice its size (2400 × 1350) as a PNG file. */
export async function downloadCardPng(card: SummaryCard, baseName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([card.svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = CARD_WIDTH * 2
    canvas.height = CARD_HEIGHT * 2
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no canvas')
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!png) throw new Error('no PNG')
    downloadBlob(png, `${baseName}-card.png`)
  } finally {
    URL.revokeObjectURL(url)
  }
}
