/**
 * Built-in templates: worked examples a person can start from (DESIGN.md §6: templates are
 * documents too, and are tested like fixtures). A template's title is its document's
 * flag.title, so the library lists templates without any words of its own.
 */
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import type { Assessment, Locale } from '../assessment/schema'
import { createFromCase } from './caseTemplate'
import { CASES } from './cases'
import {
  FAIR_SHARE_FOCUS_ITEMS,
  FAIR_SHARE_TEMPLATE_ID,
  createFairShareAssessment,
} from './fairShare'

/** A built-in template and how to build a fresh document from it. */
export interface TemplateInfo {
  id: string
  /** The language the template's content is written in. */
  contentLocale: Locale
  /** The rows the template's case turns on, as ISOC highlights them for similar cases. */
  focusItemIds: readonly ItemId[]
  /** Build a fresh document from the template. */
  create(options: { id: string; now: Date; locale: Locale }): Assessment
}

/** Every built-in template, in the order the library lists them. */
export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: FAIR_SHARE_TEMPLATE_ID,
    contentLocale: 'en',
    focusItemIds: FAIR_SHARE_FOCUS_ITEMS,
    create: createFairShareAssessment,
  },
  ...CASES.map((data): TemplateInfo => ({
    id: data.id,
    contentLocale: 'en',
    focusItemIds: ITEM_IDS.filter((id) => data.rows[id] !== undefined),
    create: (options) => createFromCase(data, options),
  })),
]

/** The template with this id, or undefined when there is none. */
export function findTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id)
}

/** What the library shows of a template: the Flag facts of the document it builds. */
export interface TemplatePreview {
  id: string
  title: string
  jurisdiction: string
  kind: Assessment['flag']['kind']
  stage: Assessment['flag']['stage']
  summary: string
  /** How many of the 15 rows the template rates (the others are not discussed or not assessed). */
  ratedRows: number
}

/** The library's view of a template, read from a document built from it. */
export function previewTemplate(template: TemplateInfo): TemplatePreview {
  const { flag, analysis } = template.create({
    id: template.id,
    now: new Date(0),
    locale: template.contentLocale,
  })
  return {
    id: template.id,
    title: flag.title,
    jurisdiction: flag.jurisdiction,
    kind: flag.kind,
    stage: flag.stage,
    summary: flag.summary,
    ratedRows: ITEM_IDS.filter(
      (id) => analysis[id].impact !== 'not-discussed' && analysis[id].impact !== 'not-assessed',
    ).length,
  }
}

/** The library's view of every built-in template, in the order it lists them. */
export function previewTemplates(): TemplatePreview[] {
  return TEMPLATES.map(previewTemplate)
}
