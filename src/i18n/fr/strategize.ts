import type en from '../en/strategize'

export default {
  title: 'Planifier votre stratégie',
  intro:
    'Transformez vos constats en plan d’action : un objectif atteignable, les personnes capables de le faire aboutir, ce que vous allez leur dire et ce que vous allez faire, avec quelles échéances. Partez du moment de la décision et remontez le temps : clôture d’une consultation, vote en commission, séance plénière.',
  gaps: {
    heading: 'Reste à faire dans cette étape',
    doneHeading: 'Étape terminée',
    done: 'Cette étape est terminée : l’objectif remplit les cinq critères, et il y a au moins un public cible, un message et une tactique.',
  },
  goal: {
    heading: 'Objectif de plaidoyer',
    intro:
      'Un bon objectif est SMART : spécifique, mesurable, atteignable, pertinent et temporellement défini. La vérification affichée à côté du formulaire vous indique ce qui manque encore.',
    statement: 'Énoncé de l’objectif',
    statementHint:
      'Une phrase : ce qui doit changer, dans quel texte ou quelle décision, et pour quand.',
    specific: 'Spécifique : le changement précis que vous visez',
    measurable: 'Mesurable : comment vous saurez qu’il a eu lieu',
    achievable: 'Atteignable : pourquoi il est réaliste pour vous',
    relevant: 'Pertinent : les constats sur lesquels repose cet objectif',
    timeBound: 'Temporellement défini',
    deadline: 'Échéance',
    deadlineEvent: 'Moment de décision',
    deadlineEventHint:
      'L’événement concret auquel l’échéance est rattachée, par exemple un vote en commission.',
    voteDate: 'Le vote indiqué à l’étape Signaler a lieu le {date}.',
  },
  findings: {
    negative: 'Constats jugés préjudiciables',
    others: 'Autres constats ({n})',
    noNegative:
      'Aucune ligne n’est encore jugée préjudiciable. Évaluez d’abord les propriétés et les facteurs favorables à l’étape Analyser.',
    toAnalyze: 'Aller à l’étape Analyser',
    option: '{item} ({impact})',
  },
  smart: {
    heading: 'Vérification SMART',
    summary: '{met} sur {total} critères remplis',
    notMet: 'Pas encore rempli',
  },
  audiences: {
    heading: 'Publics cibles',
    intro:
      'Qui décide, et qui influence les décideurs ? Parlementaires, régulateurs, ministères, journalistes, entreprises, utilisateurs.',
    itemLabel: 'Public cible',
    add: 'Ajouter un public cible',
    empty: 'Aucun public cible pour l’instant.',
    name: 'Qui',
    why: 'Pourquoi ce public compte',
    ask: 'Ce que nous lui demandons',
  },
  messages: {
    heading: 'Messages clés',
    intro:
      'Reliez le préjudice technique à ce que les gens vivent concrètement : prix, accès, choix, sécurité. Chaque message doit s’appuyer sur au moins un constat.',
    itemLabel: 'Message',
    add: 'Ajouter un message',
    empty:
      'Aucun message pour l’instant. Rédigez-en un, ou générez des ébauches à partir de vos constats.',
    text: 'Message',
    findings: 'Constats sur lesquels il s’appuie',
    audiences: 'Publics auxquels il s’adresse',
    noAudiences: 'Ajoutez des publics cibles ci-dessus pour préciser à qui s’adresse ce message.',
    unnamedAudience: 'Public {n}',
    draft: 'Rédiger des ébauches à partir des constats',
    draftHint:
      'Ajoute une ébauche pour chaque constat préjudiciable qu’aucun message ne couvre encore, à partir de ce que vous avez écrit à l’étape Analyser. Reformulez ensuite ces ébauches avec vos propres mots.',
    drafted:
      'Aucune ébauche n’a été ajoutée. | Une ébauche de message a été ajoutée en fin de liste. | {n} ébauches de messages ont été ajoutées en fin de liste.',
    allCovered:
      'Chaque constat préjudiciable fait déjà l’objet d’un message ; aucune ébauche n’a donc été ajoutée.',
    noNegative:
      'Il n’y a encore aucun constat préjudiciable, donc rien à partir de quoi rédiger. Évaluez d’abord les lignes à l’étape Analyser.',
  },
  tactics: {
    heading: 'Tactiques',
    intro:
      'Ce que vous allez faire pour atteindre vos publics cibles : une réponse à une consultation, un courrier, une rencontre.',
    itemLabel: 'Tactique',
    add: 'Ajouter une tactique',
    empty: 'Aucune tactique pour l’instant.',
    kind: 'Type',
    description: 'En quoi elle consiste',
    owner: 'Responsable',
    due: 'Échéance',
    status: 'Statut',
  },
  milestones: {
    heading: 'Jalons',
    intro:
      'Les autres dates qui comptent pour votre plan, comme une audition en commission ou une réunion de la coalition.',
    itemLabel: 'Jalon',
    add: 'Ajouter un jalon',
    empty: 'Aucun jalon pour l’instant.',
    date: 'Date',
    label: 'Ce qui se passe',
  },
  timeline: {
    heading: 'Calendrier',
    intro:
      'Toutes les entrées datées de l’évaluation, dans l’ordre chronologique, de l’étape Signaler jusqu’aux prochaines étapes.',
    empty:
      'Aucune date pour l’instant. Ajoutez les dates de publication, de consultation ou de vote à l’étape Signaler, une échéance pour l’objectif, et les échéances des tactiques ou des jalons ci-dessus.',
    toFlag: 'Aller à l’étape Signaler',
    past: 'passé',
    today: 'Aujourd’hui, {date}',
    source: {
      flag: 'Proposition',
      goal: 'Objectif',
      tactic: 'Tactique',
      milestone: 'Jalon',
      'next-step': 'Prochaine étape',
    },
  },
} satisfies typeof en
