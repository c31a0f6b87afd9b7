/**
 * Renders a ReportModel as a Word document (issue 10, editable exports), with the `docx` library:
 * the cover, then every section of the chosen profile in the PDF's order. Word's own styles carry
 * the structure (Title, Heading 1 to 3, List Paragraph on numbering definitions, tables with a
 * repeated header row), so the navigation pane, a table of contents and LibreOffice all see it.
 * The document language is set on every run by default; a right-to-left report lays out its
 * paragraphs and tables right to left. Loaded with `import()` only when someone asks for it.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  type FileChild,
  type IBaseParagraphStyleOptions,
} from 'docx'
import { languageDirection, REPORT_GENERATOR, type ReportModel } from '@/domain'
import { BULLETS, COLOUR, facts, renderBlock, SOURCES, type Levels } from './blocks'
import { heading, text, type DocxContext } from './text'

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A heading style: the theme's heading font, kept with what follows, in the outline. */
function headingStyle(outlineLevel: number, size: number): IBaseParagraphStyleOptions {
  return {
    run: {
      font: { theme: 'headings' },
      size,
      sizeComplexScript: size,
      bold: true,
      boldComplexScript: true,
      color: COLOUR.accent,
    },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel,
      spacing: { before: outlineLevel === 0 ? 360 : 240, after: 120 },
    },
  }
}

/** The list levels: a hanging indent from the start edge, mirrored in right-to-left paragraphs. */
const LIST_INDENT = { left: 720, hanging: 360 }

function cover(ctx: DocxContext, report: ReportModel): FileChild[] {
  const c = report.cover
  return [
    text(ctx, c.title, { style: 'Title' }),
    ...(c.subtitle ? [text(ctx, c.subtitle, {}, { size: 28, color: COLOUR.muted })] : []),
    ...(c.dateLine ? [text(ctx, c.dateLine, {}, { color: COLOUR.muted })] : []),
    ...(c.headline
      ? [
          text(
            ctx,
            c.headline,
            { spacing: { before: 240 } },
            { bold: true, size: 28, color: COLOUR.accent },
          ),
        ]
      : []),
    ...c.abstract.map((p) => text(ctx, p)),
    ...facts(ctx, c.facts),
    ...c.footnotes.map((line) =>
      text(ctx, line, { spacing: { before: 120 } }, { size: 18, color: COLOUR.muted }),
    ),
  ]
}

function body(ctx: DocxContext, report: ReportModel): FileChild[] {
  return report.sections.flatMap((section, i) => {
    const levels: Levels = { sub: 2, item: 2 }
    const children: FileChild[] = [
      // The cover is a page of its own, as in the PDF.
      heading(ctx, section.title, 1, i === 0 ? { pageBreakBefore: true } : {}),
    ]
    for (const block of section.blocks) {
      children.push(...renderBlock(ctx, block, levels))
      if (block.kind === 'heading') levels.item = 3
    }
    return children
  })
}

/** Metadata must be plain text: no line breaks or invisible controls. */
function plain(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function xml(value: string): string {
  return plain(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * The core properties, written here because the library has no field for the language: title,
 * subject, creator (the authors, or the app), keywords, language, and the generation moment.
 */
function coreProperties(report: ReportModel): string {
  const { meta } = report
  const creator = meta.authors.join(', ') || REPORT_GENERATOR
  const when = isNaN(Date.parse(meta.generatedAt))
    ? new Date(0).toISOString()
    : new Date(meta.generatedAt).toISOString()
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(meta.title)}</dc:title>`,
    `<dc:subject>${xml(meta.subject)}</dc:subject>`,
    `<dc:creator>${xml(creator)}</dc:creator>`,
    `<cp:keywords>${xml(meta.keywords.join(', '))}</cp:keywords>`,
    `<dc:description>${xml(REPORT_GENERATOR)}</dc:description>`,
    `<dc:language>${xml(meta.locale)}</dc:language>`,
    `<cp:lastModifiedBy>${xml(creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('')
}

/** Builds the Word document of a report. */
function reportDocument(report: ReportModel): Document {
  const rtl = languageDirection(report.meta.locale) === 'rtl'
  const ctx: DocxContext = { rtl }
  const locale = report.meta.locale
  return new Document({
    title: plain(report.meta.title),
    subject: plain(report.meta.subject),
    creator: plain(report.meta.authors.join(', ')) || REPORT_GENERATOR,
    keywords: plain(report.meta.keywords.join(', ')),
    styles: {
      default: {
        document: {
          run: {
            // The theme's body font for each script: Word picks the Arabic, CJK or Latin one.
            font: { theme: 'body' },
            size: 22,
            sizeComplexScript: 22,
            language: { value: locale, ...(rtl ? { bidirectional: locale } : {}) },
          },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: {
            font: { theme: 'headings' },
            size: 48,
            sizeComplexScript: 48,
            bold: true,
            boldComplexScript: true,
            color: COLOUR.accent,
          },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: headingStyle(0, 32),
        heading2: headingStyle(1, 26),
        heading3: headingStyle(2, 24),
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: LIST_INDENT } },
            },
          ],
        },
        {
          reference: SOURCES,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '[%1]',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 600 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [...cover(ctx, report), ...body(ctx, report), new Paragraph({})],
      },
    ],
  })
}

/** Renders the report; the Blob is a complete .docx file. */
export async function renderReportDocx(report: ReportModel): Promise<Blob> {
  const blob = await Packer.toBlob(reportDocument(report), false, [
    { path: 'docProps/core.xml', data: coreProperties(report) },
  ])
  return new Blob([blob], { type: DOCX_MIME_TYPE })
}
