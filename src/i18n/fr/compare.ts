import type en from '../en/compare'

/** The comparison of two assessments (issue 11). */
export default {
  title: 'Comparer deux évaluations',
  intro:
    'Mettez deux évaluations côte à côte (une proposition et sa version amendée, ou les points de vue de deux chapitres sur la même) et voyez, ligne par ligne, ce qui a changé en sens et en force, et pourquoi.',
  first: 'Première évaluation',
  second: 'Seconde évaluation',
  firstLabel: 'Nom de la première (facultatif)',
  secondLabel: 'Nom de la seconde (facultatif)',
  labelHint: 'Un mot ou deux en tête de sa colonne, comme « Originale » ou « Amendée ».',
  swap: 'Intervertir les deux',
  loading: 'Lecture de votre bibliothèque…',
  unavailable:
    'Ce navigateur ne permet pas à l’application de lire votre bibliothèque : il n’y a rien à comparer.',
  tooFew:
    'Pour comparer, il faut deux évaluations dans votre bibliothèque. Commencez ou ouvrez-en une autre d’abord.',
  toLibrary: 'Aller à la bibliothèque',
  same: 'Vous avez choisi deux fois la même évaluation : choisissez-en deux différentes.',
  missing:
    'Une évaluation nommée dans ce lien n’est pas dans votre bibliothèque. Choisissez-en deux des vôtres.',
  gone: 'Une évaluation que vous compariez a été supprimée, peut-être dans un autre onglet. Une autre la remplace : vérifiez le choix ci-dessous.',
  updated: 'modifiée le {date}',
  exports: 'Emporter la comparaison',
  pdf: 'Télécharger le PDF',
  pdfBusy: 'Préparation du PDF…',
  markdown: 'Télécharger en Markdown (.md)',
  status: {
    pdfReady: 'PDF prêt : {name}',
    markdownReady: 'Fichier Markdown prêt : {name}',
    pdfFailed: 'Le PDF n’a pas pu être créé. Vos évaluations ne sont pas touchées : réessayez.',
    pdfLoadFailed: 'L’outil PDF n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
    markdownFailed: 'Le fichier Markdown n’a pas pu être créé. Réessayez.',
  },
} satisfies typeof en
