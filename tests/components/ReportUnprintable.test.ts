import { describe, expect, it } from 'vitest'
import type { UnprintableText } from '@/domain'
import ReportUnprintable from '@/components/report/ReportUnprintable.vue'
import { mountInLocale } from '../setup/mountInLocale'

const khmer: UnprintableText = {
  place: { part: 'cover' },
  text: 'ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍',
  characters: ['ក'],
  scripts: ['Khmr'],
}

function inSection(title: string, text: string, scripts: string[]): UnprintableText {
  return { place: { part: 'section', title }, text, characters: [...text], scripts }
}

describe('ReportUnprintable', () => {
  it('lists the places, shortens long texts and counts the rest', async () => {
    const long = 'ب'.repeat(200)
    const items = [
      khmer,
      inSection('The proposal', long, ['Arab']),
      ...Array.from({ length: 6 }, (_, i) => inSection(`Section ${i}`, `😀 ${i}`, ['emoji'])),
    ]
    const wrapper = await mountInLocale('en', ReportUnprintable, { unprintable: items })
    const lines = wrapper.findAll('li').map((li) => li.text())
    expect(lines).toHaveLength(6)
    expect(lines[0]).toBe('Cover: “ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍” (Khmer)')
    expect(lines[1]).toBe(`The proposal: “${'ب'.repeat(79)}…” (Arabic)`)
    expect(wrapper.text()).toContain('no characters for Khmer, Arabic, and emoji.')
    expect(wrapper.text()).toContain('And 2 more places.')
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('print')).toHaveLength(1)
  })

  it('speaks the interface language, script names included', async () => {
    const wrapper = await mountInLocale('fr', ReportUnprintable, {
      unprintable: [khmer, inSection('Le projet', '\uE000', ['private'])],
    })
    expect(wrapper.get('h3').text()).toBe(
      'Une partie de ce texte ne peut pas s’imprimer dans le PDF',
    )
    expect(wrapper.text()).toContain('Couverture')
    expect(wrapper.text()).toMatch(/khmer et caractères à usage privé/i)
    expect(wrapper.get('button').text()).toBe('Imprimer ou enregistrer en PDF')
  })
})
