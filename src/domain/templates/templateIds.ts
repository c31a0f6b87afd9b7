/**
 * The built-in templates by id, without their content: a template's document is large and
 * only needed when someone starts from it, so it is loaded on demand.
 */
import type { TemplateInfo } from './templates'

/** Ids of the built-in templates, in the order the library lists them. */
export const TEMPLATE_IDS = ['eu-fair-share'] as const

/** Loads a template's content; undefined when there is no template with that id. */
export async function loadTemplate(id: string): Promise<TemplateInfo | undefined> {
  const { findTemplate } = await import('./templates')
  return findTemplate(id)
}
