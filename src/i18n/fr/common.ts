import type en from '../en/common'

export default {
  appName: 'Boîte à outils d’évaluation de l’impact sur Internet',
  appShortName: 'Évaluation d’impact',
  language: 'Langue',
  skipToContent: 'Aller au contenu principal',
  nav: {
    label: 'Menu principal',
    library: 'Mes évaluations',
    method: 'La méthode',
    about: 'À propos et licences',
  },
  steps: {
    label: 'Étapes de l’évaluation',
    pagerLabel: 'Étape précédente et suivante',
    report: 'Rapport',
    reportPurpose: 'Relire la conclusion et exporter le rapport.',
    stepOf: 'Étape {n} sur {total}',
    previous: 'Précédent : {step}',
    next: 'Suivant : {step}',
    complete: 'terminée',
    incomplete: 'à faire',
    progress: '{done} sur {total} traités',
  },
  save: {
    saved: 'Toutes les modifications sont enregistrées sur cet appareil',
    saving: 'Enregistrement…',
    failed: 'Non enregistré : {reason}',
    quota:
      'L’espace de stockage de cet appareil est saturé. Exportez l’évaluation dans un fichier pour ne rien perdre, puis libérez de l’espace.',
    unavailable:
      'Ce navigateur ne permet pas l’enregistrement (navigation privée ou stockage désactivé). Exportez votre travail dans un fichier avant de fermer l’onglet.',
    invalid:
      'Non enregistré : un contenu dépasse une limite (par exemple un texte beaucoup trop long). Raccourcissez-le, ou exportez l’évaluation pour en garder une copie.',
    unknown:
      'L’enregistrement a échoué. Exportez l’évaluation dans un fichier pour en garder une copie.',
    conflict:
      'Non enregistré : cette évaluation a été modifiée dans un autre onglet. Choisissez la version à garder.',
  },
  actions: {
    add: 'Ajouter',
    remove: 'Supprimer',
    removeItem: 'Supprimer {item}',
    undo: 'Annuler',
    dismiss: 'Masquer',
    cancel: 'Annuler',
    close: 'Fermer',
    open: 'Ouvrir',
    download: 'Télécharger',
  },
  list: {
    empty: 'Rien n’a encore été ajouté.',
    itemN: '{label} {n}',
  },
  field: {
    optional: 'facultatif',
    notAWebAddress:
      'Ceci n’est pas une adresse web commençant par http:// ou https:// ; elle sera conservée comme texte, et non comme lien.',
    charactersLeft: '{n} caractères restants',
    tooLong: 'Trop long : {max} caractères au maximum.',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Il n’y a rien à cette adresse.',
    assessmentTitle: 'Évaluation introuvable',
    assessmentText:
      'Aucune évaluation correspondant à cette adresse n’est enregistrée dans ce navigateur. Elle a peut-être été supprimée, ou enregistrée dans un autre navigateur ou sur un autre appareil.',
    back: 'Retour à mes évaluations',
  },
  update: {
    available:
      'Une nouvelle version de l’application est prête. Rechargez la page pour l’utiliser ; votre travail est enregistré.',
    reload: 'Recharger maintenant',
    later: 'Plus tard',
    offlineReady: 'L’application est désormais disponible hors ligne sur cet appareil.',
  },
  unsaved: {
    exportFile: 'Enregistrer dans un fichier',
    retry: 'Réessayer d’enregistrer',
    reloadOff:
      'La protection contre le rechargement est désactivée : ce navigateur ne permet pas à l’application de garder les modifications non enregistrées quand l’onglet est fermé ou rechargé. Attendez que « Toutes les modifications sont enregistrées sur cet appareil » s’affiche avant de le fermer ou de le recharger.',
    deleted: 'Non enregistré : cette évaluation a été supprimée dans un autre onglet.',
    deletedHeading: 'Cette évaluation a été supprimée dans un autre onglet',
    deletedText:
      'Elle reste ouverte ici, telle que vous la voyez. Gardez-la pour l’enregistrer à nouveau sur cet appareil, ou fermez-la.',
    keep: 'La garder',
    close: 'La fermer',
    kept: 'L’évaluation a été enregistrée à nouveau sur cet appareil.',
    closed: 'L’évaluation a été fermée.',
    notSaved:
      '« {title} » est ouverte dans cet onglet seulement : elle n’a pas pu être enregistrée sur cet appareil. Enregistrez-la dans un fichier pour la garder.',
    badge: 'Non enregistrée',
  },
  loading: 'Chargement…',
  untitled: 'Évaluation sans titre',
  externalLink: '(s’ouvre dans un nouvel onglet)',
  privacyNote:
    'Votre travail reste dans ce navigateur. Rien n’est envoyé nulle part, sauf si vous l’exportez.',
} satisfies typeof en
