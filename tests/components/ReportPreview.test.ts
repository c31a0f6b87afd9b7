import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { within } from '@testing-library/vue'
import { createTestI18n } from '../setup/i18n'
import {
  buildReport,
  domainTexts,
  type Assessment,
  type FindingBlock,
  type ReportModel,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import ReportPreview from '@/components/report/ReportPreview.vue'

function fairShare(): Assessment {
  return TEMPLATES[0]!.create({ id: 't', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
}

function reportOf(doc: Assessment): ReportModel {
  return buildReport(doc, { texts: domainTexts('en'), now: new Date('2026-02-01T00:00:00Z') })
}

function mountPreview(report: ReportModel) {
  return mount(ReportPreview, { props: { report }, global: { plugins: [createTestI18n()] } })
}

describe('ReportPreview', () => {
  it('renders the cover and every section as a region named by its h2 title', () => {
    const report = reportOf(fairShare())
    const wrapper = mountPreview(report)

    expect(wrapper.find('article').attributes('aria-label')).toBe('Report preview')
    expect(wrapper.find('header h2').text()).toBe(report.cover.title)
    expect(wrapper.text()).toContain(report.cover.dateLine)

    const sections = wrapper.findAll('section[aria-labelledby]')
    expect(sections.map((s) => s.find('h2').text())).toEqual(report.sections.map((s) => s.title))
    for (const section of sections) {
      const heading = section.find('h2')
      expect(heading.attributes('id')).toBe(section.attributes('aria-labelledby'))
    }
    // Only h2 and h3 inside the preview: the page's h1 stays the only h1.
    expect(wrapper.findAll('h1')).toHaveLength(0)
    expect(wrapper.findAll('h4, h5, h6')).toHaveLength(0)
  })

  it('shows the verdict in words with its colour cue, the provisional note and the reasons', () => {
    const report = reportOf(fairShare())
    const verdict = report.sections[0]!.blocks.find((b) => b.kind === 'verdict')!
    const wrapper = mountPreview(report)

    const badge = within(wrapper.element as HTMLElement).getByText(verdict.label)
    expect(badge.classList).toContain(`verdict-badge--${verdict.verdict}`)
    expect(wrapper.text()).toContain(verdict.meaning)
    expect(wrapper.text()).toContain(verdict.provisionalNote)
    for (const reason of verdict.reasons) expect(wrapper.text()).toContain(reason)
  })

  it("renders the analysis as captioned tables with 15 rows in ISOC's four columns, impacts in words", () => {
    const report = reportOf(fairShare())
    const analysis = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'analysis')
    const wrapper = mountPreview(report)

    const tables = wrapper
      .findAll('table')
      .filter((table) => analysis.some((a) => a.title === table.find('caption').text()))
    expect(tables).toHaveLength(analysis.length)
    expect(tables.flatMap((t) => t.findAll('tbody tr'))).toHaveLength(15)

    const first = tables[0]!
    expect(first.findAll('thead th').map((th) => th.text())).toEqual(
      Object.values(analysis[0]!.columns),
    )
    const row = analysis[0]!.rows[0]!
    const tr = first.find('tbody tr')
    expect(tr.find('th[scope="row"]').text()).toBe(row.name)
    const tag = within(tr.element as HTMLElement).getByText(row.impactText)
    expect(tag.classList).toContain(`impact--${row.impact}`)

    // A row that depends on implementation says so in its impact words.
    expect(wrapper.text()).toContain('Unclear (depends on implementation)')
  })

  it('numbers the sources like the model and links only safe web addresses', () => {
    const doc = fairShare()
    doc.flag.sources.push({
      id: 'evil',
      title: 'Suspicious source',
      url: 'javascript:alert(1)',
      accessed: '',
    })
    const report = reportOf(doc)
    const sources = report.sections.find((s) => s.id === 'sources')!.blocks[0]!
    if (sources.kind !== 'sources') throw new Error('expected sources')
    const wrapper = mountPreview(report)

    const items = wrapper.findAll('ol li')
    expect(items.map((li) => Number(li.attributes('value')))).toEqual(
      sources.items.map((s) => s.number),
    )
    const evil = items.find((li) => li.text().includes('Suspicious source'))!
    expect(evil.find('a').exists()).toBe(false)
    expect(evil.text()).toContain('javascript:alert(1)')
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)

    const safe = sources.items.find((s) => s.link !== null)!
    const link = items[safe.number - 1]!.find('a')
    expect(link.attributes('href')).toBe(safe.link)
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.text()).toContain(safe.title)
  })

  it('renders each remaining block kind with its own element', () => {
    const report: ReportModel = {
      meta: {
        title: 'T',
        locale: 'en',
        profile: 'plan',
        generatedAt: '2026-02-01T00:00:00.000Z',
        generatedOn: 'February 1, 2026',
        fileBaseName: 'T',
        subject: '',
        keywords: [],
        authors: [],
        pageTemplate: 'Page {page} of {pages}',
      },
      cover: {
        title: 'T',
        subtitle: '',
        dateLine: 'Generated on February 1, 2026',
        headline: '',
        abstract: [],
        facts: [],
        footnotes: [],
      },
      sections: [
        {
          id: 'strategy',
          title: 'Advocacy strategy',
          blocks: [
            { kind: 'heading', text: 'Goal' },
            { kind: 'paragraph', text: 'First line\nSecond line' },
            { kind: 'facts', items: [{ label: 'Deadline', value: 'June 30, 2027' }] },
            { kind: 'list', items: ['One', 'Two'] },
            {
              kind: 'table',
              caption: 'Audiences',
              columns: ['Audience', 'What we ask'],
              rows: [['Parliament', 'Vote no']],
            },
          ],
        },
      ],
    }
    const wrapper = mountPreview(report)
    const section = wrapper.find('section')

    expect(section.find('h3').text()).toBe('Goal')
    expect(section.find('p.report-preview-paragraph').element.textContent).toBe(
      'First line\nSecond line',
    )
    expect(section.find('dl dt').text()).toBe('Deadline')
    expect(section.find('dl dd').text()).toBe('June 30, 2027')
    expect(section.findAll('ul li').map((li) => li.text())).toEqual(['One', 'Two'])
    const table = section.find('table')
    expect(table.find('caption').text()).toBe('Audiences')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['Audience', 'What we ask'])
    expect(table.find('tbody th[scope="row"]').text()).toBe('Parliament')
    expect(table.find('tbody td').text()).toBe('Vote no')
  })

  it('renders a finding: its name as a heading, its rating in words, then each labelled part', () => {
    const doc = fairShare()
    doc.publication.authors = [{ id: 'p1', name: 'Ana Pérez', affiliation: 'Internet Society' }]
    doc.brief.abstract = 'What the proposal is, and what it would do.'
    const report = reportOf(doc)
    const finding = report.sections
      .flatMap((s) => s.blocks)
      .find((b): b is FindingBlock => b.kind === 'finding')!
    const wrapper = mountPreview(report)

    const heading = wrapper.findAll('h3').find((h) => h.text() === finding.name)!
    const part = heading.element.parentElement as HTMLElement
    expect(within(part).getByText(finding.impactText).classList).toContain(
      `impact--${finding.impact}`,
    )
    for (const p of finding.parts) {
      expect(within(part).getByText(p.label)).toBeTruthy()
      for (const text of p.paragraphs) expect(part.textContent).toContain(text)
    }

    const cover = wrapper.find('header')
    expect(cover.text()).toContain('What the proposal is, and what it would do.')
    expect(cover.text()).toContain('Ana Pérez (Internet Society)')
  })
})
