import type en from '../en/analyze'

export default {
  title: 'Analyser l’impact',
  intro:
    'Passez en revue, une par une, les cinq propriétés essentielles et les dix facteurs favorables. Pour chacun, déterminez d’abord l’effet de la proposition sur Internet lui-même, puis ce que ce changement signifierait pour les personnes et les organisations. « Aucun impact » et « Incertain » sont de vraies réponses : indiquez-les plutôt que de laisser une ligne vide. Une note ne traite que de ce que la proposition affecte : marquez « Non traité » les lignes qu’elle laisse de côté.',
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
    mixedTag: 'nuit : {harm}, aide : {benefit}',
    questions: 'Questions directrices',
    threats: 'Menaces types',
  },
  rating: {
    legend: 'Effet sur Internet',
    hint: 'Quel serait l’effet de la proposition sur cette propriété ou ce facteur favorable, et avec quelle intensité ?',
    choicesHint:
      '« Mixte » convient à une proposition qui lui nuit d’un côté et l’aide de l’autre ; la ligne compte alors comme atteinte. « Non traité » convient à une ligne que cette évaluation laisse de côté parce que la proposition n’y touche pas : elle ne demande aucune explication et ne rend pas la conclusion provisoire.',
  },
  mixed: {
    legend: 'Effet négatif et effet positif',
    hint: 'Évaluez chaque effet séparément ; la conclusion compte la ligne comme atteinte.',
    harm: 'Intensité de l’effet négatif',
    benefit: 'Intensité de l’effet positif',
    benefitHow: {
      label: 'En quoi la proposition pourrait-elle l’aider ?',
      hint: 'Le mécanisme de l’effet positif : quelle partie de la proposition aide, et ce qu’elle améliore.',
    },
  },
  notDiscussed: {
    note: 'Non traité : cette ligne ne demande aucune explication.',
    more: 'Notes et éléments probants (facultatif)',
  },
  depends: {
    label: 'Dépend de la mise en œuvre',
    hint: 'Cochez cette case lorsque l’effet dépend de modalités qui ne sont pas encore arrêtées, et précisez lesquelles dans le texte ci-dessous.',
  },
  howAffected: {
    label: 'En quoi la proposition l’affecterait-elle ?',
    hint: 'Le mécanisme : quelle partie de la proposition agit sur Internet, et ce qu’elle modifie. Les questions directrices peuvent vous aider.',
    mixedLabel: 'En quoi la proposition pourrait-elle lui nuire ?',
    mixedHint:
      'Le mécanisme de l’effet négatif : quelle partie de la proposition agit sur Internet, et ce qu’elle abîme.',
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
