/**
 * The report as Markdown (issue 10, editable exports): the same ReportModel the preview and the
 * PDF render, in the same order, as CommonMark with GitHub's tables. YAML front matter carries
 * what Markdown cannot say itself (the language and its direction), so Pandoc and static-site
 * tools read it. Every text the person wrote is escaped, so no text can start a heading, a list,
 * a table row, a link or raw HTML of its own.
 */
import type {
  AnalysisBlock,
  Block,
  ChartBlock,
  FindingBlock,
  KeyValue,
  ReportModel,
  SourcesBlock,
  TableBlock,
  VerdictBlock,
} from './model'

/** The app, as the exports name their maker. */
export const REPORT_GENERATOR = 'Internet Impact Assessment Toolkit app'

/** Report languages written right to left. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur'])

/**
 * The direction of a report language (a BCP 47 tag; its primary subtag decides). It lives here,
 * beside its first user, so the Report step's own chunk loads no other module for it.
 */
export function languageDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

/** What an empty table cell shows, as in the PDF. */
const EMPTY_CELL = '–'

// ——— Escaping ———

/**
 * Inline text, escaped: backslashes, emphasis, code, links, raw HTML, table pipes, strike-through
 * and character references lose their meaning; each line loses its leading spaces (an indented
 * line would be code) and any mark that would open a block there (heading, quote, list, rule).
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line.replace(/^[ \t]+/, ''))))
    .join('\n')
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
}

/** Marks that open a block at the start of a line: `#`, `>` (escaped already), `-`, `+`, `=`, `1.`. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

/** A paragraph: escaped, its line breaks kept as hard breaks (as the preview shows them). */
function paragraph(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .filter((line, i, lines) => line !== '' || (i > 0 && i < lines.length - 1))
    .join('\\\n')
}

/** One line of text: line breaks become spaces (headings, list items' first lines). */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' ').trim())
}

/** A table cell: one line, pipes escaped, line breaks as `<br>`; a dash when empty. */
function cell(text: string): string {
  const lines = text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => escapeInline(line.trim()))
  const joined = lines.join('<br>')
  return joined === '' ? EMPTY_CELL : joined
}

function heading(level: number, text: string): string {
  // A closing run of `#` would be taken as the heading's end mark: escaped with the rest.
  return `${'#'.repeat(level)} ${oneLine(text).replace(/#+$/, (run) => run.replace(/#/g, '\\#'))}`
}

function bold(text: string): string {
  const inner = oneLine(text)
  return inner ? `**${inner}**` : ''
}

/** A link destination with the characters that would end it percent-encoded. */
function destination(url: string): string {
  return url.replace(
    /[\s()<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

// ——— Front matter ———

/** A YAML double-quoted scalar: JSON's escapes, and the line and paragraph separators too. */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function frontMatter(report: ReportModel): string {
  const { meta, cover } = report
  const list = (items: string[]) =>
    items.length ? `\n${items.map((i) => `  - ${yamlString(i)}`).join('\n')}` : ' []'
  return [
    '---',
    `title: ${yamlString(meta.title)}`,
    ...(cover.subtitle ? [`subtitle: ${yamlString(cover.subtitle)}`] : []),
    `author:${list(meta.authors)}`,
    `date: ${yamlString(meta.generatedAt)}`,
    `lang: ${yamlString(meta.locale)}`,
    `dir: ${languageDirection(meta.locale)}`,
    `profile: ${yamlString(meta.profile)}`,
    ...(meta.subject ? [`subject: ${yamlString(meta.subject)}`] : []),
    `keywords:${list(meta.keywords)}`,
    `generator: ${yamlString(REPORT_GENERATOR)}`,
    '---',
  ].join('\n')
}

// ——— Blocks ———

/** The heading levels of one section: its own title, its sub-headings, its findings' names. */
interface Levels {
  section: number
  sub: number
  /** One below the last sub-heading, or a sub-heading's level before any. */
  item: number
}

function facts(items: KeyValue[]): string {
  return items.map((i) => `- ${bold(i.label)}: ${oneLine(i.value)}`).join('\n')
}

function list(items: string[]): string {
  return items
    .map((item) => paragraph(item))
    .filter(Boolean)
    .map((item) => `- ${item.replace(/\n/g, '\n  ')}`)
    .join('\n')
}

function verdict(block: VerdictBlock): string[] {
  return [
    bold(block.label),
    bold(block.headline),
    paragraph(block.meaning),
    block.provisional ? paragraph(block.provisionalNote) : '',
    list(block.reasons),
  ]
}

function finding(block: FindingBlock, levels: Levels): string[] {
  const rating = [block.impactText, block.confidence].filter(Boolean).map(oneLine).join(' · ')
  return [
    heading(levels.item, block.name),
    rating ? `*${rating}*` : '',
    ...block.parts.flatMap((part) => [bold(part.label), ...part.paragraphs.map(paragraph)]),
  ]
}

/** A GitHub table: a header row, the delimiter row, and the body. */
function table(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line(columns.map(cell)),
    line(columns.map(() => '---')),
    ...rows.map((row) => line(columns.map((_, i) => cell(row[i] ?? '')))),
  ].join('\n')
}

/** The chart in words: each group's worst rating and strongest benefit, as a list. */
function chart(block: ChartBlock, levels: Levels): string[] {
  return [
    heading(levels.sub, block.title),
    paragraph(block.caption),
    block.rows
      .map((row) => {
        const best = row.bestText ? `; ${oneLine(block.bestLabel)}: ${oneLine(row.bestText)}` : ''
        return `- ${bold(row.label)}: ${oneLine(block.worstLabel)}: ${oneLine(row.worstText)}${best}`
      })
      .join('\n'),
  ]
}

function analysis(block: AnalysisBlock, levels: Levels): string[] {
  const c = block.columns
  return [
    heading(levels.sub, block.title),
    table(
      [c.item, c.impact, c.howAffected, c.effectOnPeople],
      block.rows.map((r) => [r.name, r.impactText, r.howAffected, r.effectOnPeople]),
    ),
  ]
}

function plainTable(block: TableBlock, levels: Levels): string[] {
  return [heading(levels.sub, block.caption), table(block.columns, block.rows)]
}

function sources(block: SourcesBlock): string {
  return block.items
    .map((item) => {
      const title = oneLine(item.title)
      const linked = item.link ? `[${title}](${destination(item.link)})` : title
      const url = !item.link && item.url && item.url !== item.title ? ` (${oneLine(item.url)})` : ''
      const accessed = item.accessed ? `. ${oneLine(item.accessed)}` : ''
      return `${item.number}. ${linked}${url}${accessed}`
    })
    .join('\n')
}

function assertNever(value: never): never {
  throw new Error(`Unknown report block: ${JSON.stringify(value)}`)
}

function block(b: Block, levels: Levels): string[] {
  switch (b.kind) {
    case 'heading':
      return [heading(levels.sub, b.text)]
    case 'paragraph':
      return [paragraph(b.text)]
    case 'facts':
      return [facts(b.items)]
    case 'list':
      return [list(b.items)]
    case 'finding':
      return finding(b, levels)
    case 'verdict':
      return verdict(b)
    case 'chart':
      return chart(b, levels)
    case 'analysis':
      return analysis(b, levels)
    case 'table':
      return plainTable(b, levels)
    case 'sources':
      return [sources(b)]
    default:
      return assertNever(b)
  }
}

/** The cover: the title, then everything the PDF's cover page shows, in its order. */
function cover(report: ReportModel): string[] {
  const c = report.cover
  return [
    heading(1, c.title),
    c.subtitle ? paragraph(c.subtitle) : '',
    c.dateLine ? paragraph(c.dateLine) : '',
    bold(c.headline),
    ...c.abstract.map(paragraph),
    facts(c.facts),
    ...c.footnotes.map((line) => `*${oneLine(line)}*`),
  ]
}

/**
 * The report as a Markdown document: front matter, the cover as the title and its facts, then
 * each section (level 2) with its blocks. Sub-headings, chart titles and table captions are level
 * 3; a finding is one level below the sub-heading it follows (the enablers under their goal).
 */
export function reportToMarkdown(report: ReportModel): string {
  const parts: string[] = [frontMatter(report), ...cover(report)]
  for (const section of report.sections) {
    parts.push(heading(2, section.title))
    const levels: Levels = { section: 2, sub: 3, item: 3 }
    for (const b of section.blocks) {
      parts.push(...block(b, levels))
      if (b.kind === 'heading') levels.item = 4
    }
  }
  return `${parts.filter((p) => p.trim() !== '').join('\n\n')}\n`
}
