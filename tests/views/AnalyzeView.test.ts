import { describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import {
  CATALOGUE_GROUPS,
  ITEM_IDS,
  createAssessment,
  domainTexts,
  type Assessment,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import AnalyzeView from '@/views/AnalyzeView.vue'
import { mountWithApp } from '../setup/mountApp'

const texts = domainTexts('en')
const blank = () => createAssessment({ id: 'doc1', now: new Date(0), locale: 'en' })
const unclearLabel = 'Marked unclear, so the verdict stays provisional until you resolve them:'
const nextTask = () => new Promise((resolve) => setTimeout(resolve))

function radio(wrapper: VueWrapper, itemId: string, label: string) {
  const card = wrapper.get(`article[aria-labelledby="${itemId}"]`)
  const found = card.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`no "${label}" in ${itemId}`)
  return found.get('input')
}

/** The link texts of the list labelled by the paragraph that reads `label`. */
function listLabelled(wrapper: VueWrapper, label: string) {
  const labelEl = wrapper.findAll('p').find((p) => p.text() === label)
  if (!labelEl) return []
  const list = wrapper.get(`[aria-labelledby="${labelEl.attributes('id')}"]`)
  return list.findAll('a').map((a) => a.text())
}

async function mountView(doc: Assessment, path = `/a/${doc.id}/analyze`) {
  return mountWithApp(AnalyzeView, { path, docs: [doc], attachTo: document.body })
}

describe('AnalyzeView', () => {
  it('has one h1 and renders the 15 items under their five groups', async () => {
    const { wrapper } = await mountView(blank())
    expect(wrapper.findAll('h1')).toHaveLength(1)
    expect(wrapper.findAll('article')).toHaveLength(15)

    for (const group of CATALOGUE_GROUPS) {
      const title =
        group.id === 'properties'
          ? texts.catalogue.existTitle
          : texts.catalogue.goals[group.id].name
      const heading = wrapper.findAll('h2, h3').find((h) => h.text() === title)
      expect(heading, title).toBeDefined()
      const section = wrapper.get(`section[aria-labelledby="${heading!.attributes('id')}"]`)
      const itemHeadings = section.findAll('article').map((a) => a.attributes('aria-labelledby'))
      expect(itemHeadings).toEqual([...group.items])
      const level = group.id === 'properties' ? 'H3' : 'H4'
      for (const id of group.items) expect(section.get(`[id="${id}"]`).element.tagName).toBe(level)
    }
    expect(wrapper.text()).toContain(texts.catalogue.thriveTitle)
    wrapper.unmount()
  })

  it('updates the progress and the list of open rows as rows are rated', async () => {
    const { wrapper } = await mountView(blank())
    const progress = wrapper.get('progress')
    expect(wrapper.text()).toContain('0 of 15 assessed')
    expect(progress.attributes('value')).toBe('0')
    const stillToDo = () => listLabelled(wrapper, 'Still to do:')
    expect(stillToDo()).toHaveLength(15)

    await radio(wrapper, 'privacy', 'Negative').setValue(true)
    await radio(wrapper, 'integrity', 'No impact').setValue(true)
    expect(wrapper.text()).toContain('2 of 15 assessed')
    expect(progress.attributes('value')).toBe('2')
    expect(stillToDo()).not.toContain('Privacy')
    expect(stillToDo()).toHaveLength(13)

    await radio(wrapper, 'accountability', 'Unclear').setValue(true)
    expect(wrapper.text()).toContain('3 of 15 assessed')
    expect(listLabelled(wrapper, unclearLabel)).toEqual(['Accountability'])
    wrapper.unmount()
  })

  it('opens, marks and focuses the card named in /analyze/:itemId', async () => {
    const doc = TEMPLATES[0]!.create({ id: 'tpl', now: new Date(0), locale: 'en' })
    const { wrapper, router } = await mountView(doc, '/a/tpl/analyze/privacy')
    await nextTask()
    await flushPromises()
    expect(document.activeElement?.id).toBe('privacy')
    const card = wrapper.get('article[aria-labelledby="privacy"]')
    expect(card.attributes('aria-current')).toBe('true')
    expect(wrapper.findAll('article[aria-current]')).toHaveLength(1)
    expect(card.get('button[aria-expanded]').attributes('aria-expanded')).toBe('true')
    // Rated rows start folded; the targeted one is unfolded.
    const other = wrapper.get('article[aria-labelledby="integrity"]')
    expect(other.get('button[aria-expanded]').attributes('aria-expanded')).toBe('false')

    await router.push('/a/tpl/analyze/integrity')
    await flushPromises()
    await nextTask()
    expect(document.activeElement?.id).toBe('integrity')
    expect(other.get('button[aria-expanded]').attributes('aria-expanded')).toBe('true')
    wrapper.unmount()
  })

  it('expands and collapses every card at once', async () => {
    const { wrapper } = await mountView(blank())
    const toggles = () =>
      wrapper.findAll('article button[aria-expanded]').map((b) => b.attributes('aria-expanded'))
    expect(toggles()).toEqual(ITEM_IDS.map(() => 'true'))
    const collapse = wrapper.findAll('button').find((b) => b.text() === 'Collapse all')!
    await collapse.trigger('click')
    expect(toggles()).toEqual(ITEM_IDS.map(() => 'false'))
    const expand = wrapper.findAll('button').find((b) => b.text() === 'Expand all')!
    await expand.trigger('click')
    expect(toggles()).toEqual(ITEM_IDS.map(() => 'true'))
    wrapper.unmount()
  })

  it('offers a jump list with every item and its rating', async () => {
    const doc = blank()
    doc.analysis.privacy.impact = 'negative'
    const { wrapper } = await mountView(doc)
    const nav = wrapper.get('nav[aria-label="Jump to a property or enabler"]')
    const links = nav.findAll('a')
    expect(links).toHaveLength(15)
    const privacy = links.find((a) => a.text() === 'Privacy')!
    expect(privacy.attributes('href')).toBe('/a/doc1/analyze/privacy')
    expect(privacy.element.parentElement?.textContent).toContain('Negative')
    wrapper.unmount()
  })
})

describe('AnalyzeView inside the app', () => {
  it('keeps focus on the item heading after a jump, despite the route focus on the h1', async () => {
    const { default: App } = await import('@/App.vue')
    const doc = blank()
    const { wrapper, router } = await mountWithApp(App, {
      path: `/a/${doc.id}/analyze`,
      docs: [doc],
      attachTo: document.body,
    })
    await flushPromises()
    const link = wrapper
      .get('nav[aria-label="Jump to a property or enabler"]')
      .findAll('a')
      .find((a) => a.text() === 'Privacy')!
    await link.trigger('click')
    await flushPromises()
    await nextTask()
    expect(router.currentRoute.value.params.itemId).toBe('privacy')
    expect(document.activeElement?.id).toBe('privacy')
    wrapper.unmount()
  })
})
