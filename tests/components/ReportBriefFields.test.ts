import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import ReportBriefFields from '@/components/report/ReportBriefFields.vue'
import { createAssessment, type Brief } from '@/domain'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel, getGroup } from '../setup/queries'

const DRAFT: Brief = {
  abstract: 'Drafted abstract.',
  executiveSummary: 'Drafted summary.',
  goalConclusions: { open: 'Drafted open.', 'globally-connected': '', secure: '', trustworthy: '' },
  conclusions: 'Drafted conclusions.',
}

async function mountFields(draft: Brief = DRAFT) {
  const doc = createAssessment({ id: 'd', now: new Date(0), locale: 'en' })
  const state = reactive({ publication: doc.publication, brief: doc.brief })
  const { wrapper } = await mountWithApp(
    withModels(ReportBriefFields, state, { draft: () => draft }),
  )
  const button = (name: string) => {
    const found = wrapper.findAll('button').find((b) => b.attributes('aria-label') === name)
    if (!found) throw new Error(`no button ${name}`)
    return found
  }
  return { wrapper, state, button }
}

describe('ReportBriefFields', () => {
  it('adds an author with an affiliation, and the publication facts', async () => {
    const { wrapper, state } = await mountFields()
    const add = wrapper.findAll('button').find((b) => b.text() === 'Add an author')!
    await add.trigger('click')
    const author = getGroup(wrapper, 'Author 1')
    await getByLabel(author, 'Name').setValue('Ana Pérez')
    await getByLabel(author, /^Affiliation/).setValue('ISOC Examplia Chapter')
    await getByLabel(wrapper, /^Version/).setValue('1.0')
    await getByLabel(wrapper, /^Publication date/).setValue('2026-02-18')
    await getByLabel(wrapper, /^Licence/).setValue('CC BY 4.0')
    expect(state.publication).toMatchObject({
      authors: [{ name: 'Ana Pérez', affiliation: 'ISOC Examplia Chapter' }],
      version: '1.0',
      published: '2026-02-18',
      licence: 'CC BY 4.0',
    })
  })

  it('drafts an empty text from the findings, and the author edits it', async () => {
    const { wrapper, state, button } = await mountFields()
    await button('Draft Executive summary from the findings').trigger('click')
    expect(state.brief.executiveSummary).toBe('Drafted summary.')
    expect(wrapper.text()).toContain('Draft written.')
    await getByLabel(wrapper, /^Executive summary/).setValue('My own summary.')
    expect(state.brief.executiveSummary).toBe('My own summary.')
  })

  it.each([
    ['Replace with the draft', 'Drafted summary.'],
    ['Keep my text', 'My own summary.'],
  ])('asks before replacing what the author wrote: %s', async (answer, expected) => {
    const { wrapper, state, button } = await mountFields()
    await getByLabel(wrapper, /^Executive summary/).setValue('My own summary.')
    await button('Draft Executive summary from the findings').trigger('click')
    expect(state.brief.executiveSummary).toBe('My own summary.')
    expect(wrapper.text()).toContain('Replace what you wrote with a new draft?')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === answer)!
      .trigger('click')
    expect(state.brief.executiveSummary).toBe(expected)
    expect(wrapper.text()).not.toContain('Replace what you wrote with a new draft?')
  })

  it('drafts a goal conclusion into its own field, and says when there is nothing to draft', async () => {
    const { wrapper, state, button } = await mountFields()
    await button('Draft Conclusion: Open from the findings').trigger('click')
    expect(state.brief.goalConclusions.open).toBe('Drafted open.')
    await button('Draft Conclusion: Secure from the findings').trigger('click')
    expect(state.brief.goalConclusions.secure).toBe('')
    expect(wrapper.text()).toContain('Nothing to draft from yet')
  })
})
