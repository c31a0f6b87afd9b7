import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createTestI18n } from '../setup/i18n'
import { buildReport, domainTexts, type Assessment, type ChartBlock } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import ChartImpactOverview from '@/components/charts/ChartImpactOverview.vue'

function chartOf(edit: (doc: Assessment) => void = () => {}): ChartBlock {
  const doc = TEMPLATES[0]!.create({ id: 't', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  edit(doc)
  const report = buildReport(doc, {
    texts: domainTexts('en'),
    now: new Date('2026-02-01T00:00:00Z'),
  })
  const chart = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart')
  if (!chart) throw new Error('the report has no chart')
  return chart
}

function mountChart(chart: ChartBlock) {
  return mount(ChartImpactOverview, {
    props: { chart },
    global: { plugins: [createTestI18n()] },
  })
}

describe('ChartImpactOverview', () => {
  it('is an image named by its title and described by its caption', () => {
    const chart = chartOf()
    const wrapper = mountChart(chart)
    const svg = wrapper.find('svg[role="img"]')
    expect(svg.exists()).toBe(true)

    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find(`title[id="${titleId}"]`).text()).toBe(chart.title)
    expect(svg.find(`desc[id="${descId}"]`).text()).toBe(chart.caption)
  })

  it('draws the worst rating and the strongest benefit of each group, with no inline styles', () => {
    const chart = chartOf()
    const wrapper = mountChart(chart)
    const bars = wrapper.findAll('rect.chart-impact-overview__bar')

    for (const row of chart.rows) {
      const colours = bars
        .filter((b) => b.attributes('data-group') === row.group)
        .map((b) => b.classes().find((c) => c.startsWith('chart-color--')))
      const expected = [
        ...(row.worst !== null && row.worst < 0 ? ['chart-color--negative'] : []),
        ...(row.best !== null ? ['chart-color--positive'] : []),
        ...(row.worst === 0 && row.best === null ? ['chart-color--neutral'] : []),
      ]
      expect(colours).toEqual(expected)
    }
    expect(chart.rows[0]?.worst).toBeLessThan(0)
    // The app's CSP forbids inline styles.
    expect(wrapper.findAll('[style]')).toHaveLength(0)
    // Each group's label is drawn.
    const texts = wrapper.findAll('svg text').map((t) => t.text())
    expect(texts).toContain('Open')
  })

  it('leaves a group without rated rows without a bar and says it is not rated', () => {
    const chart = chartOf((doc) => {
      doc.analysis.accountability.impact = 'unclear'
      doc.analysis.privacy.impact = 'not-assessed'
    })
    const wrapper = mountChart(chart)

    const groups = wrapper
      .findAll('rect.chart-impact-overview__bar')
      .map((b) => b.attributes('data-group'))
    expect(groups).toHaveLength(4)
    expect(groups).not.toContain('trustworthy')
    const trustworthy = chart.rows.find((r) => r.group === 'trustworthy')!
    expect(wrapper.findAll('svg text').map((t) => t.text())).toContain(trustworthy.worstText)
  })

  it('lists the same numbers in words in a table under a "Chart data" disclosure', () => {
    const chart = chartOf()
    const wrapper = mountChart(chart)
    const details = wrapper.find('details')
    expect(details.find('summary').text()).toBe('Chart data')

    const table = details.find('table')
    expect(table.find('caption').text()).toBe(chart.title)
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Group',
      chart.worstLabel,
      chart.bestLabel,
      'Rated rows',
    ])
    const rows = table.findAll('tbody tr')
    expect(rows).toHaveLength(5)
    expect(rows.map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual(
      chart.rows.map((r) => [r.label, r.worstText, r.bestText, `${r.rated} of ${r.total}`]),
    )
    expect(rows[0]!.text()).toContain('−3 (strongly negative)')
  })
})

describe('ChartImpactOverview on a narrow screen', () => {
  let resize: (width: number) => void = () => {}

  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          resize = (width) =>
            callback(
              [{ contentRect: { width } } as ResizeObserverEntry],
              this as unknown as ResizeObserver,
            )
        }
        observe() {}
        disconnect() {}
      },
    )
  })
  afterEach(() => vi.unstubAllGlobals())

  it('lays the chart out again for the width it gets, so its text stays legible', async () => {
    const wrapper = mountChart(chartOf())
    const viewBoxWidth = () => Number(wrapper.find('svg').attributes('viewBox')!.split(' ')[2])
    expect(viewBoxWidth()).toBe(640)

    resize(333)
    await nextTick()
    expect(viewBoxWidth()).toBe(320)
    expect(wrapper.findAll('rect.chart-impact-overview__bar')).toHaveLength(5)

    resize(1200)
    await nextTick()
    expect(viewBoxWidth()).toBe(640)
  })
})
