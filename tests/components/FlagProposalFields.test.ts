import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import FlagProposalFields from '@/components/steps/FlagProposalFields.vue'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel, getGroup, getHeading } from '../setup/queries'

function setup() {
  const state = reactive({
    title: '',
    kind: 'legislation',
    jurisdiction: '',
    proposer: '',
    stage: 'draft',
    summary: '',
  })
  const anchorIds = { title: 'a-title', jurisdiction: 'a-jurisdiction', summary: 'a-summary' }
  return { state, component: withModels(FlagProposalFields, state, { anchorIds }) }
}

describe('FlagProposalFields', () => {
  it('binds every text field to its model', async () => {
    const { state, component } = setup()
    const { wrapper } = await mountWithApp(component)
    expect(getHeading(wrapper, 'The proposal').exists()).toBe(true)
    await getByLabel(wrapper, 'Title').setValue('Digital Networks Act')
    await getByLabel(wrapper, 'Where it applies').setValue('European Union')
    await getByLabel(wrapper, 'Proposed by').setValue('European Commission')
    await getByLabel(wrapper, 'Summary').setValue('Creates a dispute resolution mechanism.')
    expect(state).toMatchObject({
      title: 'Digital Networks Act',
      jurisdiction: 'European Union',
      proposer: 'European Commission',
      summary: 'Creates a dispute resolution mechanism.',
    })
  })

  it('offers the kinds of proposal with their domain labels', async () => {
    const { state, component } = setup()
    const { wrapper } = await mountWithApp(component)
    const select = getByLabel(wrapper, 'Kind of proposal')
    const labels = select.findAll('option').map((o) => o.text())
    expect(labels).toEqual([
      'Not stated',
      'Legislation',
      'Decree or regulation',
      'Executive or ministerial order',
      'Court decision',
      'Corporate or industry action',
      'Technical standard',
      'International agreement',
      'Technology or trend',
      'Other',
    ])
    await select.setValue('business-decision')
    expect(state.kind).toBe('business-decision')
  })

  it('lets the stage be chosen in a labelled radio group', async () => {
    const { state, component } = setup()
    const { wrapper } = await mountWithApp(component)
    const group = getGroup(wrapper, 'How far it has got')
    const radios = group.findAll('input[type="radio"]')
    expect(radios).toHaveLength(10)
    expect((getByLabel(group, 'Draft').element as HTMLInputElement).checked).toBe(true)
    await getByLabel(group, 'Public consultation').setValue(true)
    expect(state.stage).toBe('consultation')
    expect(group.attributes('aria-describedby')).toBeTruthy()
  })

  it('puts the anchor ids on the fields the to-do list links to', async () => {
    const { component } = setup()
    const { wrapper } = await mountWithApp(component)
    expect(wrapper.find('#a-title input').element).toBe(getByLabel(wrapper, 'Title').element)
    expect(wrapper.find('#a-jurisdiction input').element).toBe(
      getByLabel(wrapper, 'Where it applies').element,
    )
    expect(wrapper.find('#a-summary textarea').element).toBe(getByLabel(wrapper, 'Summary').element)
  })

  it('marks only the proposer as optional', async () => {
    const { component } = setup()
    const { wrapper } = await mountWithApp(component)
    const optional = wrapper
      .findAll('label')
      .map((label) => label.text())
      .filter((text) => text.includes('(optional)'))
    expect(optional).toHaveLength(1)
    expect(optional[0]).toContain('Proposed by')
  })
})
