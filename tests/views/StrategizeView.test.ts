import { describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { createAssessment, domainTexts, type Assessment } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import StrategizeView from '@/views/StrategizeView.vue'
import { mountWithApp } from '../setup/mountApp'

const texts = domainTexts('en')

function blank(edit: (doc: Assessment) => void = () => {}) {
  const doc = createAssessment({ id: 'doc1', now: new Date(0), locale: 'en' })
  edit(doc)
  return doc
}

async function mountView(doc: Assessment) {
  const { wrapper, pinia } = await mountWithApp(StrategizeView, {
    path: `/a/${doc.id}/strategize`,
    docs: [doc],
    attachTo: document.body,
  })
  return { wrapper, pinia }
}

/** The form controls whose label reads exactly `text`, in document order. */
function controls(wrapper: VueWrapper, text: string) {
  return wrapper
    .findAll('label')
    .filter((l) => l.text().replace(/\s+/g, ' ') === text)
    .map((l) => wrapper.get(`[id="${l.attributes('for')}"]`))
}
function control(wrapper: VueWrapper, text: string) {
  const found = controls(wrapper, text)
  if (found.length !== 1) throw new Error(`expected one "${text}", found ${found.length}`)
  return found[0]!
}
function button(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}
function section(wrapper: VueWrapper, heading: string) {
  const h = wrapper.findAll('h2').find((el) => el.text() === heading)
  if (!h) throw new Error(`no heading "${heading}"`)
  return wrapper.get(`section[aria-labelledby="${h.attributes('id')}"]`)
}

describe('StrategizeView', () => {
  it('has one h1 and lists what is still to do', async () => {
    const doc = blank()
    const { wrapper } = await mountView(doc)
    expect(wrapper.findAll('h1')).toHaveLength(1)
    const gaps = () =>
      section(wrapper, 'Still to do in this step')
        .findAll('li')
        .map((li) => li.text())
    expect(gaps()).toEqual([
      texts.steps.gap['strategize-goal'],
      texts.steps.gap['strategize-audiences'],
      texts.steps.gap['strategize-messages'],
      texts.steps.gap['strategize-tactics'],
    ])
    // Each gap leads to its part of the page.
    const link = section(wrapper, 'Still to do in this step').findAll('a')[1]!
    await link.trigger('click')
    expect(document.activeElement).toBe(button(wrapper, 'Add an audience').element)

    await button(wrapper, 'Add an audience').trigger('click')
    expect(doc.strategy.audiences).toHaveLength(1)
    expect(gaps()).not.toContain(texts.steps.gap['strategize-audiences'])
    wrapper.unmount()
  })

  it('edits the goal and updates the SMART check politely as it goes', async () => {
    const doc = blank((d) => {
      d.analysis.privacy.impact = 'negative'
      d.analysis.integrity.impact = 'positive'
    })
    const { wrapper } = await mountView(doc)
    const summary = wrapper.get('[aria-live="polite"]')
    expect(summary.text()).toBe('0 of 5 criteria met')

    await control(wrapper, 'Measurable: how you will know it happened').setValue('A vote.')
    expect(doc.strategy.goal.measurable).toBe('A vote.')
    expect(summary.text()).toBe('1 of 5 criteria met')
    await control(wrapper, 'Achievable: why it is realistic for you').setValue('Allies.')
    expect(summary.text()).toBe('2 of 5 criteria met')

    // Harmful findings are offered first, each with its rating; the others wait folded away.
    const relevant = wrapper
      .findAll('fieldset')
      .find((f) => f.get('legend').text() === 'Relevant: the findings this goal rests on')!
    const [first] = relevant.findAll('input[type="checkbox"]')
    expect(first!.element.closest('details')).toBeNull()
    await control(wrapper, 'Privacy (Negative)').setValue(true)
    expect(doc.strategy.goal.relevantItemIds).toEqual(['privacy'])
    expect(summary.text()).toBe('3 of 5 criteria met')
    const integrity = control(
      wrapper,
      'Integrity of Information, Applications, and Services (Positive)',
    )
    expect(integrity.element.closest('details')).not.toBeNull()

    await control(wrapper, 'Deadline').setValue('2999-01-01')
    await control(wrapper, 'Decision point').setValue('Plenary vote')
    expect(doc.strategy.goal.deadline).toBe('2999-01-01')
    expect(doc.strategy.goal.deadlineEvent).toBe('Plenary vote')
    wrapper.unmount()
  })

  it('drafts messages for the harmful findings and says how many it added', async () => {
    const doc = blank((d) => {
      d.analysis.privacy.impact = 'negative'
      d.analysis.privacy.howAffected = 'Providers must log all traffic.'
      d.analysis['accessible-infrastructure-common-protocol'].impact = 'strongly-negative'
      d.analysis.integrity.impact = 'positive'
    })
    const { wrapper } = await mountView(doc)
    const messages = section(wrapper, 'Key messages')
    const status = messages.get('[role="status"]')
    expect(status.text()).toBe('')

    await button(wrapper, 'Draft messages from the findings').trigger('click')
    await flushPromises()
    expect(doc.strategy.messages.map((m) => m.itemIds)).toEqual([
      ['accessible-infrastructure-common-protocol'],
      ['privacy'],
    ])
    expect(status.text()).toBe('2 draft messages were added at the end of the list.')
    const texts = controls(wrapper, 'Message').map((c) => (c.element as HTMLTextAreaElement).value)
    expect(texts).toHaveLength(2)
    expect(texts[1]).toContain('Providers must log all traffic.')

    await button(wrapper, 'Draft messages from the findings').trigger('click')
    await flushPromises()
    expect(doc.strategy.messages).toHaveLength(2)
    expect(status.text()).toBe(
      'Every harmful finding already has a message, so no draft was added.',
    )
    wrapper.unmount()
  })

  it('says when there is no harmful finding to draft from', async () => {
    const doc = blank()
    const { wrapper } = await mountView(doc)
    await button(wrapper, 'Draft messages from the findings').trigger('click')
    await flushPromises()
    expect(doc.strategy.messages).toHaveLength(0)
    expect(section(wrapper, 'Key messages').get('[role="status"]').text()).toContain(
      'There are no harmful findings yet',
    )
    wrapper.unmount()
  })

  it('links messages to audiences by name, and forgets removed audiences', async () => {
    const doc = blank((d) => {
      d.strategy.audiences.push(
        { id: 'a1', name: 'Committee members', why: '', ask: '' },
        { id: 'a2', name: '', why: '', ask: '' },
      )
      d.strategy.messages.push({ id: 'm1', text: '', itemIds: [], audienceIds: [] })
    })
    const { wrapper } = await mountView(doc)
    await control(wrapper, 'Committee members').setValue(true)
    await control(wrapper, 'Audience 2').setValue(true)
    expect(doc.strategy.messages[0]!.audienceIds).toEqual(['a1', 'a2'])

    await button(wrapper, 'Remove Audience 1').trigger('click')
    await flushPromises()
    expect(doc.strategy.messages[0]!.audienceIds).toEqual(['a2'])
    wrapper.unmount()
  })

  it('adds tactics and milestones, and shows every date on the timeline in order', async () => {
    const doc = blank((d) => {
      d.flag.dates.published = '2020-02-01'
      d.flag.dates.consultationCloses = '2998-05-19'
    })
    const { wrapper } = await mountView(doc)
    await button(wrapper, 'Add a tactic').trigger('click')
    await control(wrapper, 'Kind').setValue('letter')
    await control(wrapper, 'What exactly').setValue('Joint letter to the rapporteur')
    await control(wrapper, 'Who leads it').setValue('Chapter board')
    await control(wrapper, 'Due date').setValue('2998-05-12')
    await control(wrapper, 'Status').setValue('in-progress')
    expect(doc.strategy.tactics[0]).toMatchObject({
      kind: 'letter',
      description: 'Joint letter to the rapporteur',
      owner: 'Chapter board',
      due: '2998-05-12',
      status: 'in-progress',
    })
    await button(wrapper, 'Add a milestone').trigger('click')
    await control(wrapper, 'Date').setValue('2998-06-01')
    await control(wrapper, 'What happens').setValue('Committee hearing')

    const timeline = section(wrapper, 'Timeline')
    const rows = timeline.findAll('li').map((li) => li.text().replace(/\s+/g, ' '))
    expect(rows).toHaveLength(5)
    expect(rows[0]).toBe('Feb 1, 2020: Proposal published, Proposal, past')
    expect(rows[1]).toMatch(/^Today, /)
    expect(rows.slice(2)).toEqual([
      'May 12, 2998: Due: Joint letter to the rapporteur, Tactic',
      'May 19, 2998: Consultation closes, Proposal',
      'Jun 1, 2998: Committee hearing, Milestone',
    ])
    expect(timeline.findAll('time').map((t) => t.attributes('datetime'))).toContain('2998-05-19')
    wrapper.unmount()
  })

  it('explains how to fill an empty timeline', async () => {
    const { wrapper } = await mountView(blank())
    const timeline = section(wrapper, 'Timeline')
    expect(timeline.find('ol').exists()).toBe(false)
    expect(timeline.text()).toContain('No dates yet.')
    expect(timeline.get('a').attributes('href')).toBe('/a/doc1/flag')
    wrapper.unmount()
  })

  it('renders markup typed by a person as plain text', async () => {
    const doc = blank((d) => {
      d.strategy.audiences.push({ id: 'a1', name: '<b>MEPs</b>', why: '', ask: '' })
      d.strategy.messages.push({
        id: 'm1',
        text: '<script>alert(1)</script>',
        itemIds: [],
        audienceIds: [],
      })
      d.strategy.milestones.push({
        id: 'x',
        date: '2999-01-01',
        label: '<img src=x onerror=alert(1)>',
      })
    })
    const { wrapper } = await mountView(doc)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect((control(wrapper, 'Message').element as HTMLTextAreaElement).value).toBe(
      '<script>alert(1)</script>',
    )
    expect(control(wrapper, '<b>MEPs</b>').attributes('type')).toBe('checkbox')
    expect(section(wrapper, 'Timeline').text()).toContain('<img src=x onerror=alert(1)>')
    wrapper.unmount()
  })

  it('shows the worked example as a complete plan', async () => {
    const doc = TEMPLATES[0]!.create({ id: 'tpl', now: new Date(0), locale: 'en' })
    const { wrapper } = await mountView(doc)
    expect(controls(wrapper, 'Message')).toHaveLength(doc.strategy.messages.length)
    expect(controls(wrapper, 'What exactly')).toHaveLength(doc.strategy.tactics.length)
    const rows = section(wrapper, 'Timeline')
      .findAll('li')
      .map((li) => li.text().replace(/\s+/g, ' '))
    expect(rows).toContain('May 19, 2023: Consultation closes, Proposal, past')
    const dates = section(wrapper, 'Timeline')
      .findAll('time')
      .map((t) => t.attributes('datetime')!)
    expect(dates).toEqual([...dates].sort())
    wrapper.unmount()
  })
})
