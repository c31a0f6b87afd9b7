import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { createAssessment, type Assessment } from '@/domain'
import AnalyzeItemCard from '@/components/steps/AnalyzeItemCard.vue'
import { mountWithApp } from '../setup/mountApp'

/** The form control whose label reads exactly `text`. */
function control(wrapper: VueWrapper, text: string) {
  const labels = wrapper.findAll('label').filter((l) => l.text().replace(/\s+/g, ' ') === text)
  if (labels.length !== 1) throw new Error(`expected one label "${text}", found ${labels.length}`)
  const label = labels[0]!
  const id = label.attributes('for')
  return id ? wrapper.get(`[id="${id}"]`) : label.get('input, select, textarea')
}

function button(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('button').find((b) => b.text().replace(/\s+/g, ' ') === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

async function mountCard(setup: (doc: Assessment) => void = () => {}) {
  const doc = reactive(createAssessment({ id: 'doc1', now: new Date(0), locale: 'en' }))
  setup(doc)
  const { wrapper } = await mountWithApp(AnalyzeItemCard, {
    props: {
      itemId: 'privacy',
      analysis: doc.analysis.privacy,
      sources: doc.flag.sources,
    },
    attachTo: document.body,
  })
  return { doc, wrapper }
}

describe('AnalyzeItemCard', () => {
  it('shows the item as a heading anchored by its id, with its explanation and questions', async () => {
    const { wrapper } = await mountCard()
    const heading = wrapper.get('h3')
    expect(heading.attributes('id')).toBe('privacy')
    expect(heading.text()).toBe('Privacy')
    expect(wrapper.text()).toContain('Guiding questions')
    expect(wrapper.text()).toContain('Typical threats')
    expect(wrapper.get('.impact-tag').text()).toContain('Not yet assessed')
    wrapper.unmount()
  })

  it('records the rating chosen by its label and shows it in the status line', async () => {
    const { doc, wrapper } = await mountCard()
    const legend = wrapper.findAll('legend').map((l) => l.text())
    expect(legend).toContain('Effect on the Internet')
    await control(wrapper, 'Strongly negative').setValue(true)
    expect(doc.analysis.privacy.impact).toBe('strongly-negative')
    await control(wrapper, 'Unclear').setValue(true)
    expect(doc.analysis.privacy.impact).toBe('unclear')
    expect(wrapper.get('.impact-tag').text()).toBe('Rating: Unclear')
    await control(wrapper, 'Not yet assessed').setValue(true)
    expect(doc.analysis.privacy.impact).toBe('not-assessed')
    wrapper.unmount()
  })

  it('records "depends on implementation", both texts and the confidence', async () => {
    const { doc, wrapper } = await mountCard()
    await control(wrapper, 'Depends on how it is implemented').setValue(true)
    expect(doc.analysis.privacy.dependsOnImplementation).toBe(true)
    expect(wrapper.text()).toContain('depends on implementation')

    await control(wrapper, 'How could it be affected?').setValue('Traffic must be inspected.')
    await control(wrapper, 'What effect could this have on people?').setValue('Less privacy.')
    expect(doc.analysis.privacy.howAffected).toBe('Traffic must be inspected.')
    expect(doc.analysis.privacy.effectOnPeople).toBe('Less privacy.')

    await control(wrapper, 'High').setValue(true)
    expect(doc.analysis.privacy.confidence).toBe('high')
    expect(wrapper.text()).toContain('High confidence')
    await control(wrapper, 'Not set').setValue(true)
    expect(doc.analysis.privacy.confidence).toBeNull()
    wrapper.unmount()
  })

  it('links evidence to an existing Flag source', async () => {
    const { doc, wrapper } = await mountCard((d) => {
      d.flag.sources.push({
        id: 'src1',
        title: 'Official draft',
        url: 'https://example.org/draft',
        accessed: '',
      })
    })
    await button(wrapper, 'Add evidence').trigger('click')
    expect(doc.analysis.privacy.evidence).toHaveLength(1)
    const select = control(wrapper, 'Source')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'No source (note only)',
      'Official draft',
    ])
    await select.setValue('src1')
    await control(wrapper, 'Note or quotation').setValue('Article 5 requires logging.')
    expect(doc.analysis.privacy.evidence[0]).toMatchObject({
      sourceId: 'src1',
      note: 'Article 5 requires logging.',
    })
    const link = wrapper.get('a[href="https://example.org/draft"]')
    expect(link.text()).toContain('Open the source')
    wrapper.unmount()
  })

  it('adds a new source to the Flag step and links it as evidence', async () => {
    const { doc, wrapper } = await mountCard()
    await button(wrapper, 'Add a new source').trigger('click')
    expect(document.activeElement).toBe(control(wrapper, 'Title').element)

    await button(wrapper, 'Add the source and link it').trigger('click')
    expect(wrapper.text()).toContain('Give the source a title or a web address.')
    expect(doc.flag.sources).toHaveLength(0)

    await control(wrapper, 'Title').setValue('BEREC opinion')
    await control(wrapper, 'Web address').setValue('https://example.org/berec')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(doc.flag.sources).toHaveLength(1)
    const source = doc.flag.sources[0]!
    expect(source).toMatchObject({ title: 'BEREC opinion', url: 'https://example.org/berec' })
    expect(source.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(doc.analysis.privacy.evidence).toEqual([
      { id: expect.any(String), sourceId: source.id, note: '' },
    ])
    expect(wrapper.get('[role="status"]').text()).toBe(
      '“BEREC opinion” was added to the sources and linked as evidence.',
    )
    expect(document.activeElement).toBe(control(wrapper, 'Note or quotation').element)
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })

  it('folds and unfolds its details with a labelled disclosure button', async () => {
    const { wrapper } = await mountCard()
    const toggle = wrapper.get('button[aria-label="Hide details: Privacy"]')
    expect(toggle.text()).toBe('Hide details')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const body = wrapper.get(`[id="${toggle.attributes('aria-controls')}"]`)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(body.isVisible()).toBe(false)
    expect(toggle.attributes('aria-label')).toBe('Show details: Privacy')
    wrapper.unmount()
  })

  it('renders what a person typed as text, never as markup', async () => {
    const { wrapper } = await mountCard((d) => {
      d.flag.sources.push({ id: 's', title: '<img src=x onerror=alert(1)>', url: '', accessed: '' })
      d.analysis.privacy.evidence.push({ id: 'e', sourceId: 's', note: '' })
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(control(wrapper, 'Source').text()).toContain('<img src=x onerror=alert(1)>')
    wrapper.unmount()
  })
})
