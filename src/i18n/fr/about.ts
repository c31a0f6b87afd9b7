export default {
  title: 'À propos et licences',
  intro:
    'Cette application suit la boîte à outils d’évaluation d’impact sur Internet de l’Internet Society : signaler une proposition, analyser son impact sur Internet, planifier votre plaidoyer et agir ensemble, puis partager un rapport.',
  privacy:
    'Elle fonctionne dans votre navigateur, sans serveur, sans compte et sans pistage. Vos évaluations restent sur cet appareil, sauf si vous les exportez.',
  licencesHeading: 'Licences',
  licencesIntro:
    'L’application est construite avec ces composants libres et open source, et son rapport PDF intègre la police ci-dessous. Ouvrez-en un pour lire sa licence.',
  loading: 'Chargement des licences…',
  failed:
    'La liste des licences n’a pas pu être chargée. Elle accompagne l’application dès qu’elle a été ouverte en ligne ; réessayez une fois connecté.',
}
