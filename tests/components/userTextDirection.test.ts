/**
 * User text keeps its own direction (issue 9, item 5): every place that shows what a person
 * wrote isolates it (`dir="auto"` or `<bdi>`), so a Hebrew or Arabic text reads right to left
 * inside the English interface and the report preview.
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createTestI18n } from '../setup/i18n'
import { buildReport, domainTexts, parseAssessment, type Assessment } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import ReportPreview from '@/components/report/ReportPreview.vue'
import BaseTextField from '@/components/base/BaseTextField.vue'
import BaseTextArea from '@/components/base/BaseTextArea.vue'

const RTL = /[\u0590-\u08FF]/

/** The worked example with every free text (any string with a space) starting in Hebrew. */
function hebrewExample(): Assessment {
  const doc = TEMPLATES[0]!.create({ id: 't', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes(' ') ? `שלום ${value}` : value
    if (Array.isArray(value)) return value.map(walk)
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
    return value
  }
  const changed = walk(doc) as Assessment
  changed.report.profile = 'complete'
  const parsed = parseAssessment(changed)
  if (!parsed.ok) throw new Error('the changed example does not parse')
  return parsed.assessment
}

/** Whether a node sits inside an element that sets its own direction, below `root`. */
function isolated(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement)
    if (el.hasAttribute('dir') || el.tagName === 'BDI') return true
  return false
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
  return nodes
}

describe('user text keeps its direction', () => {
  it('in the report preview, everywhere it is shown', () => {
    const report = buildReport(hebrewExample(), {
      texts: domainTexts('en'),
      now: new Date('2026-02-01T00:00:00Z'),
    })
    const wrapper = mount(ReportPreview, {
      props: { report },
      global: { plugins: [createTestI18n()] },
    })
    const root = wrapper.element as Element
    const shown = textNodes(root).filter((n) => RTL.test(n.data))
    expect(shown.length).toBeGreaterThan(50)
    const bare = shown.filter((n) => !isolated(n, root)).map((n) => n.data.trim().slice(0, 60))
    expect(bare).toEqual([])
  })

  it('in text inputs and text areas, which take the direction of what is typed', () => {
    const i18n = createTestI18n()
    const field = mount(BaseTextField, {
      props: { label: 'Title', modelValue: 'שלום' },
      global: { plugins: [i18n] },
    })
    expect(field.get('input').attributes('dir')).toBe('auto')
    const url = mount(BaseTextField, {
      props: { label: 'Link', type: 'url', modelValue: '' },
      global: { plugins: [i18n] },
    })
    expect(url.get('input').attributes('dir')).toBeUndefined()
    const area = mount(BaseTextArea, {
      props: { label: 'Why', modelValue: '' },
      global: { plugins: [i18n] },
    })
    expect(area.get('textarea').attributes('dir')).toBe('auto')
  })
})
