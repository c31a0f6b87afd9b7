/**
 * What the library says of saved data it could not use (set aside, or left for a newer version).
 * Loaded only when there is such data: most visits never need these words.
 */
export default {
  quarantine: {
    heading: 'Some saved data could not be read',
    text: 'One saved record could not be read and was set aside instead of being deleted. You can download its raw content to recover it, or discard it. | {n} saved records could not be read and were set aside instead of being deleted. You can download their raw content to recover them, or discard them.',
    record: 'Record “{key}”, set aside on {date}',
    download: 'Download raw data',
    discard: 'Discard',
    cause: {
      unreadable:
        'Why: it is not data the app can read as an assessment (damaged, or written by another program).',
      newer:
        'Why: it was saved by a newer version of this app. Update the app (reload the page), then open the downloaded file.',
      shape: 'Why: it is an assessment, but some of its content is missing or not valid.',
      migrated:
        'Why: it is the original of an assessment updated to the current version; the updated one is in your list.',
      replaced: 'Why: it is the earlier content of an assessment, kept when a save replaced it.',
    },
  },
  skipped: {
    newer:
      'One saved assessment was made by a newer version of this app and is left untouched. Update the app (reload the page) to open it. | {n} saved assessments were made by a newer version of this app and are left untouched. Update the app (reload the page) to open them.',
    notMoved:
      'Some saved data could not be read, and there was no room to set it aside. It is left as it was; free some storage space and reload.',
  },
}
