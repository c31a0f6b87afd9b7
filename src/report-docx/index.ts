/**
 * The Word export, loaded with `import()` only when someone asks for a .docx: the `docx` library
 * and this renderer never reach the first load nor the Report step's own chunk.
 */
export { DOCX_MIME_TYPE, renderReportDocx } from './renderReportDocx'
