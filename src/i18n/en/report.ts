export default {
  title: 'Report',
  intro:
    'Your assessment as a report: the verdict and why, the analysis row by row, your strategy and your allies. Review it below, then download it as a PDF to share, or save the assessment file to continue later or pass the work on.',
  document: {
    heading: 'Which document',
    profile: 'Document to print',
    brief: 'Internet Impact Brief',
    briefHint:
      'Public: your findings in the order of ISOC’s briefs, for lawmakers, the press and the public. Your plan stays out.',
    plan: 'Advocacy plan',
    planHint:
      'Internal: your SMART goal and its checks, audiences, messages, tactics with owners, timeline, allies and next steps.',
    complete: 'Complete',
    completeHint: 'Both, the brief then the plan, for your own team.',
    sections: 'Sections to include',
    sectionsHint:
      'Untick a section to leave it out of the preview and the PDF. The cover is always printed.',
  },
  export: {
    heading: 'Export and share',
    language: 'Report language',
    languageHint:
      'The preview and the PDF use this language. What you wrote yourself stays as you wrote it.',
    pdf: 'Download PDF report',
    pdfBusy: 'Preparing PDF…',
    pdfHint:
      'The same report as the preview below, ready to print or send. It also carries the assessment file, so this app can open the PDF again.',
    file: 'Save assessment file (.iia.json)',
    fileHint:
      'Everything you entered, in a file that this app can open again. Keep it as your main copy: some tools remove the file a PDF carries.',
    note: 'Every file here is created on this device and goes to your downloads; nothing is uploaded. Share them by email or messaging like any other file.',
    reopen:
      'To continue from an assessment file, yours or one sent to you, open it from {library} with “Open a file…”.',
    library: 'My assessments',
  },
  editable: {
    heading: 'Editable documents',
    intro: 'The same report as the PDF, to edit before you publish or send it.',
    docx: 'Word document (.docx)',
    docxBusy: 'Preparing Word document…',
    docxHint:
      'Opens in Word, LibreOffice or Google Docs with real headings, lists and tables, to edit, restyle or translate.',
    markdown: 'Markdown (.md)',
    markdownHint:
      'Plain text with headings and tables, for a website, a wiki or a code repository.',
    ready: 'Ready: {name}',
    docxFailed:
      'The Word document could not be created. Your assessment is not affected: try again, or download the PDF.',
    docxLoadFailed:
      'The Word export could not be loaded: you may be offline, and it has not been downloaded yet. Check your connection, then try again. Your assessment is not affected.',
    markdownFailed:
      'The Markdown file could not be created. Your assessment is not affected: try again.',
  },
  card: {
    heading: 'Summary card',
    intro:
      'One image for a slide or a post: the proposal, the verdict and its headline, the chart and your top three key messages, in the report language. A share link made above goes on it, with its QR code when the link is short enough to scan.',
    png: 'Download PNG',
    svg: 'Download SVG',
    copyAlt: 'Copy the alt text',
    altHeading: 'Alt text',
    altCopied: 'The alt text was copied.',
    altRefused: 'The browser refused the clipboard: select the alt text below and copy it.',
    pngFailed: 'The PNG could not be made in this browser. Download the SVG instead.',
  },
  unprintable: {
    heading: 'Some of this text cannot print in the PDF',
    intro:
      'The PDF’s font has no characters for {scripts}. In the PDF they would come out as “�”. Your text is safe: it stays as you wrote it here and in the assessment file.',
    cover: 'Cover',
    more: 'And one more place. | And {n} more places.',
    options:
      'You can still download the PDF. To print every script, use “Print or save as PDF”: your browser prints the report below with its own fonts, and can save it as a PDF.',
    print: 'Print or save as PDF',
    emoji: 'emoji',
    private: 'private-use characters',
    other: 'some symbols',
  },
  publication: {
    heading: 'Publication details',
    intro:
      'Who wrote the brief and how it may be shared. They print on the cover; leave a field empty to leave it out.',
    authors: 'Authors',
    author: 'Author',
    addAuthor: 'Add an author',
    noAuthors: 'No authors yet.',
    contributors: 'Contributors',
    contributor: 'Contributor',
    addContributor: 'Add a contributor',
    noContributors: 'No contributors yet.',
    name: 'Name',
    affiliation: 'Affiliation',
    affiliationHint: 'An organisation or chapter, if any.',
    version: 'Version',
    versionHint: 'For example 1.0, or “Draft for comment”.',
    published: 'Publication date',
    publishedHint: 'Without it, the cover gives the date the PDF was made.',
    licence: 'Licence',
    licenceHint:
      'How others may reuse the brief. Many briefs use CC BY 4.0 (reuse with credit); choose what your organisation allows.',
    contact: 'Contact',
    contactHint: 'An email or web address where readers can reach you.',
  },
  briefTexts: {
    heading: 'Texts of the brief',
    intro:
      'A brief opens with an abstract and an executive summary and ends with conclusions and recommendations. Draft each from your findings, then make it your own.',
    abstract: 'Abstract',
    abstractHint: 'Two or three sentences for the cover: the proposal and the headline finding.',
    executiveSummary: 'Executive summary',
    executiveSummaryHint:
      'The headline, then the main findings, for readers who read nothing else.',
    goalConclusion: 'Conclusion: {goal}',
    goalConclusionHint: 'Printed after the enablers of this goal.',
    conclusions: 'Conclusions and recommendations',
    conclusionsHint: 'Your overall judgement and what decision-makers should do instead.',
    draft: 'Draft from the findings',
    draftLabel: 'Draft {field} from the findings',
    nothingToDraft: 'Nothing to draft from yet: rate the rows this text is about in Analyze first.',
    replaceQuestion: 'Replace what you wrote with a new draft? Your text is not kept.',
    replace: 'Replace with the draft',
    keep: 'Keep my text',
    drafted: 'Draft written. Edit it as you like.',
  },
  status: {
    pdfReady: 'PDF ready: {name}',
    pdfFailed:
      'The PDF could not be created. Your assessment is not affected: try again, or save the assessment file instead.',
    pdfLoadFailed:
      'The PDF tool could not be loaded. Check your connection, then try again. Your assessment is not affected.',
    fileSaved: 'Assessment file ready: {name}',
    fileFailed: 'The assessment file could not be created. Reload the page and try again.',
  },
  preview: {
    label: 'Report preview',
    note: 'Preview: this is what the PDF will contain.',
  },
  verdict: {
    label: 'Verdict',
    reasons: 'Why',
  },
  sources: {
    accessed: 'accessed {date}',
  },
  chart: {
    data: 'Chart data',
    group: 'Group',
    rated: 'Rated rows',
    ratedOf: '{rated} of {total}',
  },
}
