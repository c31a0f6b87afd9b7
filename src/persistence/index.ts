/** The public surface of the persistence layer: stores import from here only. */
export {
  DEFAULT_LIBRARY_NAME,
  LIBRARY_DB_VERSION,
  LibraryError,
  openLibrary,
  type GetResult,
  type LibraryDb,
  type LibraryErrorReason,
  type LibraryRecord,
  type LoadResult,
  type OpenLibraryOptions,
  type QuarantineReason,
  type QuarantinedRecord,
  type SaveConflict,
  type SaveOptions,
  type SaveResult,
  type SkippedRecord,
  type StorageFailure,
  type WriteResult,
} from './libraryDb'
export {
  ASSESSMENT_FILE_EXTENSION,
  MAX_FILE_STEM_LENGTH,
  assessmentFileName,
  readAssessmentFile,
  serializeAssessment,
  type AssessmentFile,
  type ImportResult,
} from './fileTransfer'
export { createJournal, type Journal, type JournalEntry } from './journal'
export {
  MAX_REVISIONS,
  type AddRevisionResult,
  type ListRevisionsResult,
  type Revision,
  type RevisionReason,
} from './revisions'
export {
  AUTOSAVE_DELAY_MS,
  SNAPSHOT_INTERVAL_MS,
  TAB_CHANNEL_NAME,
  createLibrarySession,
  type LibrarySession,
  type LibrarySessionHost,
  type LoadedLibrary,
  type SaveFailure,
  type StartOptions,
  type TabChannel,
  type TabConflict,
} from './librarySession'
