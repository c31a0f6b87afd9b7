import type en from '../en/workshop'

export default {
  untitled: 'Proposition sans titre',
  codes: {
    'not-ours': 'Ce n’est pas un lien ou un code de cette application, ou une partie manque.',
    damaged: 'Ce lien ou ce code a été coupé ou modifié en route : il ne peut pas être lu.',
    'older-version':
      'Il a été créé par une version plus ancienne de l’application, que celle-ci ne lit plus.',
    'newer-version':
      'Il a été créé par une version plus récente de l’application. Rechargez l’application pour la mettre à jour.',
    'too-large': 'Il est bien plus long qu’un vrai lien ou bulletin : il n’a pas été lu.',
    unloaded:
      'L’application n’a pas pu charger cet écran. Connectez-vous une fois à Internet et réessayez.',
  },
  status: {
    unrated: 'Non évaluée sur l’échelle',
    split: 'Partagée : la salle forme deux camps',
    consensus: 'Consensus',
    leaning: 'Tendance : proche du consensus',
    none: 'Pas de consensus',
  },
  alpha: {
    reliable: 'suffisant pour s’y fier',
    tentative: 'suffisant pour des conclusions provisoires seulement',
    'not-reliable': 'trop faible pour s’y fier : la salle n’est pas d’accord',
    'too-few-raters': 'L’accord de la salle apparaît à partir de 3 participants.',
    'too-few-rows':
      'L’accord de la salle apparaît dès que 5 lignes sont notées par au moins 2 personnes.',
    'no-variation': 'Tout le monde a donné la même note à chaque ligne : il n’y a rien à mesurer.',
  },
  refusals: {
    'not-a-ballot': 'Ce n’est pas un bulletin.',
    'older-version':
      'Ce bulletin vient d’une version plus ancienne de l’application, que celle-ci ne lit plus.',
    'newer-version':
      'Ce bulletin vient d’une version plus récente de l’application : rechargez l’application.',
    invalid: 'Ce bulletin a été modifié ou abîmé en route.',
    'invalid-rating': 'Ce bulletin contient une réponse qui n’est pas sur l’échelle.',
    'other-workshop': 'Ce bulletin est destiné à un autre atelier.',
    'unknown-round': 'Ce bulletin est pour un tour que cet atelier n’a pas commencé.',
    'unknown-row': 'Ce bulletin note des lignes que ce tour ne demande pas.',
    duplicate: 'Ce bulletin a déjà été reçu.',
    superseded:
      'Le même participant a envoyé un bulletin plus récent pour ce tour, qui compte à sa place.',
  },
  result: {
    median: 'Médiane',
    iqr: 'Dispersion (écart interquartile)',
    agreement: 'Du même côté',
    rated: 'Notes',
    steps: '0 cran | 1 cran | {n} crans',
    between: 'entre {low} et {high}',
    splitNote: 'à discuter avant de revoter',
    distribution: 'Notes de {row}, par cran',
    skipped:
      'Personne ne l’a passée. | Un participant l’a passée. | {n} participants l’ont passée.',
    showAll: 'Tout afficher ({n})',
    farReasons: 'Raisons de ceux qui ont noté à 2 crans ou plus de la médiane',
  },
  start: {
    fromReport: 'Animer un atelier sur cette proposition : une salle l’évalue ensemble',
    title: 'Lancer un atelier',
    intro:
      'Une salle évalue une proposition ensemble : chacun sur son téléphone, sans serveur ni compte. Choisissez ce qui est évalué et comment la salle décide, avant tout vote.',
    source: 'Proposition à évaluer',
    mine: 'Mes évaluations',
    templates: 'Modèles',
    rule: 'Quand la salle est-elle d’accord ? Fixé avant le vote',
    ruleHint:
      'Une ligne fait consensus quand la moitié centrale des notes ne dépasse pas la dispersion ci-dessous et qu’assez de personnes sont du même côté de l’échelle. Les valeurs par défaut sont courantes dans les études Delphi.',
    maxIqr: 'Plus grande dispersion, en crans de l’échelle (0 à 2)',
    minAgreement: 'Plus petite part du même côté, en % (50 à 100)',
    minTail:
      'Dire qu’une ligne est partagée quand au moins ce % la juge nuisible et ce % favorable (10 à 50)',
    rows: 'Lignes que la salle évalue',
    submit: 'Lancer l’atelier',
    failed: {
      source: 'Choisissez la proposition à évaluer.',
      rule: 'Chaque nombre de la règle doit être un entier dans la plage indiquée.',
      rows: 'Choisissez au moins une ligne à évaluer.',
      full: 'L’atelier n’a pas été enregistré : le stockage de cet appareil est plein. Libérez de la place et réessayez.',
      unavailable:
        'L’atelier n’a pas été enregistré : ce navigateur ne permet pas à l’application de garder des données.',
    },
  },
  console: {
    title: 'Console de l’atelier · tour {round}',
    load: {
      missing: 'Aucun atelier à cette adresse sur cet appareil.',
      damaged:
        'Les données enregistrées de cet atelier sont abîmées ; elles ont été laissées telles quelles.',
      unavailable: 'Ce navigateur ne permet pas à l’application de lire ou de garder des données.',
      full: 'Le stockage de cet appareil est plein.',
      refused: 'La modification a été refusée.',
    },
    dropped:
      'Un bulletin enregistré ne convient plus et a été mis de côté. | {n} bulletins enregistrés ne conviennent plus et ont été mis de côté.',
    notSaved: 'Non enregistré : l’atelier est resté tel quel.',
    rule: 'Règle : consensus quand la dispersion (écart interquartile) vaut {iqr} ou moins et qu’au moins {agreement} % sont du même côté ; partagé quand {tail} % ou plus sont de chaque côté.',
    joinTitle: 'Rejoindre le tour {round}',
    joinIntro:
      'Les participants ouvrent ce lien ou scannent le code sur leur propre téléphone. L’atelier voyage dans le lien même : rien ne passe par un serveur.',
    joinLink: 'Lien pour rejoindre',
    copyJoin: 'Copier le lien',
    copied: 'Copié.',
    copyRefused:
      'Ce navigateur n’a pas permis la copie : sélectionnez le lien et copiez-le à la main.',
    joinQr: 'Code QR du lien pour rejoindre',
    joinQrTooLong:
      'Le résumé de la proposition rend le lien trop long pour un code QR : partagez plutôt le lien.',
    intakeTitle: 'Recevoir les bulletins',
    received:
      'Aucun bulletin pour ce tour. | Un bulletin pour ce tour : | {n} bulletins pour ce tour :',
    anonymous: 'anonyme',
    files: 'Choisissez ou déposez les fichiers de bulletins (autant que vous en avez)',
    paste: 'Collez des codes ou liens de bulletins (un ou plusieurs)',
    addPasted: 'Ajouter les bulletins collés',
    pastedSource: 'collé',
    cameraSource: 'caméra',
    added: 'Aucun bulletin ajouté. | Un bulletin ajouté. | {n} bulletins ajoutés.',
    refused: 'Un n’a pas été reçu : | {n} n’ont pas été reçus :',
    resultTitle: 'Tour {round} : où en est la salle',
    alpha: 'Accord de la salle (alpha de Krippendorff, ordinal) : {alpha}, {reading}.',
    sorted: 'Les lignes où la salle est le plus en désaccord viennent en premier.',
    nextRound: 'Lancer un nouveau tour sur les lignes sans consensus',
    noNextRound: 'Chaque ligne a fait consensus : il n’y a plus rien à revoter.',
    projectorTitle: 'Projecteur',
    projectorIntro:
      'Ouvrez la vue projecteur dans une deuxième fenêtre et placez-la sur le projecteur. Elle montre une ligne à la fois, son résultat seulement quand vous le révélez, et jamais un nom.',
    openProjector: 'Ouvrir la vue projecteur',
    remote: 'Commandes du projecteur',
    remoteHint:
      'Avec le focus ici : les flèches passent d’une ligne à l’autre, R révèle ou masque le résultat.',
    previous: 'Ligne précédente',
    next: 'Ligne suivante',
    reveal: 'Révéler le résultat',
    showing: 'Affiché : {row}',
    showingOverview: 'Affiché : la vue d’ensemble',
    revealed: 'résultat révélé',
  },
  camera: {
    start: 'Scanner les bulletins avec la caméra',
    stop: 'Arrêter la caméra',
    label: 'Image de la caméra pour scanner les codes de bulletins',
    reads: 'Présentez un code de bulletin à la caméra. | Un code lu. | {n} codes lus.',
    refused:
      'La caméra a été refusée. Autorisez-la dans les réglages du site, ou recevez les bulletins en fichiers, liens ou codes.',
    missing: 'Aucune caméra trouvée. Recevez les bulletins en fichiers, liens ou codes.',
    failed:
      'Le lecteur de codes n’a pas pu démarrer. Recevez les bulletins en fichiers, liens ou codes.',
  },
  projector: {
    round: 'Tour {round}',
    ratings: 'Aucune note | Une note | {n} notes',
    ballots: 'Aucun bulletin | Un bulletin reçu | {n} bulletins reçus',
    hidden: 'Le résultat reste masqué jusqu’à ce que l’animateur le révèle.',
    overview: 'Vue d’ensemble',
    revealed: 'résultat révélé',
    keys: 'Flèches : ligne suivante ou précédente · Espace : révéler ou masquer',
  },
  ballot: {
    title: 'Bulletin d’atelier',
    reading: 'Lecture du bulletin…',
    added: 'Le bulletin a été ajouté à l’atelier.',
    elsewhere:
      'Ce bulletin est destiné à un atelier qui n’est pas sur cet appareil. Envoyez-le à l’animateur, qui mène l’atelier sur son propre appareil.',
    refused: 'Le bulletin n’a pas été reçu.',
    toConsole: 'Ouvrir la console de l’atelier',
  },
  adopt: {
    title: 'Adopter le résultat',
    intro:
      'Tranchez chaque ligne : prenez le consensus de la salle, ou choisissez une note avec la formulation convenue. Adopter crée une nouvelle évaluation, avec les raisons des participants comme éléments de preuve et une annexe d’atelier dans son rapport ; l’original reste tel quel.',
    keep: 'Garder sa note actuelle',
    consensus: 'Consensus de la salle : {rating}',
    wording: 'Formulation convenue',
    names: 'Afficher les noms ou pseudonymes des participants dans le rapport',
    submit: 'Adopter le résultat comme nouvelle évaluation',
  },
  join: {
    title: 'Évaluez cette proposition',
    reading: 'Lecture du lien de l’atelier…',
    refused: 'Ce lien d’atelier ne peut pas être ouvert',
    askAgain: 'Redemandez le lien à l’animateur ou scannez de nouveau le code affiché.',
    round: 'Atelier, tour {round}',
    intro:
      'Indiquez comment la proposition touche chaque partie d’Internet ci-dessous. Passez les lignes que vous ne pouvez pas juger. Vos réponses restent sur cet appareil jusqu’à l’envoi de votre bulletin.',
    restored: 'Vos réponses précédentes sur cet appareil sont revenues.',
    damaged:
      'Vos réponses précédentes sur cet appareil étaient illisibles : vous recommencez. La copie illisible a été mise de côté.',
    notKept:
      'Ce navigateur ne permet pas à l’application de garder vos réponses : envoyez votre bulletin avant de fermer la page.',
    pseudonym: 'Votre nom ou un pseudonyme (facultatif)',
    pseudonymHint:
      'Laissez vide pour évaluer anonymement. L’animateur le voit ; le projecteur ne l’affiche jamais.',
    rowOf: 'Ligne {n} sur {total} :',
    reason: 'Pourquoi ? (facultatif)',
    reasonCount: '{used} caractères sur {max}',
    sendTitle: 'Envoyer votre bulletin',
    unanswered:
      'Toutes les lignes ont une réponse. | Une ligne n’a pas encore de réponse. | {n} lignes n’ont pas encore de réponse.',
    send: 'Créer mon bulletin',
    sendAgain: 'Recréer mon bulletin avec mes changements',
    noAnswers:
      'Répondez d’abord à au moins une ligne : un bulletin vide n’apprendrait rien au groupe.',
    sendFailed: 'Le bulletin n’a pas pu être créé. Réessayez.',
    waysLabel: 'Façons d’envoyer votre bulletin',
    ready:
      'Votre bulletin est prêt. Envoyez-le d’une des façons ci-dessous ; un nouvel envoi remplace le précédent.',
    byQr: 'Montrez ce code à la caméra de l’animateur',
    qrLabel: 'Code QR de votre bulletin',
    qrTooLong:
      'Vos explications rendent le bulletin trop long pour un code QR : utilisez une autre façon.',
    byLink: 'L’envoyer par un lien',
    shareLink: 'Partager ou copier le lien du bulletin',
    outcome: {
      shared: 'Partagé.',
      copied: 'Lien copié : collez-le dans un message à l’animateur.',
      cancelled: 'Non partagé.',
      refused:
        'Ce navigateur n’a permis ni le partage ni la copie : utilisez le code ou le fichier.',
    },
    byFile: 'L’envoyer par un fichier',
    download: 'Télécharger le fichier du bulletin',
    byCode: 'Ou copiez ce code et collez-le là où l’animateur le demande',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyRefused:
      'Ce navigateur n’a pas permis la copie : sélectionnez le code et copiez-le à la main.',
    ballotTitle: 'Mon bulletin d’atelier',
  },
} satisfies typeof en
