import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  domainTexts,
  ENABLER_IDS,
  PROPERTY_IDS,
  type Assessment,
  type DomainTexts,
  type ReportModel,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { DOCX_MIME_TYPE, renderReportDocx } from '@/report-docx'

const en = domainTexts('en')
const NOW = new Date('2025-03-05T10:00:00.000Z')

function fairShare(): Assessment {
  const doc = TEMPLATES[0]!.create({ id: 'tpl-1', now: NOW, locale: 'en' })
  doc.report.profile = 'complete'
  return doc
}

function report(doc: Assessment, texts: DomainTexts = en): ReportModel {
  return buildReport(doc, { texts, now: NOW, timeZone: 'UTC' })
}

/** The parts of a .docx as text, by their path in the zip. */
async function parts(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]))
}

/** The text of a Word document, paragraph by paragraph, its XML escapes read. */
function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  )
}

describe('renderReportDocx: the fair-share example', async () => {
  const r = report(fairShare())
  const blob = await renderReportDocx(r)
  const zip = await parts(blob)
  const doc = zip['word/document.xml']!
  const text = paragraphs(doc)

  it('is a Word document', () => {
    expect(blob.type).toBe(DOCX_MIME_TYPE)
    expect(zip['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml')
  })

  it('uses Word heading styles: the title, every section at level 1, sub-headings below', () => {
    expect(doc).toContain('<w:pStyle w:val="Title"/>')
    for (const level of [1, 2, 3]) expect(doc).toContain(`<w:pStyle w:val="Heading${level}"/>`)
    const headed = [...doc.matchAll(/<w:p>(<w:pPr><w:pStyle w:val="Heading1"\/>[\s\S]*?)<\/w:p>/g)]
    expect(headed.map((m) => paragraphs(`<w:p>${m[1]}</w:p>`)[0])).toEqual(
      r.sections.map((s) => s.title),
    )
    // The heading styles are in the outline, for the navigation pane and a table of contents.
    expect(zip['word/styles.xml']).toMatch(
      /w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/,
    )
  })

  it('has the cover: title, headline, facts and small print', () => {
    expect(text).toContain(r.cover.title)
    expect(text).toContain(r.cover.headline)
    for (const fact of r.cover.facts) expect(text).toContain(`${fact.label}: ${fact.value}`)
    for (const line of r.cover.footnotes) expect(text).toContain(line)
  })

  it('names all five critical properties and all ten enablers', () => {
    const all = text.join('\n')
    for (const id of [...PROPERTY_IDS, ...ENABLER_IDS])
      expect(all).toContain(en.catalogue.items[id].name)
  })

  it('makes lists on numbering definitions, not bullet characters', () => {
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/)
    expect(zip['word/numbering.xml']).toContain('<w:numFmt w:val="bullet"/>')
    expect(zip['word/numbering.xml']).toContain('<w:lvlText w:val="[%1]"/>')
    expect(text.some((p) => p.startsWith('•'))).toBe(false)
  })

  it('makes real tables with a header row repeated on every page', () => {
    const tables = doc.match(/<w:tbl>/g) ?? []
    expect(tables.length).toBeGreaterThanOrEqual(5)
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBe(tables.length)
    expect(doc).toContain('<w:tblBorders>')
  })

  it('sets the language, the core properties and links to the sources', () => {
    expect(zip['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="en"\/>/)
    const core = zip['docProps/core.xml']!
    expect(core).toContain(`<dc:title>${r.meta.title.replace(/&/g, '&amp;')}</dc:title>`)
    expect(core).toContain('<dc:language>en</dc:language>')
    expect(core).toContain('<dc:subject>')
    expect(core).toContain('<dc:creator>')
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${NOW.toISOString()}`)
    expect(zip['word/_rels/document.xml.rels']).toMatch(/TargetMode="External"/)
    expect(doc).not.toContain('<w:bidi/>')
  })
})

describe('renderReportDocx: a right-to-left report', async () => {
  const doc = fairShare()
  doc.flag.title = 'رسوم استخدام الشبكة'
  const r = report(doc, domainTexts('ar'))
  const zip = await parts(await renderReportDocx(r))
  const xml = zip['word/document.xml']!

  it('lays out paragraphs, runs and tables right to left, in Arabic', () => {
    expect(zip['word/styles.xml']).toMatch(/<w:lang w:val="ar" w:bidi="ar"\/>/)
    expect(xml).toContain('<w:bidi/>')
    expect(xml).toContain('<w:rtl/>')
    expect(xml).toContain('<w:bidiVisual/>')
    expect(zip['docProps/core.xml']).toContain('<dc:language>ar</dc:language>')
  })

  it('keeps text written left to right in its own direction', () => {
    // The worked example's findings are in English: their paragraphs are not bidirectional.
    const english = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((p) =>
      p[1]!.includes('Large European telecom operators'),
    )
    expect(english?.[1]).toBeDefined()
    expect(english![1]).not.toContain('<w:bidi/>')
    expect(english![1]).not.toContain('<w:rtl/>')
    const arabic = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((p) =>
      p[1]!.includes('رسوم استخدام الشبكة'),
    )
    expect(arabic![1]).toContain('<w:bidi/>')
  })
})

describe('renderReportDocx: hostile text', () => {
  it('escapes markup in every text and in the metadata', async () => {
    const doc = createAssessment({ id: 'h', now: NOW, locale: 'en' })
    doc.report.profile = 'complete'
    doc.flag.title = '</w:t></w:r><w:r><w:t>x & "y" <z>'
    doc.flag.summary = ']]><!-- <w:p/> &amp;'
    doc.strategy.audiences = [{ id: 'a', name: '<b>A</b>', why: 'line\nbreak', ask: '' }]
    const r = report(doc)
    const zip = await parts(await renderReportDocx(r))
    const xml = zip['word/document.xml']!
    expect(xml).toContain(
      '&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;x &amp; &quot;y&quot; &lt;z&gt;',
    )
    expect(xml).toContain(']]&gt;&lt;!-- &lt;w:p/&gt; &amp;amp;')
    expect(paragraphs(xml)).toContain('<b>A</b>')
    // A line break the person wrote is a break in Word, not a lost character.
    expect(xml).toMatch(
      />line<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:r>).)*?<\/w:rPr>)?<w:br\/><w:t[^>]*>break</,
    )
    const core = zip['docProps/core.xml']!
    expect(core).toContain('&lt;/w:t&gt;')
    expect(core).not.toContain('<w:r>')
  })
})
