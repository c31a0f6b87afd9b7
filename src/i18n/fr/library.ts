import type en from '../en/library'

export default {
  title: 'Mes évaluations',
  intro:
    'Évaluez une proposition susceptible d’affecter Internet : signalez-la, analysez-la au regard de ce dont Internet a besoin pour exister et prospérer, planifiez votre plaidoyer, trouvez des alliés et exportez un rapport.',
  start: {
    heading: 'Commencer une évaluation',
    blank: 'Nouvelle évaluation vierge',
    blankHint: 'Partez d’un formulaire vide et suivez les quatre étapes.',
    template: 'Partir de l’exemple complet',
    templateHint:
      'Une évaluation complète de la proposition européenne de redevance réseau dite « fair share », prête à être adaptée.',
    cases: 'Parcourir des cas réels',
    casesHint:
      'Des propositions analysées par l’Internet Society, dans de nombreux pays. Chacune n’évalue que ce que les sources publiques étayent.',
    casesLoading: 'Chargement des cas…',
    casesFailed: 'Les cas n’ont pas pu être chargés. Rechargez la page et réessayez.',
    import: 'Ouvrir un fichier…',
    importHint:
      'Ouvrez ou déposez ici un fichier .iia.json, ou un rapport PDF créé par cette application. L’évaluation est ajoutée en tant que copie ; rien n’est remplacé.',
    workshop: 'Animer un atelier',
    workshopHint: 'Une salle évalue une proposition ensemble, chacun sur son téléphone.',
    compare: 'Comparer deux évaluations',
    compareHint: 'Une proposition et son amendement, ou deux chapitres, ligne par ligne.',
  },
  list: {
    heading: 'Enregistrées dans ce navigateur',
    empty: 'Aucune évaluation pour l’instant. Commencez-en une ci-dessus.',
    count: 'Aucune évaluation | Une évaluation | {n} évaluations',
    titleColumn: 'Évaluation',
    verdictColumn: 'Conclusion',
    updatedColumn: 'Dernière modification',
    actionsColumn: 'Actions',
    provisional: 'provisoire',
    duplicate: 'Dupliquer',
    duplicateLabel: 'Dupliquer « {title} »',
    export: 'Enregistrer dans un fichier',
    exportLabel: 'Enregistrer « {title} » dans un fichier',
    delete: 'Supprimer',
    deleteLabel: 'Supprimer « {title} »',
  },
  notices: {
    deleted: '« {title} » a été supprimée.',
    duplicated: 'Une copie de « {title} » a été créée.',
    imported: '« {title} » a été ouverte depuis le fichier et ajoutée à vos évaluations.',
    importMigrated:
      '« {title} » a été ouverte depuis le fichier (créée avec une version antérieure de l’application, puis mise à jour).',
    importFailed: 'Le fichier « {name} » n’a pas pu être ouvert. Rien n’a été modifié.',
    moreIssues: 'Et un autre problème. | Et {n} autres problèmes.',
  },
  storage: {
    persisted: 'Vos évaluations sont conservées jusqu’à ce que vous les supprimiez.',
    notPersisted:
      'Le navigateur peut les effacer lorsque l’espace vient à manquer : exportez les travaux importants dans un fichier.',
    estimate: 'Espace utilisé par cette application : {used} sur {quota} disponibles.',
    unavailable:
      'Ce navigateur ne permet pas à l’application de stocker des données (navigation privée ou stockage désactivé). Vous pouvez continuer à travailler, mais enregistrez votre évaluation dans un fichier avant de fermer l’onglet.',
  },
} satisfies typeof en
