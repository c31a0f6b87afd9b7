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
export {
  ASSESSMENT_FILE_EXTENSION,
  assessmentFileName,
  readAssessmentFile,
  serializeAssessment,
  type AssessmentFile,
  type ImportResult,
} from './fileTransfer'
export { createJournal } from './journal'
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
