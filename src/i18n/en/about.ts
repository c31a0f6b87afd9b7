export default {
  title: 'About and licences',
  intro:
    'This app follows the Internet Society’s Internet Impact Assessment Toolkit: flag a proposal, analyze its impact on the Internet, plan your advocacy and work together, then share a report.',
  privacy:
    'It runs in your browser, with no server, no account and no tracking. Your assessments stay on this device unless you export them.',
  licencesHeading: 'Licences',
  licencesIntro:
    'The app is built with these free and open-source components, and its PDF report embeds the font below. Open one to read its licence.',
  loading: 'Loading the licences…',
  failed:
    'The list of licences could not be loaded. It comes with the app once it has been opened online; try again when you are connected.',
}
