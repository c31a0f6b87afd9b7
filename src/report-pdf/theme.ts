/**
 * The look of the printed report: colours, type sizes and spacing in one object, so a
 * different house style is a different theme and never a change to the drawing code.
 * Lengths are millimetres, type sizes are points, colours are `#rrggbb`.
 */
import { CHART_COLOURS, VERDICT_COLOURS, type ChartColor, type Verdict } from '@/domain'

export interface VerdictColours {
  /** The bar on the left and the label. */
  accent: string
  /** The box's background. */
  tint: string
}

export interface PdfTheme {
  page: {
    format: 'a4'
    margin: { top: number; right: number; bottom: number; left: number }
    /** Distance of the footer's baseline from the bottom edge. */
    footerOffset: number
  }
  font: {
    /** Line height as a multiple of the type size. */
    lineHeight: number
    /** The same inside table cells, which are set tighter. */
    tableLineHeight: number
    size: {
      coverTitle: number
      coverSubtitle: number
      sectionTitle: number
      heading: number
      body: number
      small: number
      table: number
      footer: number
    }
  }
  space: {
    /** After every block. */
    block: number
    /** Above a section title. */
    section: number
    /** Above a heading block. */
    heading: number
    /** Between list items and between fact rows. */
    item: number
    /** Inner padding of the verdict box. */
    boxPadding: number
    /** Hanging indent of bullets and numbered sources. */
    indent: number
  }
  colour: {
    text: string
    muted: string
    accent: string
    onAccent: string
    rule: string
    link: string
    tableHead: string
    tableHeadText: string
    tableStripe: string
    tableLine: string
    provisional: string
  }
  verdict: Record<Verdict, VerdictColours>
  /** Tints for the impact cell of the analysis table, by the sign of the rating. */
  impact: {
    negative: [string, string, string]
    none: string
    positive: [string, string, string]
    open: string
  }
  /** Colours for the semantic colour names of the chart geometry. */
  chart: Record<ChartColor, string>
}

export const defaultTheme: PdfTheme = {
  page: {
    format: 'a4',
    margin: { top: 18, right: 18, bottom: 22, left: 18 },
    footerOffset: 11,
  },
  font: {
    lineHeight: 1.4,
    tableLineHeight: 1.25,
    size: {
      coverTitle: 24,
      coverSubtitle: 12.5,
      sectionTitle: 15,
      heading: 11.5,
      body: 9.5,
      small: 8.5,
      table: 7.8,
      footer: 7.5,
    },
  },
  space: {
    block: 4,
    section: 7,
    heading: 3,
    item: 1.4,
    boxPadding: 4.5,
    indent: 5,
  },
  colour: {
    text: '#1f2933',
    muted: '#52606d',
    accent: '#1e3a5f',
    onAccent: '#ffffff',
    rule: '#cbd2d9',
    link: '#1d4ed8',
    tableHead: '#1e3a5f',
    tableHeadText: '#ffffff',
    tableStripe: '#f5f7fa',
    tableLine: '#d9e2ec',
    provisional: '#8a5a00',
  },
  verdict: VERDICT_COLOURS,
  impact: {
    negative: ['#fde8e4', '#f9c9c0', '#f2a193'],
    none: '#eef1f4',
    positive: ['#e6f4ea', '#c6e7d0', '#9dd3ad'],
    open: '#fdf6e3',
  },
  chart: CHART_COLOURS,
}
