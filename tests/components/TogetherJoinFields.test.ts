import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import TogetherJoinFields from '@/components/steps/TogetherJoinFields.vue'
import { mountWithApp } from '../setup/mountApp'
import { withModels } from '../setup/models'
import { getByLabel, getLink, queryLinks } from '../setup/queries'

async function setup() {
  const state = reactive({ chapter: '', chapterUrl: '', notes: '' })
  const { wrapper } = await mountWithApp(withModels(TogetherJoinFields, state))
  return { state, wrapper }
}

describe('TogetherJoinFields', () => {
  it('links to the Internet Society page on getting involved, and nowhere else', async () => {
    const { wrapper } = await setup()
    const link = getLink(wrapper, /How to get involved in Internet Society advocacy/)
    expect(link.attributes('href')).toBe('https://internetsociety.org/get-involved/advocate')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(wrapper.findAll('a')).toHaveLength(1)
    expect(wrapper.find('img, iframe, script').exists()).toBe(false)
  })

  it('records the chapter and links to its site only when the address is valid', async () => {
    const { state, wrapper } = await setup()
    await getByLabel(wrapper, 'Your chapter').setValue('Internet Society Belgium Chapter')
    await getByLabel(wrapper, 'Notes').setValue('Meets monthly')
    const url = getByLabel(wrapper, 'Chapter web address')
    await url.setValue('chapter.example')
    expect(state).toEqual({
      chapter: 'Internet Society Belgium Chapter',
      chapterUrl: 'chapter.example',
      notes: 'Meets monthly',
    })
    expect(wrapper.text()).toContain('This is not a web address')
    expect(queryLinks(wrapper, /Belgium/)).toHaveLength(0)
    await url.setValue('https://chapter.example/')
    expect(wrapper.text()).not.toContain('This is not a web address')
    const link = getLink(wrapper, /Internet Society Belgium Chapter/)
    expect(link.attributes('href')).toBe('https://chapter.example/')
    expect(link.attributes('target')).toBe('_blank')
  })
})
