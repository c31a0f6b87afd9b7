export default {
  title: 'My assessments',
  intro:
    'Assess a proposal that could affect the Internet: flag it, analyse it against what the Internet needs to exist and thrive, plan your advocacy, find allies, and export a report.',
  start: {
    heading: 'Start an assessment',
    blank: 'New blank assessment',
    blankHint: 'Start from an empty form and go through the four steps.',
    template: 'Start from the worked example',
    templateHint:
      'A complete assessment of the EU “fair share” network fee proposal, ready to adapt.',
    cases: 'Browse real cases',
    casesHint:
      'Proposals that the Internet Society has analysed, from many countries. Each rates only what the public record supports.',
    casesLoading: 'Loading the cases…',
    casesFailed: 'The cases could not be loaded. Reload the page and try again.',
    import: 'Open a file…',
    importHint:
      'Open or drop a .iia.json file, or a PDF report made by this app. It is added as a copy; nothing is replaced.',
    workshop: 'Run a workshop',
    workshopHint: 'A room rates one proposal together, each on their own phone.',
    compare: 'Compare two assessments',
    compareHint: 'An original and its amendment, or two chapters’ views, row by row.',
  },
  list: {
    heading: 'Saved in this browser',
    empty: 'No assessments yet. Start one above.',
    count: 'No assessments | One assessment | {n} assessments',
    titleColumn: 'Assessment',
    verdictColumn: 'Verdict',
    updatedColumn: 'Last change',
    actionsColumn: 'Actions',
    provisional: 'provisional',
    duplicate: 'Duplicate',
    duplicateLabel: 'Duplicate “{title}”',
    export: 'Save as file',
    exportLabel: 'Save “{title}” as a file',
    delete: 'Delete',
    deleteLabel: 'Delete “{title}”',
  },
  notices: {
    deleted: '“{title}” was deleted.',
    duplicated: 'A copy of “{title}” was created.',
    imported: '“{title}” was opened from the file and added to your assessments.',
    importMigrated:
      '“{title}” was opened from the file (made with an older version of the app and updated).',
    importFailed: 'The file “{name}” could not be opened. Nothing was changed.',
    moreIssues: 'And one more problem. | And {n} more problems.',
  },
  storage: {
    persisted: 'Your assessments are kept until you delete them.',
    notPersisted:
      'The browser may clear them when space runs low: export important work to a file.',
    estimate: 'Storage used by this app: {used} of {quota} available.',
    unavailable:
      'This browser does not let the app store data (private browsing or storage turned off). You can still work, but save your assessment as a file before closing the tab.',
  },
}
