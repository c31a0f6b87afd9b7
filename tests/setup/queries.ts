import { DOMWrapper, type VueWrapper } from '@vue/test-utils'

/**
 * Small accessible-name queries for component tests, in the spirit of Testing Library:
 * find controls by their label, groups by their legend, buttons and links by their text.
 */
type Root = VueWrapper | DOMWrapper<Element>

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
const matches = (text: string, name: string | RegExp) =>
  typeof name === 'string' ? text === name : name.test(text)

/** A label's own words, without the "(optional)" note. */
function labelText(label: HTMLLabelElement): string {
  const copy = label.cloneNode(true) as HTMLElement
  copy.querySelectorAll('.field__optional, input, select, textarea').forEach((el) => el.remove())
  return normalise(copy.textContent)
}

function controlOf(label: HTMLLabelElement): HTMLElement | null {
  // Mounted trees are often detached, so look the id up from the tree's own root.
  const root = label.getRootNode() as ParentNode
  const target = label.htmlFor
    ? root.querySelector(`[id="${label.htmlFor}"]`)
    : label.querySelector('input, select, textarea')
  return target as HTMLElement | null
}

function single<T extends Element>(found: T[], what: string): DOMWrapper<T> {
  if (found.length !== 1) throw new Error(`Expected one ${what}, found ${found.length}`)
  return new DOMWrapper(found[0]!)
}

/** Every control labelled `name`. */
function allByLabel(root: Root, name: string | RegExp): DOMWrapper<HTMLElement>[] {
  return [...root.element.querySelectorAll('label')]
    .filter((label) => matches(labelText(label), name))
    .map(controlOf)
    .filter((el): el is HTMLElement => el !== null)
    .map((el) => new DOMWrapper(el))
}

/** The one control labelled `name`. */
export function getByLabel(root: Root, name: string | RegExp): DOMWrapper<HTMLElement> {
  return single(
    allByLabel(root, name).map((w) => w.element),
    `control labelled ${String(name)}`,
  )
}

/** The one fieldset whose legend reads `name`. */
export function getGroup(root: Root, name: string | RegExp): DOMWrapper<HTMLFieldSetElement> {
  const found = [...root.element.querySelectorAll('fieldset')].filter((fieldset) =>
    matches(normalise(fieldset.querySelector('legend')?.textContent), name),
  )
  return single(found, `group ${String(name)}`)
}

/** Every element of the given selector whose text reads `name`. */
function allByText(root: Root, selector: string, name: string | RegExp): Element[] {
  return [...root.element.querySelectorAll(selector)].filter((el) =>
    matches(normalise(el.textContent), name),
  )
}

export const getButton = (root: Root, name: string | RegExp) =>
  single(allByText(root, 'button', name), `button ${String(name)}`)
export const getLink = (root: Root, name: string | RegExp) =>
  single(allByText(root, 'a', name), `link ${String(name)}`) as DOMWrapper<HTMLAnchorElement>
export const queryLinks = (root: Root, name: string | RegExp) => allByText(root, 'a', name)
export const getHeading = (root: Root, name: string | RegExp) =>
  single(allByText(root, 'h1, h2, h3, h4', name), `heading ${String(name)}`)
