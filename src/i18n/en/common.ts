export default {
  appName: 'Internet Impact Assessment Toolkit',
  appShortName: 'Impact Assessment',
  language: 'Language',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    library: 'My assessments',
    method: 'The method',
    about: 'About and licences',
  },
  steps: {
    label: 'Assessment steps',
    pagerLabel: 'Previous and next step',
    report: 'Report',
    reportPurpose: 'Review the verdict and export the report.',
    stepOf: 'Step {n} of {total}',
    previous: 'Previous: {step}',
    next: 'Next: {step}',
    complete: 'complete',
    incomplete: 'to do',
    progress: '{done} of {total} done',
  },
  save: {
    saved: 'All changes saved on this device',
    saving: 'Saving…',
    failed: 'Not saved: {reason}',
    quota:
      'This device has run out of storage space. Export the assessment to a file so nothing is lost, then free some space.',
    unavailable:
      'This browser does not allow saving (private mode or storage turned off). Export your work to a file before closing the tab.',
    invalid:
      'Not saved: some content breaks a limit (for example a text that is far too long). Shorten it, or export the assessment to keep a copy.',
    unknown: 'Saving failed. Export the assessment to a file to keep a copy.',
    conflict:
      'Not saved: this assessment was changed in another tab. Choose which version to keep.',
  },
  actions: {
    add: 'Add',
    remove: 'Remove',
    removeItem: 'Remove {item}',
    undo: 'Undo',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    close: 'Close',
    open: 'Open',
    download: 'Download',
  },
  list: {
    empty: 'Nothing added yet.',
    itemN: '{label} {n}',
  },
  field: {
    optional: 'optional',
    notAWebAddress:
      'This is not a web address starting with http:// or https://; it will be kept as text, not as a link.',
    charactersLeft: '{n} characters left',
    tooLong: 'Too long: at most {max} characters.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address.',
    assessmentTitle: 'Assessment not found',
    assessmentText:
      'No assessment with this address is saved in this browser. It may have been deleted, or saved in another browser or device.',
    back: 'Back to my assessments',
  },
  update: {
    available: 'A new version of the app is ready. Reload to use it; your work is saved.',
    reload: 'Reload now',
    later: 'Later',
    offlineReady: 'The app is now available offline on this device.',
  },
  unsaved: {
    exportFile: 'Save as file',
    retry: 'Try saving again',
    reloadOff:
      'Reload protection is off: this browser does not let the app keep unsaved edits when the tab is closed or reloaded. Wait until “All changes saved on this device” shows before you close or reload it.',
    deleted: 'Not saved: this assessment was deleted in another tab.',
    deletedHeading: 'This assessment was deleted in another tab',
    deletedText:
      'It is still open here, as you see it. Keep it to save it again on this device, or close it.',
    keep: 'Keep it',
    close: 'Close it',
    kept: 'The assessment was saved again on this device.',
    closed: 'The assessment was closed.',
    notSaved:
      '“{title}” is open in this tab only: it could not be saved on this device. Save it as a file to keep it.',
    badge: 'Not saved',
  },
  loading: 'Loading…',
  untitled: 'Untitled assessment',
  externalLink: '(opens in a new tab)',
  privacyNote: 'Your work stays in this browser. Nothing is sent anywhere unless you export it.',
}
