import type en from '../en/report'

export default {
  title: 'Rapport',
  intro:
    'Votre évaluation sous forme de rapport : la conclusion et ses motifs, l’analyse ligne par ligne, votre stratégie et vos alliés. Relisez-le ci-dessous, puis téléchargez-le en PDF pour le diffuser, ou enregistrez le fichier de l’évaluation pour reprendre plus tard ou passer le relais.',
  document: {
    heading: 'Quel document',
    profile: 'Document à produire',
    brief: 'Note d’impact sur Internet',
    briefHint:
      'Public : vos constats dans l’ordre des notes de l’ISOC, pour les décideurs, la presse et le public. Votre plan n’y figure pas.',
    plan: 'Plan de plaidoyer',
    planHint:
      'Interne : votre objectif SMART et ses vérifications, publics, messages, tactiques et responsables, calendrier, alliés et prochaines étapes.',
    complete: 'Complet',
    completeHint: 'Les deux, la note puis le plan, pour votre équipe.',
    sections: 'Sections à inclure',
    sectionsHint:
      'Décochez une section pour la retirer de l’aperçu et du PDF. La couverture est toujours imprimée.',
  },
  export: {
    heading: 'Exporter et partager',
    language: 'Langue du rapport',
    languageHint:
      'L’aperçu et le PDF utilisent cette langue. Ce que vous avez rédigé vous-même reste tel quel.',
    pdf: 'Télécharger le rapport PDF',
    pdfBusy: 'Préparation du PDF…',
    pdfHint:
      'Le même rapport que l’aperçu ci-dessous, prêt à imprimer ou à envoyer. Il contient aussi le fichier d’évaluation : cette application peut rouvrir le PDF.',
    file: 'Enregistrer le fichier de l’évaluation (.iia.json)',
    fileHint:
      'Tout ce que vous avez saisi, dans un fichier que cette application peut rouvrir. Gardez-le comme copie principale : certains outils retirent le fichier contenu dans un PDF.',
    note: 'Chaque fichier est créé sur cet appareil et enregistré dans vos téléchargements ; rien n’est mis en ligne. Partagez-les par e-mail ou par messagerie, comme n’importe quel autre fichier.',
    reopen:
      'Pour reprendre à partir d’un fichier d’évaluation, le vôtre ou un fichier que l’on vous a envoyé, ouvrez-le depuis {library} avec « Ouvrir un fichier… ».',
    library: 'Mes évaluations',
  },
  editable: {
    heading: 'Documents modifiables',
    intro: 'Le même rapport que le PDF, à retoucher avant de le publier ou de l’envoyer.',
    docx: 'Document Word (.docx)',
    docxBusy: 'Préparation du document Word…',
    docxHint:
      'S’ouvre dans Word, LibreOffice ou Google Docs avec de vrais titres, listes et tableaux, pour le modifier, le mettre en forme ou le traduire.',
    markdown: 'Markdown (.md)',
    markdownHint:
      'Du texte brut avec titres et tableaux, pour un site web, un wiki ou un dépôt de code.',
    ready: 'Prêt : {name}',
    docxFailed:
      'Le document Word n’a pas pu être créé. Votre évaluation n’est pas touchée : réessayez, ou téléchargez le PDF.',
    docxLoadFailed:
      'L’export Word n’a pas pu être chargé : vous êtes peut-être hors ligne et il n’a pas encore été téléchargé. Vérifiez votre connexion, puis réessayez. Votre évaluation n’est pas touchée.',
    markdownFailed:
      'Le fichier Markdown n’a pas pu être créé. Votre évaluation n’est pas touchée : réessayez.',
  },
  card: {
    heading: 'Carte de synthèse',
    intro:
      'Une image pour une diapositive ou une publication : la proposition, le verdict et sa conclusion principale, le graphique et vos trois premiers messages clés, dans la langue du rapport. Un lien de partage créé plus haut y figure, avec son code QR si le lien est assez court pour être scanné.',
    png: 'Télécharger en PNG',
    svg: 'Télécharger en SVG',
    copyAlt: 'Copier le texte alternatif',
    altHeading: 'Texte alternatif',
    altCopied: 'Le texte alternatif a été copié.',
    altRefused:
      'Le navigateur a refusé le presse-papiers : sélectionnez le texte alternatif ci-dessous et copiez-le.',
    pngFailed: 'Le PNG n’a pas pu être créé dans ce navigateur. Téléchargez plutôt le SVG.',
  },
  unprintable: {
    heading: 'Une partie de ce texte ne peut pas s’imprimer dans le PDF',
    intro:
      'La police du PDF n’a pas de caractères pour : {scripts}. Dans le PDF, ils deviendraient « � ». Votre texte ne risque rien : il reste tel que vous l’avez écrit, ici et dans le fichier d’évaluation.',
    cover: 'Couverture',
    more: 'Et un autre endroit. | Et {n} autres endroits.',
    options:
      'Vous pouvez tout de même télécharger le PDF. Pour imprimer toutes les écritures, utilisez « Imprimer ou enregistrer en PDF » : votre navigateur imprime le rapport ci-dessous avec ses propres polices, et peut l’enregistrer en PDF.',
    print: 'Imprimer ou enregistrer en PDF',
    emoji: 'émojis',
    private: 'caractères à usage privé',
    other: 'certains symboles',
  },
  publication: {
    heading: 'Informations de publication',
    intro:
      'Qui a écrit la note et comment elle peut être partagée. Elles figurent sur la couverture ; laissez un champ vide pour l’omettre.',
    authors: 'Auteurs',
    author: 'Auteur',
    addAuthor: 'Ajouter un auteur',
    noAuthors: 'Aucun auteur pour l’instant.',
    contributors: 'Contributeurs',
    contributor: 'Contributeur',
    addContributor: 'Ajouter un contributeur',
    noContributors: 'Aucun contributeur pour l’instant.',
    name: 'Nom',
    affiliation: 'Affiliation',
    affiliationHint: 'Une organisation ou un chapitre, le cas échéant.',
    version: 'Version',
    versionHint: 'Par exemple 1.0, ou « Projet pour commentaires ».',
    published: 'Date de publication',
    publishedHint: 'Sans elle, la couverture indique la date de création du PDF.',
    licence: 'Licence',
    licenceHint:
      'Comment d’autres peuvent réutiliser la note. Beaucoup de notes utilisent CC BY 4.0 (réutilisation avec attribution) ; choisissez ce que votre organisation autorise.',
    contact: 'Contact',
    contactHint: 'Une adresse électronique ou web où les lecteurs peuvent vous joindre.',
  },
  briefTexts: {
    heading: 'Textes de la note',
    intro:
      'Une note s’ouvre sur un résumé et une synthèse et se termine par des conclusions et recommandations. Rédigez un premier jet de chacun à partir de vos constats, puis faites-le vôtre.',
    abstract: 'Résumé',
    abstractHint:
      'Deux ou trois phrases pour la couverture : la proposition et le constat principal.',
    executiveSummary: 'Synthèse',
    executiveSummaryHint:
      'Le constat principal, puis les principaux constats, pour qui ne lira rien d’autre.',
    goalConclusion: 'Conclusion : {goal}',
    goalConclusionHint: 'Imprimée après les facteurs favorables de cet objectif.',
    conclusions: 'Conclusions et recommandations',
    conclusionsHint:
      'Votre jugement d’ensemble et ce que les décideurs devraient faire à la place.',
    draft: 'Rédiger à partir des constats',
    draftLabel: 'Rédiger « {field} » à partir des constats',
    nothingToDraft:
      'Rien à partir de quoi rédiger pour l’instant : évaluez d’abord dans Analyser les lignes dont traite ce texte.',
    replaceQuestion:
      'Remplacer votre texte par un nouveau premier jet ? Votre texte ne sera pas conservé.',
    replace: 'Remplacer par le premier jet',
    keep: 'Garder mon texte',
    drafted: 'Premier jet rédigé. Modifiez-le à votre guise.',
  },
  status: {
    pdfReady: 'PDF prêt : {name}',
    pdfFailed:
      'Le PDF n’a pas pu être créé. Votre évaluation n’est pas affectée : réessayez, ou enregistrez plutôt le fichier de l’évaluation.',
    pdfLoadFailed:
      'L’outil PDF n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez. Votre évaluation n’est pas affectée.',
    fileSaved: 'Fichier de l’évaluation prêt : {name}',
    fileFailed:
      'Le fichier de l’évaluation n’a pas pu être créé. Rechargez la page, puis réessayez.',
  },
  preview: {
    label: 'Aperçu du rapport',
    note: 'Aperçu : voici ce que contiendra le PDF.',
  },
  verdict: {
    label: 'Conclusion',
    reasons: 'Motifs',
  },
  sources: {
    accessed: 'consultée le {date}',
  },
  chart: {
    data: 'Données du graphique',
    group: 'Groupe',
    rated: 'Lignes évaluées',
    ratedOf: '{rated} sur {total}',
  },
} satisfies typeof en
