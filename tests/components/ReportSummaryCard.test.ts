import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { domainTexts } from '@/domain'
import { createFairShareAssessment } from '@/domain/templates/fairShare'
import ReportSummaryCard from '@/components/report/ReportSummaryCard.vue'
import { captureDownloads } from '../setup/downloads'
import { mountInLocale } from '../setup/mountInLocale'

const NOW = new Date('2025-03-05T10:00:00.000Z')
const LINK = 'https://iiat.example/open#s1.AAAA'

let downloads: { blob: Blob; fileName: string }[] = []
beforeEach(() => {
  downloads = captureDownloads()
})
afterEach(() => {
  vi.restoreAllMocks()
})

function props(link: string | null) {
  const doc = createFairShareAssessment({ id: 'fs', now: NOW, locale: 'en' })
  return { doc, texts: domainTexts('en'), lang: 'en', dir: 'ltr', link }
}

/** The QR code's modules are the card's one `<path>`. */
async function pathsIn(file: { blob: Blob }) {
  return ((await file.blob.text()).match(/<path\b/g) ?? []).length
}

describe('ReportSummaryCard', () => {
  it('an SVG asked for while the link’s QR code is being made waits for it', async () => {
    const wrapper = await mountInLocale('en', ReportSummaryCard, props(LINK))
    const svg = wrapper.findAll('button').find((b) => b.text() === 'Download SVG')!
    // At once, before the QR code's module has loaded: the click must not save a card without it.
    ;(svg.element as HTMLButtonElement).click()
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    expect(downloads[0]!.fileName).toMatch(/-card\.svg$/)
    expect(await pathsIn(downloads[0]!)).toBe(1)
  })

  it('without a link, the SVG has no QR code', async () => {
    const wrapper = await mountInLocale('en', ReportSummaryCard, props(null))
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download SVG')!
      .trigger('click')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    expect(await pathsIn(downloads[0]!)).toBe(0)
  })
})
