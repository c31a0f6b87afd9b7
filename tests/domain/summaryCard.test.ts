// @vitest-environment jsdom
// The summary card (issue 10): what it shows, that it is well-formed XML whatever the user typed,
// that long texts are cut to fit, and that a right-to-left report gets a mirrored card.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  CARD_WIDTH,
  buildReport,
  buildSummaryCard,
  domainTexts,
  loadDomainTexts,
  type Assessment,
  type DomainTexts,
  type MeasureText,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'

const NOW = new Date('2025-03-05T10:00:00.000Z')
const QR = [
  [true, false, true],
  [false, true, false],
  [true, true, true],
]

function fairShare(): Assessment {
  return TEMPLATES[0]!.create({ id: 'card', now: NOW, locale: 'en' })
}

function cardOf(
  doc: Assessment,
  texts: DomainTexts = domainTexts('en'),
  extra: { link?: string; qr?: boolean[][]; measure?: MeasureText } = {},
) {
  const report = buildReport(doc, { texts, now: NOW, timeZone: 'UTC' })
  return buildSummaryCard({
    report,
    messages: doc.strategy.messages.map((m) => m.text),
    labels: texts.report.card,
    direction: texts.locale === 'ar' ? 'rtl' : 'ltr',
    ...extra,
  })
}

function parse(svg: string): Document {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0)
  return xml
}

const texts = (xml: Document) => [...xml.querySelectorAll('text')].map((t) => t.textContent ?? '')

beforeAll(async () => {
  await loadDomainTexts('ar')
})

describe('the summary card of the worked example', () => {
  it('shows the title, the verdict and its headline, the chart and three key messages', () => {
    const doc = fairShare()
    const report = buildReport(doc, { texts: domainTexts('en'), now: NOW, timeZone: 'UTC' })
    const card = cardOf(doc)
    const xml = parse(card.svg)
    const all = texts(xml).join(' ')
    expect(xml.documentElement.getAttribute('width')).toBe('1200')
    expect(xml.documentElement.getAttribute('lang')).toBe('en')
    expect(xml.querySelector('title')?.textContent).toBe(report.cover.title)
    expect(all).toContain('Seriously undermines what the Internet')
    expect(all).toContain('Undermines 3 of the 5 critical properties')
    expect(all).toContain('Key messages')
    // One bar per harmed group in the chart's colour of harm.
    expect(xml.querySelectorAll('rect[fill="#c0392b"]').length).toBeGreaterThanOrEqual(4)
    // Up to three messages, each with its bullet.
    expect(xml.querySelectorAll('circle')).toHaveLength(Math.min(3, doc.strategy.messages.length))
    expect(xml.querySelector('path')).toBeNull()
  })

  it('has alt text that says the verdict, each group and the messages, also in <desc>', () => {
    const doc = fairShare()
    const card = cardOf(doc)
    expect(card.alt).toMatch(/^Internet Impact Brief: EU “fair share”/)
    expect(card.alt).toContain('Seriously undermines what the Internet needs to exist')
    expect(card.alt).toContain('Critical properties: −3')
    expect(card.alt).toContain(`Key messages: ${doc.strategy.messages[0]!.text.slice(0, 30)}`)
    expect(parse(card.svg).querySelector('desc')?.textContent).toBe(card.alt.slice(0, -1))
  })

  it('carries the link, and the QR code only when one is given', () => {
    const link = 'https://iiat.example/open#s1.abc'
    const withLink = parse(cardOf(fairShare(), undefined, { link, qr: QR }).svg)
    expect(texts(withLink)).toContain('iiat.example/open#s1.abc')
    expect(withLink.querySelector('path')?.getAttribute('d')).toContain('M4 4h1v1h-1z')
    expect(cardOf(fairShare(), undefined, { link }).alt).toContain(`Link: ${link}`)
    expect(parse(cardOf(fairShare(), undefined, { link }).svg).querySelector('path')).toBeNull()
  })
})

describe('whatever the user typed', () => {
  it('stays well-formed XML: markup, entities, controls and lone surrogates', () => {
    const doc = fairShare()
    doc.flag.title = '<script>alert("x")</script> & \u0000\u0007 \ud800 \u202eevil'
    const xml = parse(cardOf(doc).svg)
    expect(xml.querySelector('script')).toBeNull()
    expect(texts(xml).join(' ')).toContain('<script>alert("x")</script> &')
  })

  it('cuts long texts at a grapheme with "…" so every line fits its width', () => {
    const doc = fairShare()
    doc.flag.title = 'Très long titre '.repeat(40)
    doc.strategy.messages[0]!.text = 'x'.repeat(500)
    const widths: number[] = []
    const measure: MeasureText = (text, size) => {
      const w = Array.from(text).length * size * 0.55
      widths.push(w)
      return w
    }
    const all = texts(parse(cardOf(doc, undefined, { measure }).svg))
    const titleLines = all.filter((t) => t.startsWith('Très') || t.includes('titre'))
    expect(titleLines).toHaveLength(2)
    expect(titleLines[1]).toMatch(/…$/)
    expect(all.some((t) => /^x+…$/.test(t))).toBe(true)
    for (const line of all) expect(Array.from(line).length * 15 * 0.55).toBeLessThan(CARD_WIDTH)
  })
})

describe('a right-to-left report', () => {
  it('gets a mirrored card in Arabic, with Arabic alt text', () => {
    const ar = domainTexts('ar')
    const card = cardOf(fairShare(), ar)
    const xml = parse(card.svg)
    expect(xml.documentElement.getAttribute('lang')).toBe('ar')
    expect(xml.documentElement.getAttribute('direction')).toBe('rtl')
    // The heading of the messages starts at the right margin and reads right to left.
    const heading = [...xml.querySelectorAll('text')].find(
      (t) => t.textContent === ar.report.card.messages,
    )!
    expect(Number(heading.getAttribute('x'))).toBeGreaterThan(CARD_WIDTH / 2)
    expect(heading.getAttribute('direction')).toBe('rtl')
    expect(heading.getAttribute('text-anchor')).toBe('start')
    // English text in the Arabic card keeps its own direction, at the same edge.
    const english = [...xml.querySelectorAll('text')].find((t) =>
      t.textContent?.startsWith('Network fees'),
    )!
    expect(english.getAttribute('direction')).toBe('ltr')
    expect(english.getAttribute('text-anchor')).toBe('end')
    expect(card.alt).toContain(ar.report.card.messages)
  })
})
