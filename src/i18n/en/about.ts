export default {
  title: 'About and licences',
  intro:
    'This app follows the Internet Society’s Internet Impact Assessment Toolkit: flag a proposal, analyze its impact on the Internet, plan your advocacy and work together, then share a report.',
  privacy:
    'It runs in your browser, with no server, no account and no tracking. Your assessments stay on this device unless you export them.',
  licencesHeading: 'Licences',
  licencesIntro:
    'The app is built with these free and open-source components, and its PDF report embeds the fonts below. Open one to read its licence.',
  loading: 'Loading the licences…',
  failed:
    'The list of licences could not be loaded. It comes with the app once it has been opened online; try again when you are connected.',
  offline: {
    heading: 'Scripts for the PDF report',
    intro:
      'A report written in Arabic, Hebrew, an Indic script, Thai, Khmer, Chinese, Japanese or Korean needs that script’s font, which is downloaded the first time such a report is exported. Before a workshop without a connection, keep the scripts you will need on this device.',
    legend: 'Keep on this device',
    onDevice: 'on this device',
    keep: 'Download the chosen scripts',
    working: 'Downloading…',
    kept: 'On this device now, for offline export: {scripts}.',
    failed:
      'Could not download {scripts}. Check the connection and the free space on this device, then try again.',
    unsupported:
      'This browser cannot keep files for offline use. Each script’s font is downloaded when a report needs it.',
  },
}
