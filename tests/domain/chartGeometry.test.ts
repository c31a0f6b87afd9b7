import { describe, expect, it } from 'vitest'
import {
  chartGeometry,
  estimateTextWidth,
  type ChartBlock,
  type ChartGeometry,
  type ChartRow,
  type ChartText,
} from '@/domain'

function row(
  group: ChartRow['group'],
  worst: number | null,
  best: number | null,
  label: string = group,
): ChartRow {
  return {
    group,
    label,
    worst,
    best,
    worstText: worst === null ? 'Not rated' : `${worst}`,
    bestText: best === null ? '' : `${best}`,
    counts: { harmed: 0, mixed: 0, none: 0, helped: 0, notDiscussed: 0, open: 0 },
    rated: worst === null ? 0 : 3,
    total: 3,
  }
}

function chart(rows: ChartRow[]): ChartBlock {
  return {
    kind: 'chart',
    title: 'Impact by group',
    caption: '',
    worstLabel: 'Worst rating',
    bestLabel: 'Strongest benefit',
    min: -3,
    max: 3,
    ticks: [
      { value: -3, label: 'Strongly negative' },
      { value: -2, label: 'Negative' },
      { value: -1, label: 'Slightly negative' },
      { value: 0, label: 'No impact' },
      { value: 1, label: 'Slightly positive' },
      { value: 2, label: 'Positive' },
      { value: 3, label: 'Strongly positive' },
    ],
    rows,
  }
}

const FIVE = chart([
  row('properties', -3, 2, 'What the Internet needs to exist'),
  row('open', -1, 3),
  row('globally-connected', null, null),
  row('secure', 0, null),
  row('trustworthy', -3, null),
])

/** Every text of the geometry, for bounds checks. */
function texts(g: ChartGeometry): ChartText[] {
  return [
    ...g.rows.flatMap((r) => [...r.label, ...(r.notRated ? [r.notRated] : [])]),
    ...g.ticks.flatMap((t) => [t.number, ...(t.word ? [t.word] : [])]),
    ...g.legend.map((e) => e.text),
  ]
}

function span(t: ChartText): [number, number] {
  const w = estimateTextWidth(t.text, t.fontSize)
  if (t.anchor === 'start') return [t.x, t.x + w]
  if (t.anchor === 'end') return [t.x - w, t.x]
  return [t.x - w / 2, t.x + w / 2]
}

describe('chartGeometry', () => {
  it.each([240, 320, 515, 800])('keeps every shape and text within a width of %d', (width) => {
    const g = chartGeometry(FIVE, { width })
    expect(g.width).toBe(width)
    const xs = [
      g.plot.x,
      g.plot.x + g.plot.width,
      ...g.rows.flatMap((r) => r.bars.flatMap((b) => [b.x, b.x + b.width])),
      ...g.legend.flatMap((e) => [e.rect.x, e.rect.x + e.rect.width]),
    ]
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(width)
    }
    for (const t of texts(g)) {
      const [left, right] = span(t)
      expect(left).toBeGreaterThanOrEqual(-0.5)
      expect(right).toBeLessThanOrEqual(width + 0.5)
      expect(t.y).toBeGreaterThan(0)
      expect(t.y).toBeLessThanOrEqual(g.height)
    }
  })

  it('draws the worst rating to the left and the strongest benefit to the right, from zero', () => {
    const g = chartGeometry(FIVE, { width: 500 })
    const [props, open, , , trust] = g.rows
    const [harm, benefit] = props!.bars
    expect(harm?.color).toBe('negative')
    expect(harm!.x + harm!.width).toBeCloseTo(g.zeroX, 1)
    expect(harm!.x).toBeCloseTo(g.zeroX - 3 * g.unit, 0)
    expect(benefit?.color).toBe('positive')
    expect(benefit?.x).toBe(g.zeroX)
    expect(benefit!.width).toBeCloseTo(2 * g.unit, 0)
    expect(open!.bars[0]!.width).toBeCloseTo(1 * g.unit, 0)
    expect(open!.bars[1]!.width).toBeCloseTo(3 * g.unit, 0)
    expect(trust!.bars).toHaveLength(1)
    expect(trust!.bars[0]!.x).toBeCloseTo(g.plot.x, 1)
  })

  it('mirrors for right-to-left reading: labels right, harm drawn to the right, within bounds', () => {
    const ltr = chartGeometry(FIVE, { width: 500 })
    const g = chartGeometry(FIVE, { width: 500, direction: 'rtl' })
    expect(g.height).toBe(ltr.height)
    expect(g.labelColumn.x + g.labelColumn.width).toBeCloseTo(500, 5)
    expect(g.plot.x).toBeCloseTo(500 - ltr.plot.x - ltr.plot.width, 5)
    const [harm, benefit] = g.rows[0]!.bars
    // Harm (−3) runs from zero towards the labels, on the right; benefit to the left.
    expect(harm!.x).toBeCloseTo(g.zeroX, 1)
    expect(harm!.x + harm!.width).toBeCloseTo(g.zeroX + 3 * g.unit, 0)
    expect(benefit!.x + benefit!.width).toBeCloseTo(g.zeroX, 1)
    // The labels end at the right edge, anchored at their end.
    for (const label of g.rows[0]!.label) expect(label.anchor).toBe('end')
    const strongNegative = g.ticks.find((t) => t.value === -3)!
    expect(strongNegative.x).toBeGreaterThan(g.ticks.find((t) => t.value === 3)!.x)
    for (const t of texts(g)) {
      const [left, right] = span(t)
      expect(left).toBeGreaterThanOrEqual(-0.5)
      expect(right).toBeLessThanOrEqual(500.5)
    }
  })

  it('shows a thin neutral bar when every rated row has no impact', () => {
    const secure = chartGeometry(FIVE, { width: 500 }).rows[3]!
    expect(secure.bars).toHaveLength(1)
    expect(secure.bars[0]?.color).toBe('neutral')
    expect(secure.bars[0]!.width).toBeGreaterThan(0)
    expect(secure.bars[0]!.width).toBeLessThan(5)
  })

  it('writes "not rated" instead of a bar for a group without ratings', () => {
    const g = chartGeometry(FIVE, { width: 500 })
    const none = g.rows[2]!
    expect(none.bars).toEqual([])
    expect(none.notRated).toMatchObject({ text: 'Not rated', anchor: 'start' })
    expect(none.notRated!.x).toBeGreaterThan(g.zeroX)
    expect(g.rows.filter((r) => r.notRated !== null)).toHaveLength(1)
  })

  it('places the ticks from −3 to +3 with zero on the zero line', () => {
    const g = chartGeometry(FIVE, { width: 500 })
    expect(g.ticks.map((t) => t.number.text)).toEqual([
      '\u22123',
      '\u22122',
      '\u22121',
      '0',
      '+1',
      '+2',
      '+3',
    ])
    const xs = g.ticks.map((t) => t.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expect(g.ticks[3]?.x).toBe(g.zeroX)
    expect(g.zeroLine.x1).toBe(g.zeroX)
    expect(g.ticks[0]?.x).toBe(g.plot.x)
    expect(g.ticks[6]?.x).toBeCloseTo(g.plot.x + g.plot.width, 1)
  })

  it('shows tick words where they fit, always the ends and zero first, never overlapping', () => {
    for (const width of [240, 320, 800]) {
      const g = chartGeometry(FIVE, { width })
      const words = g.ticks.filter((t) => t.word).map((t) => t.word!)
      expect(words.map((w) => w.text)).toContain('Strongly negative')
      const spans = words.map(span).sort((a, b) => a[0] - b[0])
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1])
    }
    expect(chartGeometry(FIVE, { width: 1200 }).ticks.every((t) => t.word !== null)).toBe(true)
    expect(chartGeometry(FIVE, { width: 320 }).ticks.some((t) => t.word === null)).toBe(true)
  })

  it('grows in height with the rows and lays rows out top to bottom without overlap', () => {
    const one = chartGeometry(chart([row('open', -2, null)]), { width: 400 })
    const five = chartGeometry(FIVE, { width: 400 })
    expect(five.height).toBeGreaterThan(one.height)
    for (let i = 1; i < five.rows.length; i++)
      expect(five.rows[i]!.y).toBeGreaterThanOrEqual(five.rows[i - 1]!.y + five.rows[i - 1]!.height)
    const lastRow = five.rows[4]!
    expect(five.axisLine.y1).toBeGreaterThanOrEqual(lastRow.y + lastRow.height)
    for (const entry of five.legend) expect(entry.text.y).toBeGreaterThan(five.axisLine.y1)
  })

  it('wraps a long label onto at most two lines inside the label column', () => {
    const long = chartGeometry(
      chart([
        row(
          'properties',
          -1,
          null,
          'What the Internet needs to exist and a lot more words that cannot fit',
        ),
      ]),
      { width: 320 },
    )
    const label = long.rows[0]!.label
    expect(label).toHaveLength(2)
    expect(label[1]?.text.endsWith('…')).toBe(true)
    for (const line of label) expect(span(line)[1]).toBeLessThanOrEqual(long.labelColumn.width)
  })

  it('has a legend for the worst rating and the strongest benefit', () => {
    const g = chartGeometry(FIVE, { width: 500 })
    expect(g.legend.map((e) => [e.kind, e.text.text, e.rect.color])).toEqual([
      ['worst', 'Worst rating', 'negative'],
      ['best', 'Strongest benefit', 'positive'],
    ])
  })

  it('scales with the font size and is deterministic', () => {
    expect(chartGeometry(FIVE, { width: 500 })).toEqual(chartGeometry(FIVE, { width: 500 }))
    expect(chartGeometry(FIVE, { width: 500, fontSize: 12 }).height).toBeGreaterThan(
      chartGeometry(FIVE, { width: 500, fontSize: 9 }).height,
    )
  })
})
