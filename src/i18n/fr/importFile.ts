/** Ce que la bibliothèque dit des champs inconnus d’un fichier importé ; chargé seulement quand il y en a. */
export default {
  keptFields:
    'Le fichier contient un champ que cette version de l’application ne connaît pas. Il a été conservé, et les fichiers que vous enregistrerez depuis cette évaluation le contiendront à nouveau : | Le fichier contient {n} champs que cette version de l’application ne connaît pas. Ils ont été conservés, et les fichiers que vous enregistrerez depuis cette évaluation les contiendront à nouveau :',
  droppedFields:
    'Un champ inconnu n’a pas été conservé : il était trop volumineux ou dangereux à copier. | {n} champs inconnus n’ont pas été conservés : ils étaient trop volumineux ou dangereux à copier.',
}
