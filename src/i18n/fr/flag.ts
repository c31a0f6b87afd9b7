import type en from '../en/flag'

export default {
  heading: 'Signaler la proposition',
  intro:
    'Notez ce qui est proposé, qui en est à l’origine, où cela s’applique et où en est le processus. Conservez à côté les sources sur lesquelles vous vous appuyez. L’analyse, votre stratégie et le rapport final reposent tous sur ces notes : une description claire et sourcée à ce stade vous fera gagner du temps par la suite.',
  proposal: {
    heading: 'La proposition',
    title: 'Titre',
    titleHint:
      'Obligatoire. Le nom sous lequel elle est connue, par exemple l’intitulé officiel du projet de loi, du règlement ou de la décision.',
    kind: 'Type de proposition',
    kindHint:
      'Une loi, un décret, un arrêté, une décision de justice, l’action d’une entreprise ou d’un secteur, une norme, un traité ou une tendance. Gardez « Non précisé » tant que vous ne savez pas.',
    jurisdiction: 'Champ d’application',
    jurisdictionHint: 'Un pays, une région comme l’Union européenne, ou « mondial ».',
    proposer: 'Proposée par',
    proposerHint: 'Le ministère, le régulateur, l’entreprise ou le groupe qui la porte.',
    stage: 'État d’avancement',
    stageHint:
      'Où elle en est aujourd’hui, ou comment elle a pris fin. Mettez-la à jour au fil du processus ; gardez « Non précisé » tant que vous ne savez pas.',
    inForce: 'En vigueur depuis',
    inForceHint: 'Le jour où elle a pris effet. Le rapport et le calendrier l’indiquent.',
    summary: 'Résumé',
    summaryHint:
      'Ce qu’elle ferait et comment, en un ou deux paragraphes rédigés simplement. Décrivez ici la proposition elle-même ; ses effets sur Internet relèvent de l’étape suivante.',
  },
  dates: {
    heading: 'Dates clés',
    intro:
      'Laissez une date vide tant qu’elle n’est pas connue. L’étape Planifier reporte ces dates sur votre calendrier, pour que vous puissiez organiser votre action à rebours à partir des moments de décision.',
    published: 'Publication ou annonce',
    consultationCloses: 'Clôture de la consultation',
    vote: 'Vote ou décision',
  },
  sources: {
    heading: 'Sources',
    intro:
      'Commencez par le texte officiel, puis ajoutez analyses, déclarations et articles de presse. Dans l’analyse, vous pourrez citer ces sources à l’appui de vos évaluations, et le rapport en dresse la liste.',
    item: 'Source',
    add: 'Ajouter une source',
    empty: 'Aucune source pour l’instant.',
    title: 'Titre',
    url: 'Adresse web',
    urlHint: 'Copiez-la depuis la barre d’adresse ; elle commence par https://',
    accessed: 'Consultée le',
    accessedHint: 'Les pages web changent : la date indique quelle version vous avez lue.',
    preview: 'Vérifier le lien :',
  },
  stakeholders: {
    heading: 'Parties prenantes concernées',
    intro:
      'Qui en subirait les effets : particuliers, entreprises, opérateurs de réseaux, communautés ? Les nommer vous aide à trouver des alliés et à expliquer pourquoi la proposition compte.',
    item: 'Partie prenante',
    add: 'Ajouter une partie prenante',
    empty: 'Aucune partie prenante pour l’instant.',
    name: 'Qui',
    note: 'En quoi elle est concernée',
  },
  gaps: {
    heading: 'Reste à faire dans cette étape',
    doneHeading: 'Étape terminée',
    done: 'Cette étape contient tout le nécessaire. Passez à l’analyse dès que vous le souhaitez.',
  },
} satisfies typeof en
