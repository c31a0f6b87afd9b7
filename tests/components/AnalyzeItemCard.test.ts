import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { createAssessment, type Assessment } from '@/domain'
import AnalyzeItemCard from '@/components/steps/AnalyzeItemCard.vue'
import { mountWithApp } from '../setup/mountApp'
import { mountInLocale } from '../setup/mountInLocale'
import { withModels } from '../setup/models'
import { getByLabel, getGroup } from '../setup/queries'

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

  it('asks a mixed row for both strengths and explains the harm and the benefit apart', async () => {
    const { doc, wrapper } = await mountCard((d) => {
      d.analysis.privacy.howAffected = 'Traffic must be inspected.'
    })
    expect(wrapper.findAll('legend').map((l) => l.text())).not.toContain('Harm and benefit')
    await control(wrapper, 'Mixed: harms and helps').setValue(true)
    expect(doc.analysis.privacy.impact).toBe('mixed')

    const strengths = getGroup(wrapper, 'Harm and benefit')
    const harm = getByLabel(strengths, 'How strongly it harms')
    const benefit = getByLabel(strengths, 'How strongly it helps')
    expect(harm.findAll('option').map((o) => o.text())).toEqual([
      'Strongly negative',
      'Negative',
      'Slightly negative',
    ])
    expect(benefit.findAll('option').map((o) => o.text())).toEqual([
      'Slightly positive',
      'Positive',
      'Strongly positive',
    ])
    await harm.setValue('strongly-negative')
    await benefit.setValue('slightly-positive')

    // The mechanism text becomes the harm's, and keeps what was typed.
    expect(wrapper.findAll('label').some((l) => l.text() === 'How could it be affected?')).toBe(
      false,
    )
    const how = getByLabel(wrapper, 'How could it harm?')
    expect((how.element as HTMLTextAreaElement).value).toBe('Traffic must be inspected.')
    await getByLabel(wrapper, 'How could it help?').setValue('It also funds local exchanges.')
    expect(doc.analysis.privacy.mixed).toEqual({
      harm: 'strongly-negative',
      benefit: 'slightly-positive',
      benefitHow: 'It also funds local exchanges.',
    })
    expect(doc.analysis.privacy.howAffected).toBe('Traffic must be inspected.')
    expect(wrapper.get('.analyze-card__status').text()).toContain(
      'harms: strongly negative, helps: slightly positive',
    )

    // Another rating hides the benefit but keeps it.
    await control(wrapper, 'Negative').setValue(true)
    expect(wrapper.findAll('label').some((l) => l.text() === 'How could it help?')).toBe(false)
    expect(doc.analysis.privacy.mixed.benefitHow).toBe('It also funds local exchanges.')
    wrapper.unmount()
  })

  it('folds the explanation of a row not discussed, and shows what was typed again', async () => {
    const { doc, wrapper } = await mountCard()
    const how = () => getByLabel(wrapper, 'How could it be affected?')
    await how().setValue('Filtering at the border.')
    await control(wrapper, 'Not discussed').setValue(true)
    expect(doc.analysis.privacy.impact).toBe('not-discussed')
    expect(wrapper.text()).toContain('Not discussed: this row needs no explanation.')
    const folded = how().element.closest('details')
    expect(folded).not.toBeNull()
    expect(folded!.open).toBe(false)
    expect(folded!.querySelector('summary')!.textContent).toBe('Notes and evidence (optional)')
    expect(doc.analysis.privacy.howAffected).toBe('Filtering at the border.')

    await control(wrapper, 'Slightly negative').setValue(true)
    expect(how().element.closest('details')).toBeNull()
    expect((how().element as HTMLTextAreaElement).value).toBe('Filtering at the border.')
    expect(wrapper.text()).not.toContain('this row needs no explanation')
    wrapper.unmount()
  })

  it('explains "Mixed" and "Not discussed" where the rating is chosen', async () => {
    const { wrapper } = await mountCard()
    const group = getGroup(wrapper, 'Effect on the Internet')
    const described = group
      .attributes('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ')
    expect(described).toContain('“Not discussed” is for a row this assessment leaves out')
    expect(described).toContain('does not make the verdict provisional')
    expect(described).toContain('“Mixed” is for a proposal that harms it in one way')
    wrapper.unmount()
  })

  it('asks for the harm and the benefit in French', async () => {
    const state = reactive({
      analysis: createAssessment({ id: 'd', now: new Date(0), locale: 'fr' }).analysis.privacy,
      sources: [],
    })
    const wrapper = await mountInLocale(
      'fr',
      withModels(AnalyzeItemCard, state, { itemId: 'privacy' }),
    )
    const rating = getGroup(wrapper, 'Effet sur Internet')
    await getByLabel(rating, 'Mixte : nuit et aide').setValue(true)
    expect(state.analysis.impact).toBe('mixed')
    const strengths = getGroup(wrapper, 'Effet négatif et effet positif')
    await getByLabel(strengths, 'Intensité de l’effet négatif').setValue('slightly-negative')
    await getByLabel(wrapper, 'En quoi la proposition pourrait-elle l’aider ?').setValue(
      'Elle aide.',
    )
    expect(state.analysis.mixed).toMatchObject({
      harm: 'slightly-negative',
      benefitHow: 'Elle aide.',
    })
    expect(getByLabel(wrapper, 'En quoi la proposition pourrait-elle lui nuire ?').exists()).toBe(
      true,
    )
    await getByLabel(rating, 'Non traité').setValue(true)
    expect(wrapper.text()).toContain('cette ligne ne demande aucune explication')
    wrapper.unmount()
  })
})
