export default {
  title: 'À propos et licences',
  intro:
    'Cette application suit la boîte à outils d’évaluation d’impact sur Internet de l’Internet Society : signaler une proposition, analyser son impact sur Internet, planifier votre plaidoyer et agir ensemble, puis partager un rapport.',
  privacy:
    'Elle fonctionne dans votre navigateur, sans serveur, sans compte et sans pistage. Vos évaluations restent sur cet appareil, sauf si vous les exportez.',
  licencesHeading: 'Licences',
  licencesIntro:
    'L’application est construite avec ces composants libres et open source, et son rapport PDF intègre les polices ci-dessous. Ouvrez-en un pour lire sa licence.',
  loading: 'Chargement des licences…',
  failed:
    'La liste des licences n’a pas pu être chargée. Elle accompagne l’application dès qu’elle a été ouverte en ligne ; réessayez une fois connecté.',
  offline: {
    heading: 'Écritures du rapport PDF',
    intro:
      'Un rapport écrit en arabe, en hébreu, dans une écriture indienne, en thaï, en khmer, en chinois, en japonais ou en coréen a besoin de la police de cette écriture, téléchargée la première fois qu’un tel rapport est exporté. Avant un atelier sans connexion, gardez sur cet appareil les écritures dont vous aurez besoin.',
    legend: 'Garder sur cet appareil',
    onDevice: 'sur cet appareil',
    keep: 'Télécharger les écritures choisies',
    working: 'Téléchargement…',
    kept: 'Désormais sur cet appareil, pour exporter hors ligne : {scripts}.',
    failed:
      'Impossible de télécharger {scripts}. Vérifiez la connexion et l’espace libre sur cet appareil, puis réessayez.',
    unsupported:
      'Ce navigateur ne peut pas garder de fichiers pour un usage hors ligne. La police de chaque écriture est téléchargée quand un rapport en a besoin.',
  },
}
