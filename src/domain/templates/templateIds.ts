/**
 * The built-in templates by id, without their content: a template's document is large and
 * only needed when someone starts from it, so it is loaded on demand.
 */
import type { TemplateInfo, TemplatePreview } from './templates'

/** Ids of the built-in templates, in the order the library lists them. */
export const TEMPLATE_IDS = [
  'eu-fair-share',
  'kr-interconnection-fees',
  'br-cost-sharing',
  'ca-online-news-act',
  'eu-csa-regulation',
  'uk-online-safety-e2ee',
  'eu-eidas-qwacs',
  'kh-national-internet-gateway',
  'in-cert-in-directions',
  'in-intermediary-rules-2021',
  'ng-social-media-bill',
  'bd-ott-regulation',
  'ru-disconnection-2022',
  'ca-online-harms-2021',
  'generic-internet-shutdowns',
  'generic-age-checks',
] as const

/** Loads a template's content; undefined when there is no template with that id. */
export async function loadTemplate(id: string): Promise<TemplateInfo | undefined> {
  const { findTemplate } = await import('./templates')
  return findTemplate(id)
}

/** Loads what the library shows of every template (their content comes with it). */
export async function loadTemplatePreviews(): Promise<TemplatePreview[]> {
  const { previewTemplates } = await import('./templates')
  return previewTemplates()
}
