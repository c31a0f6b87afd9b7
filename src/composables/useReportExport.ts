import { ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import {
  findUnprintable,
  type Assessment,
  type DomainTexts,
  type ReportModel,
  type UnprintableText,
} from '@/domain'
import { printableInPdf } from '@/report-pdf/printable'
import { reportAt } from './reportAt'
import { useLibraryStore } from '@/stores/library'
import { downloadBlob } from './useDownload'

/** What the last export did, for the page to put into words. */
export type ReportExportStatus =
  | { kind: 'idle' }
  | { kind: 'pdf-working' }
  | { kind: 'pdf-ready'; fileName: string }
  /** The PDF module could not be fetched (typically offline before it was ever cached). */
  | { kind: 'pdf-load-failed' }
  | { kind: 'pdf-failed' }
  | { kind: 'file-saved'; fileName: string }
  | { kind: 'file-failed' }

/** What each text checked so far holds that the PDF cannot print; the report is checked often. */
const unprintableCache = new Map<string, string[]>()
/** Beyond this many texts the cache starts again (a long report holds about 3,000). */
const UNPRINTABLE_CACHE_SIZE = 20_000

/** The report's texts the PDF's font cannot print, to say so before export. */
export function unprintableInPdf(report: ReportModel): UnprintableText[] {
  if (unprintableCache.size > UNPRINTABLE_CACHE_SIZE) unprintableCache.clear()
  return findUnprintable(report, printableInPdf, unprintableCache)
}

/** The PDF exporter, fetched on first use; null when it cannot be loaded (offline, say). */
export function loadPdfExporter() {
  return import('@/report-pdf').catch((error: unknown) => {
    console.error(error)
    return null
  })
}

/**
 * The Report step's exports: the PDF (its renderer and font are loaded only on the first export)
 * and the assessment file. Failures become a status, never an exception, so the page stays usable.
 */
export function useReportExport(options: {
  doc: MaybeRefOrGetter<Assessment>
  texts: MaybeRefOrGetter<DomainTexts>
  /** The moment the preview shows; set to the export's moment so both carry the same date. */
  now: Ref<Date>
}) {
  const library = useLibraryStore()
  const pdfBusy = ref(false)
  const status = ref<ReportExportStatus>({ kind: 'idle' })

  async function exportPdf(): Promise<void> {
    if (pdfBusy.value) return
    pdfBusy.value = true
    status.value = { kind: 'pdf-working' }
    // Timing marks for `npm run bench` (iiat:pdf and iiat:pdf-render); free when nobody reads them.
    performance.mark('iiat:pdf-start')
    try {
      const doc = toValue(options.doc)
      // The PDF carries the assessment file, so the app can open the PDF again; both load at once.
      const [exporter, file] = await Promise.all([
        loadPdfExporter(),
        library.exportFile(doc.id).catch((error: unknown) => {
          console.error(error)
          return null
        }),
      ])
      if (!exporter) {
        status.value = { kind: 'pdf-load-failed' }
        return
      }
      performance.mark('iiat:pdf-render-start')
      const now = new Date()
      options.now.value = now
      const report = reportAt(doc, toValue(options.texts), now)
      const blob = await exporter.exportReportPdf(report, {
        attachment: file
          ? {
              ...file,
              documentId: doc.id,
              schemaVersion: doc.schemaVersion,
              format: doc.format,
              modified: now,
            }
          : undefined,
      })
      performance.measure('iiat:pdf', 'iiat:pdf-start')
      performance.measure('iiat:pdf-render', 'iiat:pdf-render-start')
      const fileName = `${report.meta.fileBaseName}.pdf`
      downloadBlob(blob, fileName)
      status.value = { kind: 'pdf-ready', fileName }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'pdf-failed' }
    } finally {
      pdfBusy.value = false
    }
  }

  async function saveAssessmentFile(): Promise<void> {
    try {
      const file = await library.exportFile(toValue(options.doc).id)
      if (!file) {
        status.value = { kind: 'file-failed' }
        return
      }
      downloadBlob(new Blob([file.text], { type: 'application/json' }), file.fileName)
      status.value = { kind: 'file-saved', fileName: file.fileName }
    } catch (error) {
      console.error(error)
      status.value = { kind: 'file-failed' }
    }
  }

  return { pdfBusy, status, exportPdf, saveAssessmentFile }
}
