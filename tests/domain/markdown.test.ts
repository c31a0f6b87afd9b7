import { describe, expect, it } from 'vitest'
import {
  buildReport,
  createAssessment,
  domainTexts,
  ENABLER_IDS,
  PROPERTY_IDS,
  reportToMarkdown,
  type Assessment,
  type DomainTexts,
  type ReportModel,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'

const en = domainTexts('en')
const NOW = new Date('2025-03-05T10:00:00.000Z')

function fairShare(profile: Assessment['report']['profile'] = 'complete'): Assessment {
  const doc = TEMPLATES[0]!.create({ id: 'tpl-1', now: NOW, locale: 'en' })
  doc.report.profile = profile
  return doc
}

function report(doc: Assessment, texts: DomainTexts = en): ReportModel {
  return buildReport(doc, { texts, now: NOW, timeZone: 'UTC' })
}

/** The lines of a Markdown text that are ATX headings, with their level. */
function headings(md: string): { level: number; text: string }[] {
  return md
    .split('\n')
    .map((line) => /^(#{1,6}) (.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ level: m[1]!.length, text: m[2]! }))
}

/** Text as Markdown shows it once its escapes are read. */
const unescape = (text: string) => text.replace(/\\(.)/g, '$1')

describe('reportToMarkdown: the fair-share example', () => {
  const r = report(fairShare())
  const md = reportToMarkdown(r)

  it('starts with front matter naming the title, language, direction, date and app', () => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? ''
    expect(front).toContain(`title: ${JSON.stringify(r.meta.title)}`)
    expect(front).toContain('lang: "en"')
    expect(front).toContain('dir: ltr')
    expect(front).toContain(`date: "${NOW.toISOString()}"`)
    expect(front).toContain('generator: "Internet Impact Assessment Toolkit app"')
    expect(front).toContain('profile: "complete"')
  })

  it('has the title at level 1 and every section at level 2, in the model order', () => {
    const h = headings(md)
    expect(h[0]).toEqual({ level: 1, text: r.cover.title })
    expect(h.filter((x) => x.level === 2).map((x) => unescape(x.text))).toEqual(
      r.sections.map((s) => s.title),
    )
    expect(h.filter((x) => x.level === 1)).toHaveLength(1)
  })

  it('names all five critical properties and all ten enablers, and carries the headline', () => {
    for (const id of [...PROPERTY_IDS, ...ENABLER_IDS])
      expect(unescape(md)).toContain(en.catalogue.items[id].name)
    expect(r.cover.headline).not.toBe('')
    expect(unescape(md)).toContain(r.cover.headline)
  })

  it('writes the analysis as GitHub tables of 15 rows in all, and the sources as links', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    // Five analysis tables (a header each) with 15 rows, and the other tables of the report.
    expect(rows.length).toBeGreaterThanOrEqual(15 + 5)
    expect(md).toMatch(/\| --- \| --- \| --- \| --- \|/)
    expect(md).toMatch(/^1\. \[[^\]]+\]\(https?:\/\/[^)\s]+\)/m)
  })

  it('puts the chart in words: each group with its worst rating', () => {
    const chart = r.sections[0]!.blocks.find((b) => b.kind === 'chart')
    if (chart?.kind !== 'chart') throw new Error('no chart')
    for (const row of chart.rows) expect(md).toContain(`- **${row.label}**: ${chart.worstLabel}: `)
  })

  it('leaves out the sections the author switched off, and prints only its profile', () => {
    const doc = fairShare('brief')
    doc.report.hiddenSections = ['method']
    const brief = report(doc)
    const h2 = headings(reportToMarkdown(brief)).filter((x) => x.level === 2)
    expect(h2.map((x) => unescape(x.text))).toEqual(brief.sections.map((s) => s.title))
    expect(h2.map((x) => unescape(x.text))).not.toContain(en.report.sections.method)
    expect(h2.map((x) => unescape(x.text))).not.toContain(en.report.sections.strategy)
  })
})

describe('reportToMarkdown: hostile text', () => {
  const hostile = [
    '# Not a heading',
    '- not a list',
    '1. not a numbered list',
    '> not a quote',
    '| a | b |',
    '| --- | --- |',
    '<script>alert(1)</script>',
    '[link](javascript:alert(1))',
    '**bold** _em_ `code` ~~gone~~ &amp; \\',
    '    indented code',
    '---',
    '===',
  ].join('\n')

  function hostileDoc(): Assessment {
    const doc = createAssessment({ id: 'h', now: NOW, locale: 'en' })
    doc.report.profile = 'complete'
    doc.flag.title = 'Title ##'
    doc.flag.summary = hostile
    doc.brief.conclusions = hostile
    doc.strategy.audiences = [{ id: 'a1', name: 'A | B\nC', why: hostile, ask: '' }]
    doc.flag.sources = [
      {
        id: 's1',
        title: 'Evil] (title',
        url: 'https://example.org/a_(b)<c>',
        accessed: '',
      },
    ]
    return doc
  }

  const md = reportToMarkdown(report(hostileDoc()))
  const unsafe = hostileDoc()
  unsafe.flag.sources[0]!.url = 'javascript:alert(1)'
  const body = md.slice(md.indexOf('\n---\n') + 5)

  it('opens no heading, list, quote, rule, code block, HTML or link of its own', () => {
    const lines = body.split('\n')
    // Headings are only the title, the sections and the report's own sub-headings.
    for (const line of lines.filter((l) => /^#{1,6} /.test(l)))
      expect(line).not.toMatch(/Not a heading/)
    expect(lines.some((l) => /^[-+*] not a list/.test(l))).toBe(false)
    expect(lines.some((l) => /^\s*1\. not a numbered list/.test(l))).toBe(false)
    expect(lines.some((l) => /^> /.test(l))).toBe(false)
    expect(lines.some((l) => /^(---|===)\s*$/.test(l))).toBe(false)
    expect(lines.some((l) => /^ {4}/.test(l))).toBe(false)
    expect(body).not.toContain('<script>')
    expect(body).toContain('\\[link\\](javascript:alert(1))')
    expect(body).toContain('\\<script\\>')
    expect(body).toContain('\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ \\&amp; \\\\')
  })

  it('keeps a title ending in # whole', () => {
    expect(body).toMatch(/^# .*Title \\#\\#$/m)
  })

  it('keeps table cells on one line: pipes escaped, line breaks as <br>', () => {
    const row = body.split('\n').find((l) => l.startsWith('| A \\|'))
    expect(row).toBeDefined()
    expect(row).toContain('A \\| B<br>C')
    expect(row).toContain('| # Not a heading<br>- not a list<br>')
    // As many unescaped pipes as the table has columns, plus one.
    const header = body.split('\n')[body.split('\n').indexOf(row!) - 2]!
    const pipes = (l: string) => l.replace(/\\\|/g, '').split('|').length
    expect(pipes(row!)).toBe(pipes(header))
  })

  it('keeps a source link whole whatever its address holds', () => {
    expect(body).toMatch(/^1\. \[Evil\\\] \(title\]\(https:\/\/example\.org\/a_%28b%29%3Cc%3E\)$/m)
  })

  it('writes an address that is no web link as text', () => {
    const text = reportToMarkdown(report(unsafe))
    expect(text).toMatch(/^1\. Evil\\\] \(title \(javascript:alert\(1\)\)$/m)
  })
})

describe('reportToMarkdown: a right-to-left report', () => {
  it('says so in the front matter and keeps the Arabic text as it is', () => {
    const doc = fairShare()
    doc.flag.title = 'رسوم استخدام الشبكة'
    const r = report(doc, domainTexts('ar'))
    const md = reportToMarkdown(r)
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? ''
    expect(front).toContain('\nlang: "ar"\n')
    expect(front).toContain('\ndir: rtl\n')
    expect(md).toContain('رسوم استخدام الشبكة')
    expect(md).toContain(domainTexts('ar').report.sections.summary)
  })
})
