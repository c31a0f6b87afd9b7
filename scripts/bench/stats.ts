/** Medians and the plain-text formatting of the bench's tables. */

export interface Stats {
  median: number
  min: number
  max: number
  n: number
  values: number[]
}

/** Median, min and max of the finite values, rounded to `digits` decimals; null when none. */
export function stats(values: (number | null | undefined)[], digits = 1): Stats | null {
  const v = values.filter((x): x is number => Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits
  return { median: r(median), min: r(v[0]), max: r(v[v.length - 1]), n: v.length, values: v.map(r) }
}
export const ms = (s: Stats | null | undefined) =>
  s ? `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})` : 'n/a'
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A table with the first column left-aligned and the others right-aligned. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const all = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')))
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (r: string[]) =>
    '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [
    line(all[0]),
    '  ' + widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n')
}
