// @vitest-environment node
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildReport, domainTexts, type ReportModel } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { PDF_CREATOR, renderReportPdf } from '@/report-pdf/renderReportPdf'
import { bytesToBinaryString } from '@/report-pdf/fonts'
import { fillPageTemplate } from '@/report-pdf/footer'
import { safeLink } from '@/report-pdf/links'
import { testFonts } from './fonts'
import {
  CYRILLIC,
  ENABLER_NAMES,
  FINDING,
  GREEK,
  JAVASCRIPT_URL,
  LATIN_EXTENDED,
  PROPERTY_NAMES,
  SAFE_URL,
  SCRIPT_PAYLOAD,
  SECTION_TITLES,
  hostileReport,
  sampleReport,
  stressReport,
} from './fixtures/reportModels'
import { normaliseText, readPdf } from './readPdf'

const render = (report: ReportModel) => renderReportPdf(report, { fonts: testFonts() })

/** With SAVE_PDF=1, rendered files go to /tmp for a look with a viewer or pdftoppm. */
function save(name: string, bytes: Uint8Array): void {
  if (process.env.SAVE_PDF === '1') writeFileSync(`/tmp/iiat-${name}.pdf`, bytes)
}

function templateReport(): ReportModel {
  const template = TEMPLATES[0]
  if (!template) throw new Error('no built-in template')
  const now = new Date('2025-03-03T09:30:00.000Z')
  const doc = template.create({ id: 'sample', now, locale: 'en' })
  return buildReport(doc, { texts: domainTexts('en'), now })
}

describe('renderReportPdf', () => {
  it('writes a PDF file', async () => {
    const bytes = await render(sampleReport())
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    expect(new TextDecoder().decode(bytes.subarray(-6)).trim()).toBe('%%EOF')
    // The catalog is not compressed: the document language is readable in the file.
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (en)')
  })

  describe('the sample report, read back', async () => {
    const report = sampleReport()
    const bytes = await render(report)
    save('fixture', bytes)
    const pdf = await readPdf(bytes)

    it('has every section title and every item name', () => {
      for (const title of SECTION_TITLES) expect(pdf.text).toContain(title)
      for (const name of [...PROPERTY_NAMES, ...ENABLER_NAMES]) expect(pdf.text).toContain(name)
    })

    it('prints a finding with its rating and every labelled part', () => {
      expect(pdf.text).toContain(`${FINDING.impactText} · ${FINDING.confidence}`)
      for (const part of FINDING.parts) {
        expect(pdf.text).toContain(part.label)
        for (const text of part.paragraphs) expect(pdf.text).toContain(text)
      }
    })

    it('round-trips Greek, Cyrillic and Latin Extended exactly', () => {
      expect(pdf.text).toContain(GREEK)
      expect(pdf.text).toContain(CYRILLIC)
      expect(pdf.text).toContain(LATIN_EXTENDED)
    })

    it('has the cover, the verdict and the chart', () => {
      expect(pdf.pages[0]).toContain(normaliseText(report.cover.title))
      expect(pdf.pages[0]).toContain('Generated on 3 March 2025')
      for (const text of [
        report.cover.dateLine,
        report.cover.headline,
        ...report.cover.abstract,
        ...report.cover.footnotes,
        'Ada Lovelace and Zoë Ørsted',
      ])
        expect(pdf.pages[0]).toContain(normaliseText(text))
      expect(pdf.text).toContain('Seriously undermines what the Internet needs to exist')
      expect(pdf.text).toContain('Undermines 2 of the 5 critical properties')
      expect(pdf.text).toContain('Provisional: some rows are unclear')
      expect(pdf.text).toContain('Ratings by group')
      expect(pdf.text).toContain('Not rated')
      expect(pdf.text).toContain('Worst rating')
      expect(pdf.text).toContain('Strongest benefit')
    })

    it('numbers every page but the cover in the footer', () => {
      expect(pdf.pageCount).toBeGreaterThan(1)
      expect(pdf.pages[0]).not.toContain(`of ${pdf.pageCount}`)
      for (let n = 2; n <= pdf.pageCount; n++) {
        expect(pdf.pages[n - 1]).toContain(`Page ${n} of ${pdf.pageCount}`)
      }
    })

    it('sets the document properties', () => {
      expect(pdf.info.Title).toBe(report.meta.title)
      expect(pdf.info.Author).toBe('Ada Lovelace, Zoë Ørsted')
      expect(pdf.info.Subject).toBe(report.meta.subject)
      expect(pdf.info.Creator).toBe(PDF_CREATOR)
      expect(pdf.info.Keywords).toContain('European Union')
    })

    it('prints markup as literal text', () => {
      expect(pdf.text).toContain(SCRIPT_PAYLOAD)
    })

    it('links a source only when the model gives a link', () => {
      expect(pdf.links.map((l) => l.url)).toContain(SAFE_URL)
      expect(pdf.text).toContain(JAVASCRIPT_URL)
      for (const a of pdf.annotations) {
        expect(a.url ?? '').not.toMatch(/^javascript:/i)
        expect(a.unsafeUrl ?? '').not.toMatch(/^javascript:/i)
      }
    })
  })

  it('never links a javascript: address, even when the model marks it as a link', async () => {
    const report = sampleReport()
    const sources = report.sections.at(-1)!.blocks[0]!
    if (sources.kind !== 'sources') throw new Error('fixture changed')
    sources.items[1]!.link = JAVASCRIPT_URL
    const pdf = await readPdf(await render(report))
    expect(pdf.annotations.filter((a) => a.subtype === 'Link')).toHaveLength(1)
    expect(pdf.links).toEqual([expect.objectContaining({ url: SAFE_URL })])
  })

  it('renders hostile text without throwing and without losing the rest of a line', async () => {
    const bytes = await render(hostileReport())
    save('hostile', bytes)
    const pdf = await readPdf(bytes)
    expect(pdf.text).toContain(SCRIPT_PAYLOAD)
    // Text after a tab, a NUL and a bell survives (jsPDF would drop the rest of the line).
    expect(pdf.text).toContain('(parentheses) \\backslash\\ %percent')
    expect(pdf.text).toContain('tab here, bell, NUL, CR LF')
    expect(pdf.text).toContain('emoji \uFFFD flag \uFFFD and ✓')
    expect(pdf.text).not.toContain('\u202E')
    expect(pdf.info.Title).toContain(SCRIPT_PAYLOAD)
  })

  it("prints the characters \\s+ as typed (jsPDF's Arabic shaping turned them into a space)", async () => {
    const report = sampleReport()
    report.sections[0]!.blocks.push({ kind: 'paragraph', text: 'Match with \\s+ in a pattern.' })
    const pdf = await readPdf(await render(report))
    expect(pdf.text).toContain('Match with \\s+ in a pattern.')
  })

  // Its speed is the bench's business (npm run bench), not a timed assertion here; the time limit
  // only stops a hang, with room for a loaded 2-core machine.
  it(
    'renders 10,000-character fields, 200 evidence lines and a 100-row table',
    {
      timeout: 60_000,
    },
    async () => {
      const report = stressReport()
      const bytes = await render(report)
      save('stress', bytes)
      const pdf = await readPdf(bytes)
      expect(pdf.pageCount).toBeGreaterThan(20)
      expect(pdf.text).toContain('[200] Evidence line 200')
      expect(pdf.text).toContain("Brief the rapporteur's office, round 100")
      expect(pdf.text).toContain('Empty section')
      expect(pdf.links.length).toBeGreaterThanOrEqual(150)
      for (let n = 2; n <= pdf.pageCount; n++) {
        expect(pdf.pages[n - 1]).toContain(`Page ${n} of ${pdf.pageCount}`)
      }
    },
  )

  it('renders the report built from the first template', async () => {
    const report = templateReport()
    const bytes = await render(report)
    const pdf = await readPdf(bytes)
    for (const section of report.sections) expect(pdf.text).toContain(normaliseText(section.title))
    for (const block of report.sections.flatMap((s) => s.blocks)) {
      if (block.kind === 'analysis') for (const r of block.rows) expect(pdf.text).toContain(r.name)
    }
    expect(pdf.info.Title).toBe(report.meta.title)
    save('sample', bytes)
  })

  it('rejects font bytes that are not TrueType', async () => {
    const bogus = new Uint8Array(64)
    await expect(
      renderReportPdf(sampleReport(), { fonts: { regular: bogus, bold: testFonts().bold } }),
    ).rejects.toThrow(/TrueType/)
  })
})

describe('helpers', () => {
  it('converts bytes to a binary string in slices', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 3).map((_, i) => i % 256)
    const binary = bytesToBinaryString(bytes)
    expect(binary).toHaveLength(bytes.length)
    expect(binary.charCodeAt(0x8000 + 1)).toBe((0x8000 + 1) % 256)
  })

  it('fills the page template', () => {
    expect(fillPageTemplate('Page {page} of {pages}', 2, 9)).toBe('Page 2 of 9')
  })

  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['http://例え.jp/', 'http://xn--r8jz45g.jp/'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    [JAVASCRIPT_URL, null],
    ['file:///etc/passwd', null],
    ['not a url', null],
    [null, null],
  ])('links %s as %s', (input, expected) => {
    expect(safeLink(input)).toBe(expected)
  })
})
