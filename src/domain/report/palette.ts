/**
 * The report's colours that every renderer shares (the PDF's theme, the summary card): the
 * verdict's accent and tint, and the chart geometry's semantic colours, as `#rrggbb`.
 */
import type { Verdict } from '../scoring/verdict'
import type { ChartColor } from './chartGeometry'

export const VERDICT_COLOURS: Readonly<Record<Verdict, { accent: string; tint: string }>> = {
  'seriously-undermines': { accent: '#b42318', tint: '#fdecea' },
  undermines: { accent: '#b42318', tint: '#fdecea' },
  'seriously-harms': { accent: '#c4540c', tint: '#fff1e6' },
  harms: { accent: '#a16207', tint: '#fef7e0' },
  supports: { accent: '#1f7a3f', tint: '#e8f5ec' },
  'no-significant-impact': { accent: '#3e5c76', tint: '#edf2f7' },
  'not-assessed': { accent: '#616e7c', tint: '#f0f2f4' },
}

export const CHART_COLOURS: Readonly<Record<ChartColor, string>> = {
  negative: '#c0392b',
  positive: '#2e8b57',
  neutral: '#8a96a3',
  axis: '#52606d',
  grid: '#d9e2ec',
  text: '#1f2933',
  muted: '#616e7c',
}
