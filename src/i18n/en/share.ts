/** Share links (issue 10): the Report step's share section and the screen that opens a link. */
export default {
  sectionHeading: 'Share a link',
  heading: 'Share link',
  intro:
    'A link that holds this whole assessment. Whoever opens it sees what it holds, and can add it to their own assessments as a copy.',
  privacy:
    'The part of the link after “#” stays in the browser: it never reaches any server, not even this app’s. Anyone who has the link can read the whole assessment, so send it only to people who may read it.',
  make: 'Make a share link',
  making: 'Making the link…',
  makeFailed: 'The link could not be made. Save the assessment file instead.',
  length: 'The link is {n} characters long.',
  linkLabel: 'The link',
  share: 'Share the link…',
  copy: 'Copy the link',
  copied: 'Copied.',
  shared: 'Shared.',
  refused:
    'The browser did not let the app copy the link. It is selected in the field above: copy it yourself (Ctrl+C, or ⌘C on a Mac).',
  tooLong:
    'This link is {n} characters long: too long to send safely, because chat apps, e-mail and text messages cut or break long links. Send the assessment file instead.',
  saveFile: 'Save the assessment file instead',
  fileNote:
    'The assessment file (.iia.json) stays the way to keep your work and pass it on; a link is a convenience.',
  summaryHeading: 'Summary link',
  summaryIntro:
    'A short link with only the title, the verdict, the headline and the ratings. It opens read-only: it cannot become an assessment to edit.',
  makeSummary: 'Make a summary link',
  qrShow: 'Show QR code',
  qrHide: 'Hide QR code',
  qrLabel: 'QR code of the link to “{title}”',
  qrTooLong: 'This link is too long for a QR code that scans reliably from a screen.',
  qrSvg: 'Download the QR code (SVG)',
  qrPng: 'Download the QR code (PNG)',
  qrFailed: 'The QR code could not be drawn.',
  open: {
    title: 'Shared assessment',
    summaryTitle: 'Shared summary',
    reading: 'Reading the link…',
    intro:
      'This link holds an assessment. Nothing has been added yet: check what it holds, then add it to your assessments as a copy. Your own assessments are never changed.',
    summaryIntro:
      'This link holds a summary of an assessment: its title, verdict, headline and ratings. It is shown read-only and cannot be added as an assessment: for that, ask its author for the assessment file or a full share link.',
    what: 'What the link holds',
    untitled: 'Untitled',
    rated: 'Rows rated',
    ratedOf: '{rated} of {total}',
    updated: 'Last changed',
    notStated: 'Not stated',
    added: '“{title}” was added to your assessments from the link.',
    add: 'Add to my assessments',
    adding: 'Adding…',
    back: 'Back to my assessments',
    refused: 'This link cannot be opened',
    nothingChanged: 'Nothing was added to your assessments, and nothing in them changed.',
    reasons: {
      'not-ours':
        'It is not a link made by this app, or it has lost its part after “#” on the way.',
      'newer-link':
        'It was made by a newer version of this app. Reload the page to get the latest version, then open the link again.',
      'too-long': 'It is far longer than any link a browser can carry.',
      'bad-encoding':
        'It has characters a share link never has: it was damaged on the way, perhaps by a chat app or an e-mail program.',
      'bad-compression': 'Its content cannot be unpacked: the link is damaged or cut short.',
      damaged:
        'It is damaged or cut short: what it holds does not match its checksum. Ask for the link again, or for the assessment file.',
      'too-large':
        'It unpacks to more than an assessment may hold, so it was not made by this app.',
      invalid: 'What it holds is not an assessment this app can read.',
      newer:
        'It holds an assessment saved by a newer version of this app. Reload the page to get the latest version, then open the link again.',
    },
  },
}
