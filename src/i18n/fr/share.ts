import type en from '../en/share'

export default {
  sectionHeading: 'Partager par un lien',
  heading: 'Lien de partage',
  intro:
    'Un lien qui contient toute cette évaluation. Qui l’ouvre voit ce qu’il contient, et peut l’ajouter à ses propres évaluations sous forme de copie.',
  privacy:
    'La partie du lien après « # » reste dans le navigateur : elle n’atteint jamais aucun serveur, pas même celui de cette application. Toute personne qui a le lien peut lire toute l’évaluation : ne l’envoyez qu’à des personnes autorisées à la lire.',
  make: 'Créer un lien de partage',
  making: 'Création du lien…',
  makeFailed: 'Le lien n’a pas pu être créé. Enregistrez plutôt le fichier d’évaluation.',
  length: 'Le lien compte {n} caractères.',
  linkLabel: 'Le lien',
  share: 'Partager le lien…',
  copy: 'Copier le lien',
  copied: 'Copié.',
  shared: 'Partagé.',
  refused:
    'Le navigateur n’a pas laissé l’application copier le lien. Il est sélectionné dans le champ ci-dessus : copiez-le vous-même (Ctrl+C, ou ⌘C sur un Mac).',
  tooLong:
    'Ce lien compte {n} caractères : c’est trop long pour l’envoyer sans risque, car les messageries, le courriel et les SMS coupent ou abîment les liens longs. Envoyez plutôt le fichier d’évaluation.',
  saveFile: 'Enregistrer plutôt le fichier d’évaluation',
  fileNote:
    'Le fichier d’évaluation (.iia.json) reste le moyen de conserver votre travail et de le transmettre ; un lien est une commodité.',
  summaryHeading: 'Lien de synthèse',
  summaryIntro:
    'Un lien court avec seulement le titre, le verdict, le constat principal et les notes. Il s’ouvre en lecture seule : il ne peut pas devenir une évaluation à modifier.',
  makeSummary: 'Créer un lien de synthèse',
  qrShow: 'Afficher le code QR',
  qrHide: 'Masquer le code QR',
  qrLabel: 'Code QR du lien vers « {title} »',
  qrTooLong: 'Ce lien est trop long pour un code QR lisible de façon fiable sur un écran.',
  qrSvg: 'Télécharger le code QR (SVG)',
  qrPng: 'Télécharger le code QR (PNG)',
  qrFailed: 'Le code QR n’a pas pu être dessiné.',
  open: {
    title: 'Évaluation partagée',
    summaryTitle: 'Synthèse partagée',
    reading: 'Lecture du lien…',
    intro:
      'Ce lien contient une évaluation. Rien n’a encore été ajouté : vérifiez ce qu’il contient, puis ajoutez-le à vos évaluations sous forme de copie. Vos propres évaluations ne sont jamais modifiées.',
    summaryIntro:
      'Ce lien contient la synthèse d’une évaluation : son titre, son verdict, son constat principal et ses notes. Elle s’affiche en lecture seule et ne peut pas être ajoutée comme évaluation : pour cela, demandez à son auteur le fichier d’évaluation ou un lien de partage complet.',
    what: 'Ce que contient le lien',
    untitled: 'Sans titre',
    rated: 'Lignes évaluées',
    ratedOf: '{rated} sur {total}',
    updated: 'Dernière modification',
    notStated: 'Non précisé',
    added: '« {title} » a été ajoutée à vos évaluations depuis le lien.',
    add: 'Ajouter à mes évaluations',
    adding: 'Ajout…',
    back: 'Retour à mes évaluations',
    refused: 'Ce lien ne peut pas être ouvert',
    nothingChanged: 'Rien n’a été ajouté à vos évaluations, et rien n’y a changé.',
    reasons: {
      'not-ours':
        'Ce n’est pas un lien créé par cette application, ou il a perdu en route sa partie après « # ».',
      'newer-link':
        'Il a été créé par une version plus récente de cette application. Rechargez la page pour obtenir la dernière version, puis ouvrez de nouveau le lien.',
      'too-long': 'Il est bien plus long que tout lien qu’un navigateur peut transporter.',
      'bad-encoding':
        'Il contient des caractères qu’un lien de partage n’a jamais : il a été abîmé en route, peut-être par une messagerie ou un logiciel de courriel.',
      'bad-compression': 'Son contenu ne peut pas être décompressé : le lien est abîmé ou coupé.',
      damaged:
        'Il est abîmé ou coupé : son contenu ne correspond pas à sa somme de contrôle. Redemandez le lien, ou le fichier d’évaluation.',
      'too-large':
        'Une fois décompressé, il dépasse ce qu’une évaluation peut contenir : il n’a donc pas été créé par cette application.',
      invalid: 'Ce qu’il contient n’est pas une évaluation que cette application sait lire.',
      newer:
        'Il contient une évaluation enregistrée par une version plus récente de cette application. Rechargez la page pour obtenir la dernière version, puis ouvrez de nouveau le lien.',
    },
  },
} satisfies typeof en
