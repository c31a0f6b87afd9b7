import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { domainTexts } from '@/domain'
import { createFairShareAssessment } from '@/domain/templates/fairShare'
import ReportEditableExports from '@/components/report/ReportEditableExports.vue'
import { captureDownloads } from '../setup/downloads'
import { mountInLocale } from '../setup/mountInLocale'

let downloads: { blob: Blob; fileName: string }[] = []

const NOW = new Date('2025-03-05T10:00:00.000Z')

function props(onNow: (d: Date) => void = () => undefined) {
  const doc = createFairShareAssessment({ id: 'fs', now: NOW, locale: 'en' })
  return { doc, texts: domainTexts('en'), now: NOW, 'onUpdate:now': onNow }
}

beforeEach(() => {
  downloads = captureDownloads()
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.doUnmock('@/report-docx')
  vi.resetModules()
})

describe('ReportEditableExports', () => {
  it('offers Word and Markdown, each with what it is for', async () => {
    const wrapper = await mountInLocale('en', ReportEditableExports, props())
    const word = wrapper.get('button:nth-of-type(1)')
    expect(word.text()).toBe('Word document (.docx)')
    const hint = wrapper.get(`#${word.attributes('aria-describedby')}`)
    expect(hint.text()).toContain('real headings, lists and tables')
    const buttons = wrapper.findAll('button').map((b) => b.text())
    expect(buttons).toEqual(['Word document (.docx)', 'Markdown (.md)'])
  })

  it('downloads the Markdown of the report under the PDF’s base name, and moves the date', async () => {
    const onNow = vi.fn()
    const wrapper = await mountInLocale('en', ReportEditableExports, props(onNow))
    await wrapper.findAll('button')[1]!.trigger('click')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    const file = downloads[0]!
    expect(file.fileName).toMatch(/^[\p{L}\p{N}_-]+\.md$/u)
    const text = await file.blob.text()
    expect(text).toMatch(/^---\ntitle: /)
    expect(text).toContain('## Executive summary')
    expect(onNow).toHaveBeenCalledOnce()
    expect(wrapper.get('[role="status"]').text()).toBe(`Ready: ${file.fileName}`)
  })

  it('says plainly when the Word export cannot be loaded, and stays usable', async () => {
    vi.doMock('@/report-docx', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const wrapper = await mountInLocale('en', ReportEditableExports, props())
    await wrapper.findAll('button')[0]!.trigger('click')
    await flushPromises()
    await vi.waitFor(() =>
      expect(wrapper.get('[role="status"]').text()).toContain('could not be loaded'),
    )
    expect(wrapper.get('[role="status"]').classes()).toContain(
      'report-editable-exports__status--error',
    )
    expect(downloads).toHaveLength(0)
    expect(wrapper.findAll('button')[0]!.attributes('aria-busy')).toBe('false')
    error.mockRestore()
  })

  it('shows the work under way, then downloads the Word document', async () => {
    const wrapper = await mountInLocale('en', ReportEditableExports, props())
    await wrapper.findAll('button')[0]!.trigger('click')
    expect(wrapper.findAll('button')[0]!.attributes('aria-busy')).toBe('true')
    expect(wrapper.findAll('button')[0]!.text()).toBe('Preparing Word document…')
    // The first export loads the docx library: slow when the whole suite runs at once.
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 25_000 })
    expect(downloads[0]!.fileName).toMatch(/\.docx$/)
    expect(downloads[0]!.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    await vi.waitFor(() =>
      expect(wrapper.get('[role="status"]').text()).toBe(`Ready: ${downloads[0]!.fileName}`),
    )
  }, 30_000)
})
