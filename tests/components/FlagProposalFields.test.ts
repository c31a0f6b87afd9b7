import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import FlagProposalFields from '@/components/steps/FlagProposalFields.vue'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { mountInLocale } from '../setup/mountInLocale'
import { getByLabel, getGroup, getHeading } from '../setup/queries'
import type { Locale, ProposalKind, Stage } from '@/domain'

const defaults = { kind: 'legislation', stage: 'draft' } as const
const labelledInForce = (root: VueWrapper) =>
  root.findAll('label').filter((l) => l.text().startsWith('In force since'))

function setup(choices: { kind: ProposalKind | null; stage: Stage | null } = defaults) {
  const state = reactive({
    title: '',
    jurisdiction: '',
    proposer: '',
    summary: '',
    inForce: '',
    ...choices,
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

  it('asks for the day it came into force when the stage is in force, and keeps a date typed', async () => {
    const { state, component } = setup()
    const { wrapper } = await mountWithApp(component)
    expect(labelledInForce(wrapper)).toHaveLength(0)
    await getByLabel(getGroup(wrapper, 'How far it has got'), 'In force').setValue(true)
    const date = getByLabel(wrapper, 'In force since')
    expect(date.attributes('type')).toBe('date')
    await date.setValue('2024-07-01')
    expect(state).toMatchObject({ stage: 'in-force', inForce: '2024-07-01' })

    // Struck down later: the date stays on screen, since the report still prints it.
    await getByLabel(getGroup(wrapper, 'How far it has got'), 'Struck down by a court').setValue(
      true,
    )
    expect(getByLabel(wrapper, 'In force since').exists()).toBe(true)
    await getByLabel(wrapper, 'In force since').setValue('')
    expect(labelledInForce(wrapper)).toHaveLength(0)
    expect(state.inForce).toBe('')
  })

  it.each<[Locale, string, string]>([
    ['en', 'Kind of proposal', 'How far it has got'],
    ['es', 'Tipo de propuesta', 'Fase en que se encuentra'],
  ])(
    'shows a choice nobody made as the first, "Not stated" option, in %s',
    async (locale, kindLabel, stageLabel) => {
      const { state, component } = setup({ kind: null, stage: null })
      const notStated = locale === 'en' ? 'Not stated' : 'No indicado'
      const wrapper = await mountInLocale(locale, component)
      const select = getByLabel(wrapper, kindLabel).element as HTMLSelectElement
      expect(select.options[0]!.text).toBe(notStated)
      expect(select.selectedIndex).toBe(0)
      const group = getGroup(wrapper, stageLabel)
      const first = group.get('input[type="radio"]').element as HTMLInputElement
      expect(first.checked).toBe(true)
      expect(getByLabel(group, notStated).element).toBe(first)
      expect(group.text()).toContain(notStated)
      // Choosing a kind and going back to "not stated" stores null again.
      await getByLabel(wrapper, kindLabel).setValue('court-decision')
      expect(state.kind).toBe('court-decision')
      select.selectedIndex = 0
      select.dispatchEvent(new Event('change'))
      expect(state.kind).toBeNull()
      wrapper.unmount()
    },
  )
})
