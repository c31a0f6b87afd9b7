import type en from '../en/history'

export default {
  open: 'Historique',
  openLabel: 'Historique : versions antérieures de cette évaluation',
  title: 'Historique',
  intro:
    'Les versions antérieures de cette évaluation, conservées dans ce navigateur : lorsque vous commencez à la modifier, toutes les quelques minutes pendant que vous travaillez, lorsque vous la quittez et avant tout remplacement. Les {n} plus récentes sont conservées.',
  back: 'Retour à l’évaluation',
  loading: 'Chargement de l’historique…',
  unavailable:
    'L’historique ne peut pas être lu dans ce navigateur (le stockage n’est pas disponible). Exportez votre travail dans un fichier pour en conserver des copies.',
  empty:
    'Aucune version antérieure pour l’instant. Elles apparaîtront dès que vous aurez apporté des modifications.',
  listLabel: 'Versions antérieures, de la plus récente à la plus ancienne',
  summary: '« {title} », lignes évaluées : {rated} sur {total}',
  reason: {
    edit: 'en cours de modification',
    closed: 'en quittant l’évaluation',
    beforeRestore: 'avant une restauration',
    beforeRecovery: 'avant la récupération de modifications non enregistrées',
    conflictMine: 'version de cet onglet, avant le chargement de celle d’un autre onglet',
    conflictTheirs: 'version d’un autre onglet, remplacée par celle de cet onglet',
  },
  unreadable: 'Cette version n’a pas pu être lue.',
  unknownDate: 'Date inconnue',
  view: 'Consulter',
  viewLabel: 'Consulter la version du {date}',
  restore: 'Restaurer',
  restoreLabel: 'Restaurer la version du {date}',
  downloadRaw: 'Télécharger les données brutes',
  version: {
    heading: 'Version du {date}',
    close: 'Fermer cette version',
    flagHeading: 'Signaler',
    titleLabel: 'Titre',
    summaryLabel: 'Résumé',
    none: 'Non renseigné',
    ratingsHeading: 'Évaluations',
    itemColumn: 'Élément',
    ratingColumn: 'Évaluation',
  },
  restored:
    'La version du {date} a été restaurée. L’état précédent a été conservé dans l’historique.',
  restoreFailed:
    'La version n’a pas pu être restaurée : il n’a pas été possible de conserver d’abord une copie de l’état actuel. Rien n’a été modifié.',
  undo: 'Annuler la restauration',
  undone: 'La restauration a été annulée.',
  undoFailed:
    'La restauration n’a pas pu être annulée. L’état précédent figure toujours dans l’historique.',
  conflict: {
    heading: 'Cette évaluation a été modifiée dans un autre onglet',
    text: 'Un autre onglet a enregistré une version différente le {time}. Choisissez celle que vous souhaitez garder ; l’autre sera conservée dans l’historique.',
    theirs: 'Charger l’autre version',
    mine: 'Garder ma version',
    loaded: 'La version de l’autre onglet est chargée. La vôtre a été conservée dans l’historique.',
    kept: 'Votre version est enregistrée. Celle de l’autre onglet a été conservée dans l’historique.',
    failed:
      'Aucune copie n’a pu être conservée dans l’historique ; rien n’a donc été remplacé. Exportez l’évaluation dans un fichier, puis réessayez.',
  },
} satisfies typeof en
