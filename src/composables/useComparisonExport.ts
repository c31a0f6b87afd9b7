import { ref } from 'vue'
import type { ReportModel } from '@/domain'
import { downloadBlob } from './useDownload'
import { downloadMarkdown } from './useEditableExports'
import { loadPdfExporter } from './useReportExport'

/** What the last export of a comparison did, for the page to put into words. */
export type ComparisonExportStatus =
  | { kind: 'idle' }
  | { kind: 'pdf-working' }
  | { kind: 'pdf-ready' | 'markdown-ready'; fileName: string }
  | { kind: 'pdf-load-failed' | 'pdf-failed' | 'markdown-failed' }

/**
 * The comparison's exports (issue 11), from the same ReportModel the page previews: the PDF, its
 * renderer loaded only on the first click, and Markdown, made at once. `report` is called at the
 * moment of export. Failures become a status, never an exception.
 */
export function useComparisonExport(report: () => ReportModel | null) {
  const pdfBusy = ref(false)
  const status = ref<ComparisonExportStatus>({ kind: 'idle' })

  async function exportPdf(): Promise<void> {
    const model = report()
    if (pdfBusy.value || !model) return
    pdfBusy.value = true
    status.value = { kind: 'pdf-working' }
    try {
      const exporter = await loadPdfExporter()
      if (!exporter) return void (status.value = { kind: 'pdf-load-failed' })
      const fileName = `${model.meta.fileBaseName}.pdf`
      downloadBlob(await exporter.exportReportPdf(model), fileName)
      status.value = { kind: 'pdf-ready', fileName }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'pdf-failed' }
    } finally {
      pdfBusy.value = false
    }
  }

  function exportMarkdown(): void {
    const model = report()
    if (!model) return
    try {
      status.value = { kind: 'markdown-ready', fileName: downloadMarkdown(model) }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'markdown-failed' }
    }
  }

  return { pdfBusy, status, exportPdf, exportMarkdown }
}
