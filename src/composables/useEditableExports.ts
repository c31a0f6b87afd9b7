import { ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import { reportToMarkdown, type Assessment, type DomainTexts, type ReportModel } from '@/domain'
import { downloadBlob } from './useDownload'
import { reportAt } from './reportAt'

/** What the last editable export did, for the component to put into words. */
export type EditableExportStatus =
  | { kind: 'idle' }
  | { kind: 'docx-working' }
  | { kind: 'ready'; fileName: string }
  /** The Word module could not be fetched (typically offline before it was ever cached). */
  | { kind: 'docx-load-failed' }
  | { kind: 'docx-failed' }
  | { kind: 'markdown-failed' }

/** Offers a report as a Markdown file; returns the file's name. */
export function downloadMarkdown(model: ReportModel): string {
  const fileName = `${model.meta.fileBaseName}.md`
  const text = reportToMarkdown(model)
  downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), fileName)
  return fileName
}

/**
 * The Report step's editable exports, from the same report the PDF prints (`reportAt`): a Word
 * document, whose library is loaded only on the first click, and Markdown, made at once. Failures
 * become a status, never an exception, so the page stays usable.
 */
export function useEditableExports(options: {
  doc: MaybeRefOrGetter<Assessment>
  texts: MaybeRefOrGetter<DomainTexts>
  /** The moment the preview shows; set to the export's moment so both carry the same date. */
  now: Ref<Date>
}) {
  const docxBusy = ref(false)
  const status = ref<EditableExportStatus>({ kind: 'idle' })

  function report() {
    const now = new Date()
    options.now.value = now
    return reportAt(toValue(options.doc), toValue(options.texts), now)
  }

  async function exportDocx(): Promise<void> {
    if (docxBusy.value) return
    docxBusy.value = true
    status.value = { kind: 'docx-working' }
    // Timing marks for `npm run bench` (iiat:docx); free when nobody reads them.
    performance.mark('iiat:docx-start')
    try {
      const exporter = await import('@/report-docx').catch((error: unknown) => {
        console.error(error)
        return null
      })
      if (!exporter) {
        status.value = { kind: 'docx-load-failed' }
        return
      }
      const model = report()
      const blob = await exporter.renderReportDocx(model)
      performance.measure('iiat:docx', 'iiat:docx-start')
      const fileName = `${model.meta.fileBaseName}.docx`
      downloadBlob(blob, fileName)
      status.value = { kind: 'ready', fileName }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'docx-failed' }
    } finally {
      docxBusy.value = false
    }
  }

  function exportMarkdown(): void {
    try {
      status.value = { kind: 'ready', fileName: downloadMarkdown(report()) }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'markdown-failed' }
    }
  }

  return { docxBusy, status, exportDocx, exportMarkdown }
}
