import type en from '../en/analyze'

export default {
  title: 'Analyser l’impact',
  intro:
    'Passez en revue, une par une, les cinq propriétés essentielles et les dix facteurs favorables. Pour chacun, déterminez d’abord l’effet de la proposition sur Internet lui-même, puis ce que ce changement signifierait pour les personnes et les organisations. « Aucun impact » et « Incertain » sont de vraies réponses : indiquez-les plutôt que de laisser une ligne vide.',
  progress: {
    heading: 'Avancement',
    label: 'Lignes évaluées',
    summary: '{done} sur {total} évaluées',
    complete: 'Chaque ligne a une réponse.',
    stillToDo: 'Reste à faire :',
    unclear:
      'Marquées comme incertaines ; la conclusion reste donc provisoire tant que vous ne les avez pas tranchées :',
  },
  jump: {
    label: 'Aller à une propriété ou à un facteur favorable',
    heading: 'Aller à',
  },
  display: {
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
  },
  card: {
    ratingPrefix: 'Évaluation :',
    dependsTag: 'dépend de la mise en œuvre',
    confidenceTag: 'Confiance : {level}',
    show: 'Afficher les détails',
    hide: 'Masquer les détails',
    toggleLabel: '{action} : {item}',
    questions: 'Questions directrices',
    threats: 'Menaces types',
  },
  rating: {
    legend: 'Effet sur Internet',
    hint: 'Quel serait l’effet de la proposition sur cette propriété ou ce facteur favorable, et avec quelle intensité ?',
  },
  depends: {
    label: 'Dépend de la mise en œuvre',
    hint: 'Cochez cette case lorsque l’effet dépend de modalités qui ne sont pas encore arrêtées, et précisez lesquelles dans le texte ci-dessous.',
  },
  howAffected: {
    label: 'En quoi la proposition l’affecterait-elle ?',
    hint: 'Le mécanisme : quelle partie de la proposition agit sur Internet, et ce qu’elle modifie. Les questions directrices peuvent vous aider.',
  },
  effectOnPeople: {
    label: 'Quel effet cela pourrait-il avoir sur les personnes ?',
    hint: 'Les conséquences pour les utilisateurs, les entreprises et les communautés : prix, accès, choix, sécurité.',
  },
  evidence: {
    heading: 'Éléments probants',
    hint: 'Indiquez les sources qui étayent cette évaluation. Les sources sont communes avec l’étape Signaler.',
    itemLabel: 'Élément probant',
    add: 'Ajouter un élément probant',
    empty: 'Aucun élément probant pour l’instant.',
    source: 'Source',
    noSource: 'Aucune source (note seulement)',
    untitledSource: 'Source sans titre {n}',
    missingSource: 'Une source supprimée depuis',
    note: 'Note ou citation',
    open: 'Ouvrir la source',
  },
  newSource: {
    open: 'Ajouter une nouvelle source',
    heading: 'Nouvelle source',
    title: 'Titre',
    url: 'Adresse web',
    save: 'Ajouter la source et la lier',
    cancel: 'Annuler',
    required: 'Indiquez un titre ou une adresse web pour la source.',
    added: '« {title} » a été ajoutée aux sources et liée comme élément probant.',
  },
  confidence: {
    legend: 'Quel est votre degré de confiance dans cette évaluation ?',
    notSet: 'Non renseigné',
  },
} satisfies typeof en
