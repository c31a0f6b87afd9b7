import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { parseAssessmentText, type Assessment, type ReportModel } from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { useLibraryStore } from '@/stores/library'
import ReportView from '@/views/ReportView.vue'
import { captureDownloads } from '../setup/downloads'
import { mountWithApp } from '../setup/mountApp'

const pdf = vi.hoisted(() => ({
  loaded: vi.fn(),
  exportReportPdf:
    vi.fn<
      (
        report: ReportModel,
        options?: { attachment?: { text: string; fileName: string; documentId: string } },
      ) => Promise<Blob>
    >(),
}))

vi.mock('@/report-pdf', () => {
  pdf.loaded()
  return { exportReportPdf: pdf.exportReportPdf }
})

let downloads: { blob: Blob; fileName: string }[] = []

function fairShare(): Assessment {
  return TEMPLATES[0]!.create({ id: 'x', now: new Date('2026-01-01T00:00:00Z'), locale: 'en' })
}

async function mountReport() {
  const mounted = await mountWithApp(ReportView, { path: '/a/x/report', docs: [fairShare()] })
  const buttons = mounted.wrapper.findAll('button')
  const pdfButton = buttons.find((b) => b.text() === 'Download PDF report')!
  const fileButton = buttons.find((b) => b.text() === 'Save assessment file (.iia.json)')!
  const status = mounted.wrapper.find('[role="status"]')
  return { ...mounted, pdfButton, fileButton, status }
}

describe('ReportView', () => {
  beforeEach(() => {
    pdf.exportReportPdf.mockReset()
    downloads = captureDownloads()
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('has one h1, the exports and the live preview of the open assessment', async () => {
    const { wrapper, pdfButton, fileButton, status } = await mountReport()

    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Report'])
    expect(pdfButton.exists()).toBe(true)
    expect(fileButton.exists()).toBe(true)
    expect(status.attributes('aria-live')).toBe('polite')
    expect(wrapper.find('a[href="/"]').text()).toBe('My assessments')
    const titles = wrapper.findAll('section[aria-labelledby] h2').map((h) => h.text())
    expect(titles).toContain('Export and share')
    expect(titles).toContain('Executive summary')
    expect(wrapper.find('article header h2').text()).toContain('fair share')
  })

  it('writes the preview in the report language, right to left in Arabic', async () => {
    const { wrapper } = await mountReport()
    const preview = () => wrapper.find('article.report-preview')
    expect([preview().attributes('lang'), preview().attributes('dir')]).toEqual(['en', 'ltr'])
    await wrapper.find('select').setValue('ar')
    await flushPromises()
    expect([preview().attributes('lang'), preview().attributes('dir')]).toEqual(['ar', 'rtl'])
    expect(preview().text()).toContain('الملخص التنفيذي')
  })

  it('keeps the preview in step with the document', async () => {
    const { wrapper } = await mountReport()
    useLibraryStore().current!.flag.title = 'Renamed proposal'
    await flushPromises()
    expect(wrapper.find('article header h2').text()).toContain('Renamed proposal')
  })

  it('prints the chosen document and sections: saved in the document, shown in the preview', async () => {
    const { wrapper } = await mountReport()
    const previewTitles = () => wrapper.findAll('article section h2').map((h) => h.text())
    expect(previewTitles()).toContain('Executive summary')
    expect(previewTitles()).not.toContain('Advocacy strategy')

    await wrapper.find('input[type="radio"][value="plan"]').setValue(true)
    await flushPromises()
    expect(useLibraryStore().current!.report.profile).toBe('plan')
    expect(previewTitles()).toEqual(['Advocacy strategy', 'Working together'])

    const together = wrapper
      .findAll('input[type="checkbox"]')
      .find(
        (box) => wrapper.find(`label[for="${box.attributes('id')}"]`).text() === 'Working together',
      )!
    await together.setValue(false)
    await flushPromises()
    expect(useLibraryStore().current!.report.hiddenSections).toEqual(['together'])
    expect(previewTitles()).toEqual(['Advocacy strategy'])
  })

  it('loads the PDF exporter only on demand, shows it is busy, downloads and announces the file', async () => {
    let finish: (blob: Blob) => void = () => {}
    pdf.exportReportPdf.mockImplementation(() => new Promise<Blob>((resolve) => (finish = resolve)))
    const { wrapper, pdfButton, status } = await mountReport()
    expect(pdf.loaded).not.toHaveBeenCalled()

    await pdfButton.trigger('click')
    await vi.waitFor(() => expect(pdf.exportReportPdf).toHaveBeenCalledTimes(1))
    expect(pdf.loaded).toHaveBeenCalledTimes(1)
    expect(pdfButton.text()).toBe('Preparing PDF…')
    expect(pdfButton.attributes('aria-busy')).toBe('true')
    expect(pdfButton.attributes('aria-disabled')).toBe('true')
    expect(status.text()).toBe('Preparing PDF…')

    // A second click while busy starts nothing new.
    await pdfButton.trigger('click')
    await flushPromises()
    expect(pdf.exportReportPdf).toHaveBeenCalledTimes(1)

    const report = pdf.exportReportPdf.mock.calls[0]![0]
    // The PDF carries the assessment file, which parses back to the open document.
    const attachment = pdf.exportReportPdf.mock.calls[0]![1]?.attachment
    expect(attachment?.fileName).toMatch(/\.iia\.json$/)
    expect(attachment?.documentId).toBe('x')
    const carried = parseAssessmentText(attachment?.text ?? '')
    expect(carried.ok && carried.assessment.flag.title).toBe(fairShare().flag.title)
    expect(report.cover.title).toBe(wrapper.find('article header h2').text())
    const blob = new Blob(['%PDF-'], { type: 'application/pdf' })
    finish(blob)
    await flushPromises()

    const fileName = `${report.meta.fileBaseName}.pdf`
    expect(downloads).toEqual([{ blob, fileName }])
    expect(status.text()).toBe(`PDF ready: ${fileName}`)
    expect(pdfButton.text()).toBe('Download PDF report')
    expect(pdfButton.attributes('aria-disabled')).not.toBe('true')
  })

  it('shows a clear message when the PDF cannot be made, and lets the person try again', async () => {
    pdf.exportReportPdf.mockRejectedValueOnce(new Error('font missing'))
    const { wrapper, pdfButton, status } = await mountReport()

    await pdfButton.trigger('click')
    await vi.waitFor(() => expect(status.text()).toContain('The PDF could not be created.'))
    expect(status.text()).not.toContain('font missing')
    expect(downloads).toHaveLength(0)
    expect(pdfButton.text()).toBe('Download PDF report')
    expect(pdfButton.attributes('aria-disabled')).not.toBe('true')
    expect(wrapper.find('article').exists()).toBe(true)

    pdf.exportReportPdf.mockResolvedValueOnce(new Blob(['%PDF-']))
    await pdfButton.trigger('click')
    await vi.waitFor(() => expect(status.text()).toMatch(/^PDF ready: .+\.pdf$/))
    expect(downloads).toHaveLength(1)
  })

  it('saves the assessment file, which opens again as the same document', async () => {
    const { fileButton, status } = await mountReport()
    await fileButton.trigger('click')
    // The file's code loads on the first save.
    await vi.waitFor(() => expect(downloads).toHaveLength(1))

    const { blob, fileName } = downloads[0]!
    expect(fileName).toMatch(/\.iia\.json$/)
    expect(status.text()).toBe(`Assessment file ready: ${fileName}`)

    const parsed = parseAssessmentText(await blob.text())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const current = useLibraryStore().current!
    expect(parsed.assessment).toEqual(JSON.parse(JSON.stringify(current)))
    expect(parsed.assessment.id).toBe('x')
  })

  it('says before export which text the PDF cannot print and where, and offers the browser print', async () => {
    const { wrapper, pdfButton } = await mountReport()
    const warning = () => wrapper.find('[role="group"].report-unprintable')
    // The worked example prints whole: nothing to say.
    expect(warning().exists()).toBe(false)

    // Khmer prints (its font comes with the export); Ethiopic and emoji do not.
    useLibraryStore().current!.flag.title = 'ច្បាប់ የሳይበር ሕግ 🙂'
    await flushPromises()
    expect(warning().exists()).toBe(true)
    expect(warning().get('h3').text()).toBe('Some of this text cannot print in the PDF')
    expect(warning().text()).toContain('no characters for Ethiopic and emoji')
    const first = warning().get('li')
    expect(first.text()).toMatch(/^Cover: “.*ច្បាប់ የሳይበር ሕግ 🙂” \(Ethiopic and emoji\)$/)
    expect(first.find('bdi').exists()).toBe(true)

    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await warning()
      .findAll('button')
      .find((b) => b.text() === 'Print or save as PDF')!
      .trigger('click')
    expect(print).toHaveBeenCalledTimes(1)

    // Exporting anyway still works.
    pdf.exportReportPdf.mockResolvedValueOnce(new Blob(['%PDF-']))
    await pdfButton.trigger('click')
    await flushPromises()
    expect(pdf.exportReportPdf).toHaveBeenCalledTimes(1)

    useLibraryStore().current!.flag.title = 'Back to Latin'
    await flushPromises()
    expect(warning().exists()).toBe(false)
  })
})
