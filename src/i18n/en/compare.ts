/** The comparison of two assessments (issue 11). */
export default {
  title: 'Compare two assessments',
  intro:
    'Set two assessments side by side (an original proposal and its amended version, or two chapters’ views of the same one) and see, row by row, what changed in direction and strength, and why.',
  first: 'First assessment',
  second: 'Second assessment',
  firstLabel: 'Name for the first (optional)',
  secondLabel: 'Name for the second (optional)',
  labelHint: 'A word or two to head its column, such as “Original” or “Amended”.',
  swap: 'Swap the two',
  loading: 'Reading your library…',
  unavailable:
    'This browser does not let the app read your library, so there is nothing to compare.',
  tooFew: 'Comparing needs two assessments in your library. Start or open another one first.',
  toLibrary: 'Go to the library',
  same: 'You chose the same assessment twice: choose two different ones.',
  missing: 'An assessment named in this link is not in your library. Choose two of yours.',
  gone: 'An assessment you were comparing was deleted, perhaps in another tab. Another one now takes its place: check the choice below.',
  updated: 'changed {date}',
  exports: 'Take the comparison with you',
  pdf: 'Download PDF',
  pdfBusy: 'Preparing PDF…',
  markdown: 'Download Markdown (.md)',
  status: {
    pdfReady: 'PDF ready: {name}',
    markdownReady: 'Markdown file ready: {name}',
    pdfFailed: 'The PDF could not be created. Your assessments are not affected: try again.',
    pdfLoadFailed: 'The PDF tool could not be loaded. Check your connection, then try again.',
    markdownFailed: 'The Markdown file could not be created. Try again.',
  },
}
