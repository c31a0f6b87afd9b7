import type en from '../en/together'

export default {
  heading: 'Agir ensemble',
  intro:
    'Une préoccupation exprimée par une seule organisation est facile à écarter ; la même préoccupation portée par des chapitres et des membres de l’Internet Society, des experts techniques, la société civile et des entreprises montre aux décideurs qu’elle est largement partagée et solidement fondée. Travailler ensemble permet aussi de répartir la charge : un partenaire rédige, un autre connaît les responsables publics, un troisième apporte l’expertise technique.',
  joinIntro:
    'Si vous ne faites pas encore partie de la communauté de l’Internet Society, la section « Où s’engager » ci-dessous explique comment y participer.',
  allies: {
    heading: 'Alliés et partenaires de coalition',
    intro:
      'Qui d’autre se soucie de cette proposition, ou devrait s’en soucier ? Pensez à votre chapitre de l’Internet Society, aux organisations de défense des droits numériques, aux opérateurs de réseaux et aux points d’échange Internet, aux chercheurs, aux associations de consommateurs et aux entreprises que la proposition toucherait.',
    item: 'Allié',
    add: 'Ajouter un allié',
    empty: 'Aucun allié pour l’instant.',
    name: 'Organisation ou personne',
    kind: 'Catégorie',
    role: 'Ce qu’il apporte ou fera',
    roleHint:
      'Par exemple : une expertise technique, des membres prêts à signer, des contacts au ministère, une tribune dans les médias.',
    contact: 'Note de contact',
    contactHint:
      'Qui contacter et comment. N’enregistrez que ce que les personnes concernées acceptent que votre groupe conserve.',
  },
  coalition: {
    heading: 'Coalition ou déclaration commune',
    label: 'Coalition ou déclaration commune',
    hint: 'La coalition, la campagne ou la lettre commune à laquelle vous participez ou que vous constituez : son nom, qui la pilote, qui l’a signée et ce qu’elle a dit jusqu’ici.',
  },
  asks: {
    heading: 'Vos demandes',
    intro:
      'Soyez concret sur ce que vous attendez de chaque allié ou décideur : signer une lettre commune, informer une commission, partager des données, répondre à un journaliste.',
    item: 'Demande',
    add: 'Ajouter une demande',
    empty: 'Aucune demande pour l’instant.',
    to: 'Adressée à',
    ask: 'La demande',
  },
  nextSteps: {
    heading: 'Prochaines étapes',
    intro:
      'Convenez de qui fait quoi et pour quand, et cochez chaque étape une fois qu’elle est accomplie.',
    item: 'Prochaine étape',
    add: 'Ajouter une prochaine étape',
    empty: 'Aucune prochaine étape pour l’instant.',
    who: 'Qui',
    what: 'Quoi',
    when: 'Pour quand',
    done: 'Fait',
    progress: 'Prochaines étapes accomplies : {done} sur {total}.',
  },
  comingUp: {
    heading: 'À venir',
    intro:
      'Les prochaines étapes en cours, les plus proches d’abord ; celles qui n’ont pas de date viennent en dernier.',
    allDone: 'Toutes les prochaines étapes sont accomplies.',
    overdue: 'en retard',
    noDate: 'Aucune date fixée',
    untitled: 'Prochaine étape sans description',
    who: 'Qui : {who}',
  },
  join: {
    heading: 'Où s’engager',
    intro:
      'Tout le monde peut adhérer à l’Internet Society, à titre individuel ou en tant qu’organisation ; au sein d’un chapitre local, vous travaillez avec d’autres personnes de votre pays ou de votre région sur les politiques qui y touchent Internet. Les chapitres et les membres portent une grande part du plaidoyer de l’Internet Society, qui propose par ailleurs de relire une évaluation à n’importe quel stade ou de conseiller sur l’opportunité d’en mener une.',
    getInvolved: 'Comment participer au plaidoyer de l’Internet Society',
    chapter: 'Votre chapitre',
    chapterHint:
      'Le chapitre de l’Internet Society (ou le groupe d’intérêt spécial) avec lequel vous travaillez.',
    chapterUrl: 'Adresse web du chapitre',
    chapterUrlHint: 'Commence par https://',
    chapterLink: 'Consulter le site du chapitre :',
    notes: 'Notes',
    notesHint:
      'Qui est votre contact, quand le chapitre se réunit, comment lui soumettre cette question.',
  },
  shareLog: {
    heading: 'Partagé avec',
    intro:
      'Rien ne quitte cet appareil de lui-même. Pour partager votre travail, exportez le fichier de l’évaluation ou le PDF à l’étape {report} et envoyez-le vous-même ; notez ici qui a reçu quelle version, afin d’assurer le suivi.',
    reportLink: 'Rapport',
    item: 'Partage',
    add: 'Consigner un partage',
    empty: 'Pas encore partagé.',
    date: 'Date',
    with: 'Partagé avec',
    note: 'Note',
    noteHint: 'Ce que vous avez envoyé (fichier, PDF, quelle version) et la réponse éventuelle.',
  },
  gaps: {
    heading: 'Reste à faire dans cette étape',
    doneHeading: 'Étape terminée',
    done: 'Cette étape contient tout le nécessaire. Le rapport est prêt à être relu et exporté.',
  },
} satisfies typeof en
