/** The public surface of the persistence layer: stores import from here only. */
export {
  LIBRARY_DB_VERSION,
  LibraryError,
  openLibrary,
  type LibraryDb,
  type LoadResult,
  type QuarantinedRecord,
  type SkippedRecord,
} from './libraryDb'
export type { AssessmentFile, ImportResult } from './importFile'

/** `readAssessmentFile` of importFile.ts, whose code loads the first time a file is opened. */
export const readAssessmentFile: typeof import('./importFile').readAssessmentFile = async (
  ...args
) => (await import('./importFile')).readAssessmentFile(...args)

/**
 * An assessment as a `.iia.json` file, its text and its name (fileTransfer.ts), whose code loads
 * the first time someone saves a file: it stays off the first load.
 */
export const assessmentFile = async (doc: Parameters<typeof import('./fileTransfer').toFile>[0]) =>
  (await import('./fileTransfer')).toFile(doc)
export { createJournal } from './journal'
export { takeEarlySummaries } from './earlySummaries'
export { MAX_REVISIONS, type Revision } from './revisions'
export {
  AUTOSAVE_DELAY_MS,
  SNAPSHOT_INTERVAL_MS,
  TAB_CHANNEL_NAME,
  createLibrarySession,
  type LibrarySession,
  type SaveFailure,
  type SaveOutcome,
  type StartOptions,
  type TabChannel,
  type TabConflict,
} from './librarySession'
