import { it } from 'vitest'
import { buildReport, chartGeometry, domainTexts, parseAssessmentText, type ChartBlock, type ChartText } from '@/domain'
import { readFileSync, writeFileSync } from 'node:fs'
const colors: Record<string, string> = { negative: '#c0392b', positive: '#1e8449', neutral: '#888', axis: '#333', grid: '#ddd', text: '#111', muted: '#777' }
const t = (x: ChartText) => `<text x="${x.x}" y="${x.y}" font-size="${x.fontSize}" text-anchor="${x.anchor}" fill="${colors[x.color]}" font-family="DejaVu Sans">${x.text}</text>`
it('smoke', () => {
  const r = parseAssessmentText(readFileSync('tests/fixtures/v1-fair-share.iia.json', 'utf8'))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  r.assessment.analysis.privacy.impact = 'strongly-positive'
  r.assessment.analysis.accountability.impact = 'positive'
  r.assessment.analysis['data-confidentiality'].impact = 'unclear'
  r.assessment.analysis['integrity'].impact = 'unclear'
  r.assessment.analysis['reliability-resilience-availability'].impact = 'unclear'
  const rep = buildReport(r.assessment, { texts: domainTexts('en'), now: new Date('2025-03-05T10:00:00Z') })
  writeFileSync('/tmp/report.json', JSON.stringify(rep, null, 1))
  const chart = rep.sections[0]!.blocks[1] as ChartBlock
  for (const width of [520, 320]) {
    const g = chartGeometry(chart, { width })
    const parts: string[] = []
    const line = (l: { x1: number; y1: number; x2: number; y2: number; color: string; strokeWidth: number }) => `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${colors[l.color]}" stroke-width="${l.strokeWidth}"/>`
    g.gridLines.forEach((l) => parts.push(line(l)))
    parts.push(line(g.zeroLine), line(g.axisLine))
    for (const tk of g.ticks) { parts.push(line(tk.mark), t(tk.number)); if (tk.word) parts.push(t(tk.word)) }
    for (const row of g.rows) {
      row.label.forEach((x) => parts.push(t(x)))
      if (row.bar) parts.push(`<rect x="${row.bar.x}" y="${row.bar.y}" width="${row.bar.width}" height="${row.bar.height}" fill="${colors[row.bar.color]}"/>`)
      if (row.worstMarker) parts.push(`<polygon points="${row.worstMarker.points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="${colors[row.worstMarker.color]}"/>`)
      if (row.notRated) parts.push(t(row.notRated))
    }
    for (const e of g.legend) {
      e.rects.forEach((b) => parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${colors[b.color]}"/>`))
      e.polygons.forEach((p) => parts.push(`<polygon points="${p.points.map((q) => `${q.x},${q.y}`).join(' ')}" fill="${colors[p.color]}"/>`))
      parts.push(t(e.text))
    }
    writeFileSync(`/tmp/chart${width}.svg`, `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width * 2}" height="${g.height * 2}" viewBox="0 0 ${g.width} ${g.height}"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>`)
  }
})
