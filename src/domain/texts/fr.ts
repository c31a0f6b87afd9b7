/**
 * French domain texts, written from the English ones (see en.ts for the sources and for the
 * placeholders each template takes). Terminology follows the Internet Society's French usage:
 * « propriétés essentielles », « facteurs favorables », and the four goals « ouvert, connecté à
 * l'échelle mondiale, sûr et digne de confiance ».
 */
import type { DomainTexts } from './types'

/** The French words of the domain: catalogue, labels, verdicts, checks and report texts. */
export const fr: DomainTexts = {
  locale: 'fr',
  catalogue: {
    existTitle: 'Ce dont Internet a besoin pour exister',
    propertiesGroup: 'Propriétés essentielles',
    existExplanation:
      'Les cinq propriétés essentielles de la manière dont Internet fonctionne en réseau sont ce qui fait d’Internet ce qu’il est : des dizaines de milliers de réseaux exploités de manière indépendante qui choisissent de suivre les mêmes principes et fonctionnent ainsi comme un tout. Une proposition qui porte atteinte à l’une d’elles s’en prend aux fondations mêmes d’Internet et pousse vers un « splinternet », un Internet fragmenté.',
    thriveTitle: 'Ce dont Internet a besoin pour prospérer',
    thriveExplanation:
      'Dix facteurs favorables orientent Internet vers quatre objectifs : un Internet ouvert, connecté à l’échelle mondiale, sûr et digne de confiance. Affaiblir un facteur favorable ne casse pas Internet d’un coup, mais le rend moins utile aux personnes et aux organisations qui en dépendent.',
    goals: {
      open: {
        name: 'Ouvert',
        explanation:
          'Les personnes et les organisations peuvent combiner des technologies et lancer de nouveaux réseaux et services sans demander d’autorisation à quiconque, et se connecter puis utiliser Internet est simple. C’est cette ouverture qui stimule l’innovation.',
      },
      'globally-connected': {
        name: 'Connecté à l’échelle mondiale',
        explanation:
          'Internet n’exclut personne : tout utilisateur peut en joindre n’importe quel autre, et chaque point d’extrémité est joignable, quels que soient le réseau ou le pays où il se trouve.',
      },
      secure: {
        name: 'Sûr',
        explanation:
          'Les données, les appareils et les services sont protégés contre les accès non autorisés et les altérations, et continuent de fonctionner en cas de panne ou d’attaque.',
      },
      trustworthy: {
        name: 'Digne de confiance',
        explanation:
          'Chacun peut compter sur Internet et sur ceux qui en exploitent ou en réglementent une partie : les règles sont transparentes, le pouvoir s’exerce de manière responsable et les informations personnelles sont respectées.',
      },
    },
    items: {
      'accessible-infrastructure-common-protocol': {
        name: 'Une infrastructure accessible dotée d’un protocole commun',
        short: 'Infrastructure accessible',
        explanation:
          'Chacun peut créer un réseau et le raccorder à Internet à faible coût d’entrée, et tous les réseaux raccordés utilisent le même protocole Internet (IP). Ce protocole partagé permet à des milliers de réseaux exploités séparément de se comporter comme un ensemble unique où tout est joignable. Lorsque la connexion exige une autorisation ou un paiement, ou que certains réseaux utilisent un autre protocole et nécessitent une traduction, les gens n’ont accès qu’à une partie d’Internet.',
        guidingQuestions: [
          'Deviendrait-il plus difficile, plus long ou plus coûteux pour une personne, une entreprise ou une communauté de raccorder un nouveau réseau ou un nouveau service à l’Internet mondial ?',
          'Ajoute-t-elle des redevances, des licences ou d’autres coûts artificiels au raccordement des réseaux ou à l’acheminement du trafic, comme des frais d’utilisation du réseau ?',
          'Confère-t-elle à un gouvernement de nouveaux pouvoirs pour décider où les données peuvent circuler ou être stockées ?',
          'Certains réseaux n’accéderaient-ils à Internet que par des passerelles ou des traducteurs, au lieu d’une connectivité IP native ?',
          'Encourage-t-elle ou freine-t-elle la croissance des réseaux, en nombre comme en taille ?',
        ],
        typicalThreats: [
          'Frais d’utilisation du réseau et régimes « l’expéditeur paie » (sender pays)',
          'Licences ou autorisations requises pour se raccorder',
          'Passerelles nationales obligatoires',
          'Obligations de localisation des données',
          'Réseaux fermés qui n’utilisent pas IP',
          'Monopoles d’État sur l’accès à Internet',
        ],
      },
      'open-architecture-building-blocks': {
        name: 'Une architecture ouverte de briques interopérables et réutilisables',
        short: 'Architecture ouverte',
        explanation:
          'Internet est construit en couches à partir de composants standard et réutilisables : des briques distinctes acheminent les paquets sur différents supports, transmettent les données de manière fiable, les sécurisent et nomment les ressources. Ces composants sont issus de travaux de normalisation ouverts et adoptés sur une base volontaire. Chacun peut en ajouter un nouveau sans repenser le reste, ce qui permet de lancer de nouveaux services sans demander d’autorisation.',
        guidingQuestions: [
          'Bloque-t-elle ou perturbe-t-elle certains protocoles ou services sur les réseaux, comme HTTPS, TLS ou les VPN ?',
          'Modifie-t-elle le fonctionnement d’une brique largement utilisée, par exemple en imposant une version nationale ou propriétaire d’une norme ouverte ?',
          'Impose-t-elle une technologie précise là où plusieurs technologies interopérables sont aujourd’hui en concurrence ?',
          'Les innovateurs devraient-ils obtenir une autorisation avant de déployer un nouveau protocole, une nouvelle application ou un nouveau service ?',
          'Contourne-t-elle ou supplante-t-elle l’élaboration de normes ouverte et fondée sur le consensus ?',
        ],
        typicalThreats: [
          'Normes nationales ou propriétaires imposées',
          'Blocage de protocoles ou de VPN',
          'Modifications imposées du chiffrement de bout en bout, comme l’analyse côté client',
          'Contrôle gouvernemental sur les certificats auxquels les navigateurs doivent faire confiance',
          'Interdiction du DNS chiffré',
        ],
      },
      'decentralized-management-distributed-routing': {
        name: 'Une gestion décentralisée et un système de routage distribué unique',
        short: 'Routage décentralisé',
        explanation:
          'Chaque réseau est géré par son propre opérateur, qui décide avec qui s’interconnecter et comment acheminer le trafic. Les réseaux s’annoncent mutuellement ce qu’ils peuvent atteindre, et de ces décisions locales émerge un système de routage unique, cohérent à l’échelle mondiale, sans aucun contrôleur central. Internet peut ainsi croître, s’adapter rapidement et contourner les pannes, sans point de contrôle ni point de défaillance unique.',
        guidingQuestions: [
          'Transfère-t-elle les décisions d’interconnexion, de peering ou de routage à un organisme public, à un régulateur ou à une entreprise unique ?',
          'Oblige-t-elle le trafic à passer par des points de passage désignés, comme une passerelle nationale, des points d’échange choisis ou des routes agréées ?',
          'Fixe-t-elle ou impose-t-elle les conditions commerciales de l’interconnexion des réseaux, comme des règlements financiers, des paiements obligatoires ou un règlement des différends obligatoire ?',
          'Crée-t-elle un point unique de défaillance ou de contrôle, comme un « bouton d’arrêt » (kill switch) ?',
          'Une règle adoptée dans une juridiction pourrait-elle fausser le routage de réseaux situés ailleurs ?',
        ],
        typicalThreats: [
          'Passerelles Internet nationales',
          'Règlements d’interconnexion imposés ou régimes « l’expéditeur paie »',
          'Mécanismes réglementaires de règlement des différends d’interconnexion',
          'Obligations de routage au nom d’un « Internet souverain »',
          'Rupture du peering ou déconnexion de pays entiers pour des motifs politiques',
        ],
      },
      'common-global-identifiers': {
        name: 'Des identifiants mondiaux communs',
        short: 'Identifiants mondiaux',
        explanation:
          'Les adresses IP, les noms de domaine et les numéros de systèmes autonomes sont issus d’un système coordonné unique : chacun est donc univoque et a la même signification partout. Tous les utilisateurs et tous les opérateurs voient ainsi le même réseau. Si l’espace d’adressage ou le DNS étaient scindés, les opérateurs auraient besoin de tables de correspondance et de passerelles simplement pour rester connectés, ce qui ajouterait des coûts et des frictions pour tous.',
        guidingQuestions: [
          'Un nom ou une adresse pourrait-il mener à des endroits différents selon le lieu où l’on se trouve ou le réseau utilisé ?',
          'Crée-t-elle un espace de noms ou une racine alternatifs ou nationaux, ou exige-t-elle une correspondance entre systèmes d’identifiants ?',
          'Demande-t-elle aux registres ou aux organismes de coordination d’attribuer, de refuser ou de révoquer des noms ou des blocs d’adresses pour des raisons politiques ?',
          'Restreint-elle l’utilisation ou le partage d’identifiants tels que les liens, ou y attache-t-elle un prix ?',
          'Repose-t-elle sur la falsification des réponses DNS pour bloquer des contenus ?',
        ],
        typicalThreats: [
          'Blocage par le DNS',
          'Racines DNS alternatives ou nationales',
          'Révocation de domaines de premier niveau nationaux ou d’attributions d’adresses IP pour des raisons politiques',
          'Paiements ou licences attachés aux liens',
        ],
      },
      'technology-neutral-general-purpose': {
        name: 'Un réseau polyvalent et neutre sur le plan technologique',
        short: 'Réseau neutre et polyvalent',
        explanation:
          'Internet n’a pas été conçu pour une application particulière. Il ne promet aucune qualité de service précise, ne favorise aucun type de contenu et achemine au mieux tout ce qu’on lui confie, au-dessus de n’importe quelle technologie sous-jacente et au service de n’importe quelle technologie qui s’appuie sur lui. C’est grâce à cette neutralité que ses principaux usages ont pu changer d’une décennie à l’autre et qu’il continue de reprendre des fonctions autrefois assurées par des réseaux dédiés.',
        guidingQuestions: [
          'Favorise-t-elle ou pénalise-t-elle certaines applications, certains types de contenus, certains expéditeurs ou certains volumes de trafic ?',
          'Oblige-t-elle les réseaux à inspecter le trafic ou à le traiter différemment selon ce qu’il transporte ?',
          'Fige-t-elle une technologie ou un modèle économique, ou optimise-t-elle le réseau pour un usage au détriment des autres ?',
          'Deviendrait-il plus difficile de lancer de nouveaux usages d’Internet, encore imprévus ?',
        ],
        typicalThreats: [
          'Redevances calculées sur le trafic de certains services',
          'Priorisation payante',
          'Bridage en fonction du contenu',
          'Obligations qui transforment les réseaux d’accès en gendarmes des contenus',
          'Obligations de qualité de service imposées aux fournisseurs de contenus',
        ],
      },
      'easy-unrestricted-access': {
        name: 'Accès facile et sans restriction',
        short: 'Accès facile et sans entrave',
        explanation:
          'Se connecter, mais aussi créer et raccorder de nouveaux réseaux et services, est simple et abordable. Les fournisseurs sont en concurrence, et aucun gardien ne décide qui peut se connecter.',
        guidingQuestions: [
          'Modifie-t-elle la facilité avec laquelle des personnes ou des organisations peuvent créer de nouveaux réseaux ou proposer de nouveaux services ?',
          'L’accès à Internet deviendra-t-il plus ou moins abordable et disponible pour les citoyens ordinaires ?',
          'Exige-t-elle une autorisation, un enregistrement ou une licence avant de se connecter ou de proposer un service ?',
          'Augmente-t-elle les coûts pour les nouveaux entrants ou protège-t-elle les acteurs en place et les monopoles ?',
        ],
        typicalThreats: [
          'Monopoles sur l’accès à Internet',
          'Régimes de licences',
          'Frais d’utilisation du réseau',
          'Passerelles obligatoires',
          'Obligation pour les services d’avoir une présence locale',
        ],
      },
      'unrestricted-use-deployment': {
        name: 'Utilisation et déploiement sans restriction des technologies Internet',
        short: 'Libre déploiement',
        explanation:
          'Les réseaux et les personnes sont libres de choisir, de combiner et de déployer les technologies, les équipements, les appareils et les protocoles de leur choix, y compris le chiffrement, les VPN, les caches et les réseaux de diffusion de contenus, sans autorisation préalable. Cette liberté permet aux opérateurs d’améliorer leurs réseaux et aux personnes de se protéger avec les outils auxquels elles font confiance.',
        guidingQuestions: [
          'Les réseaux et les particuliers peuvent-ils toujours combiner librement les équipements, les appareils et les technologies de leur choix ?',
          'Interdit-elle, restreint-elle ou affaiblit-elle une technologie comme le chiffrement ou les VPN ?',
          'Rend-elle obligatoire une technologie ou un produit particulier ?',
          'Décourage-t-elle l’installation d’infrastructures, comme des caches, au plus près des utilisateurs ?',
        ],
        typicalThreats: [
          'Restrictions du chiffrement',
          'Interdiction des VPN',
          'Régimes de certification ou d’homologation des technologies',
          'Redevances qui pénalisent la mise en cache locale',
        ],
      },
      'collaborative-development-governance': {
        name: 'Développement, gestion et gouvernance collaboratifs',
        short: 'Gouvernance collaborative',
        explanation:
          'Internet se développe grâce à des processus volontaires et ascendants, fondés sur le consensus et ouverts à toutes les parties prenantes : organismes de normalisation ouverts, registres d’adresses, points d’échange gérés par la communauté et communautés d’opérateurs. Ces processus font qu’Internet fonctionne au bénéfice du plus grand nombre plutôt que de quelques-uns.',
        guidingQuestions: [
          'Renforce-t-elle ou affaiblit-elle la manière volontaire et consensuelle dont Internet est développé et géré ?',
          'A-t-elle été élaborée de manière ouverte, avec une réelle participation des parties prenantes concernées ?',
          'Transfère-t-elle des décisions d’instances multipartites ou techniques vers une autorité unique ?',
          'Entraîne-t-elle les fonctions de coordination neutres des organisations techniques dans le jeu politique ?',
        ],
        typicalThreats: [
          'Réglementation descendante de fonctions techniques',
          'Utilisation des registres ou des organismes de coordination comme instruments de sanction',
          'Consultations fermées ou partiales',
        ],
      },
      'unrestricted-reachability': {
        name: 'Joignabilité sans restriction',
        short: 'Joignabilité sans entrave',
        explanation:
          'Où qu’elles se trouvent, les personnes peuvent accéder aux ressources que d’autres mettent à disposition sur Internet et rendre leurs propres ressources accessibles. Ce qui existe sur Internet ne devrait pas devenir inaccessible du seul fait de l’endroit où l’on se connecte.',
        guidingQuestions: [
          'Les gens pourront-ils toujours accéder aux sites et aux services qu’ils s’attendent normalement à trouver en ligne ?',
          'Bloque-t-elle, filtre-t-elle, ralentit-elle ou coupe-t-elle des contenus, des services ou des réseaux entiers ?',
          'Un service serait-il accessible depuis certains réseaux mais pas depuis d’autres ?',
          'Coupe-t-elle une population ou un réseau de l’Internet mondial ?',
        ],
        typicalThreats: [
          'Blocage par le DNS ou par adresse IP',
          'Coupures d’Internet',
          'Injonctions de blocage',
          'Passerelles nationales',
          'Rupture du peering',
          'Refus de servir des pays entiers',
        ],
      },
      'available-capacity': {
        name: 'Capacité disponible',
        short: 'Capacité disponible',
        explanation:
          'Il existe suffisamment de capacité abordable, en bande passante, en interconnexion, en échange local de trafic et en mise en cache, pour que les personnes et les organisations obtiennent la connectivité dont elles ont besoin. La capacité croît là où les réseaux peuvent échanger du trafic localement et placer les contenus près des utilisateurs.',
        guidingQuestions: [
          'Sera-t-il plus facile ou plus difficile pour les personnes et les organisations d’obtenir la bande passante et la connectivité dont elles ont besoin ?',
          'A-t-elle une incidence sur l’échange local de trafic, la mise en cache ou le coût du transit ?',
          'Modifie-t-elle les incitations à investir dans les infrastructures ?',
          'Le trafic devrait-il emprunter des chemins plus longs ou plus coûteux ?',
        ],
        typicalThreats: [
          'Goulets d’étranglement',
          'Redevances qui poussent les contenus vers des serveurs à l’étranger',
          'Obstacles aux points d’échange Internet et aux caches',
        ],
      },
      'data-confidentiality': {
        name: 'Confidentialité des données, des appareils et des applications',
        short: 'Confidentialité des données',
        explanation:
          'Seuls les destinataires prévus peuvent lire les données, qu’elles circulent sur le réseau ou qu’elles soient stockées. Un chiffrement robuste, y compris le chiffrement de bout en bout, est le principal moyen d’y parvenir.',
        guidingQuestions: [
          'Interdit-elle, affaiblit-elle ou contourne-t-elle le chiffrement, par exemple au moyen de portes dérobées, d’un dépôt de clés ou d’une analyse côté client ?',
          'Oblige-t-elle les fournisseurs à accéder au contenu des communications ou à le divulguer ?',
          'Crée-t-elle de nouveaux gisements de données sensibles susceptibles d’attirer les attaquants ?',
        ],
        typicalThreats: [
          'Obligations d’analyser les messages privés',
          'Portes dérobées pour l’accès légal',
          'Obligations d’identifier l’expéditeur initial d’un message',
          'Interdiction du chiffrement',
        ],
      },
      integrity: {
        name: 'Intégrité des informations, des applications et des services',
        short: 'Intégrité',
        explanation:
          'Les données, les logiciels et les services ne sont pas modifiés sans autorisation. Chacun peut aussi vérifier qu’il s’adresse bien à l’interlocuteur voulu, grâce aux certificats, aux mises à jour signées et à la sécurisation du DNS et du routage.',
        guidingQuestions: [
          'Des tiers pourraient-ils modifier le trafic, y injecter des données ou le détourner ?',
          'Oblige-t-elle des logiciels à faire confiance à des autorités qui n’ont pas passé de contrôles de sécurité indépendants, comme des autorités de certification imposées ?',
          'Affaiblit-elle l’authentification ou les mécanismes de distribution des mises à jour logicielles ?',
        ],
        typicalThreats: [
          'Certificats racines imposés',
          'Falsification des réponses DNS',
          'Équipements d’interception sur le réseau',
          'Modification imposée de contenus ou de logiciels',
        ],
      },
      'reliability-resilience-availability': {
        name: 'Fiabilité, résilience et disponibilité',
        short: 'Fiabilité et résilience',
        explanation:
          'Les réseaux et les services fonctionnent de manière constante et résistent aux pannes et aux attaques grâce à la redondance et à la diversité des chemins. Ils sont disponibles quand on en a besoin, y compris en situation d’urgence.',
        guidingQuestions: [
          'Introduit-elle des points de défaillance uniques ou réduit-elle la redondance et la diversité des chemins ?',
          'Interrompt-elle l’accès, par exemple par des coupures ou des déconnexions ?',
          'Centralise-t-elle une fonction critique, comme une source de temps ou une passerelle unique imposée ?',
          'Rend-elle les pannes plus probables ou plus dommageables ?',
        ],
        typicalThreats: [
          'Coupures d’Internet',
          'Passerelles nationales',
          'Dépendance obligatoire à des infrastructures publiques',
          'Déconnexions liées à des sanctions',
        ],
      },
      accountability: {
        name: 'Responsabilité',
        short: 'Responsabilité',
        explanation:
          'Ceux qui exploitent des parties d’Internet, et ceux qui le réglementent, agissent selon des règles claires et transparentes et doivent rendre des comptes. Les personnes touchées par leurs décisions peuvent savoir ce qui a été fait et disposer de voies de recours.',
        guidingQuestions: [
          'Les pouvoirs qu’elle crée sont-ils transparents, limités et soumis à un contrôle indépendant ou à un recours ?',
          'Les utilisateurs et les entreprises concernés peuvent-ils savoir ce qui a été fait, par exemple ce qui a été bloqué, et le contester ?',
          'Confère-t-elle aux autorités un pouvoir d’appréciation large ou arbitraire ?',
        ],
        typicalThreats: [
          'Infractions définies de manière floue, assorties de pouvoirs de blocage ou de coupure',
          'Listes de blocage secrètes',
          'Absence de contrôle juridictionnel',
        ],
      },
      privacy: {
        name: 'Respect de la vie privée',
        short: 'Vie privée',
        explanation:
          'Chacun décide des informations personnelles qu’il partage, avec qui et dans quel contexte. Personne n’est soumis à une collecte, à un pistage ou à une surveillance inutiles.',
        guidingQuestions: [
          'Exige-t-elle la collecte, la conservation ou la communication de données personnelles, de journaux de connexion ou d’informations d’identité ?',
          'Rend-elle possibles la surveillance, le profilage ou le pistage des individus ?',
          'Impose-t-elle des vérifications d’identité ou d’âge, ou rend-elle plus difficile l’anonymat ou l’usage d’un pseudonyme ?',
        ],
        typicalThreats: [
          'Obligations de conservation des données',
          'Exigences de vérification d’identité ou d’âge',
          'Obligations de traçabilité',
          'Obligations de signalement en masse',
        ],
      },
    },
  },
  impact: {
    'strongly-negative': 'Très négatif',
    negative: 'Négatif',
    'slightly-negative': 'Légèrement négatif',
    none: 'Aucun impact',
    'slightly-positive': 'Légèrement positif',
    positive: 'Positif',
    'strongly-positive': 'Très positif',
    mixed: 'Mixte : nuit et aide',
    unclear: 'Incertain',
    'not-discussed': 'Non traité',
    'not-assessed': 'Pas encore évalué',
  },
  notStated: 'Non précisé',
  confidence: {
    low: 'Faible',
    medium: 'Moyenne',
    high: 'Élevée',
  },
  proposalKind: {
    legislation: 'Législation',
    regulation: 'Décret ou règlement',
    'business-decision': 'Action d’une entreprise ou d’un secteur',
    'executive-order': 'Arrêté ou décision de l’exécutif',
    'court-decision': 'Décision de justice',
    'technical-standard': 'Norme technique',
    'international-agreement': 'Accord international',
    'technology-trend': 'Technologie ou tendance',
    other: 'Autre',
  },
  stage: {
    idea: 'Idée ou premières discussions',
    draft: 'Projet de texte',
    consultation: 'Consultation publique',
    parliament: 'Examen parlementaire',
    adopted: 'Adoptée',
    'in-force': 'En vigueur',
    postponed: 'Reporté',
    withdrawn: 'Retiré',
    'struck-down': 'Annulé par un tribunal',
  },
  tacticKind: {
    'consultation-response': 'Réponse à une consultation',
    letter: 'Lettre ou déclaration commune',
    meeting: 'Rencontre ou séance d’information',
    event: 'Événement ou webinaire',
    media: 'Médias : tribune, blog ou entretien',
    campaign: 'Campagne publique',
    testimony: 'Audition devant une commission',
    research: 'Étude ou analyse',
    other: 'Autre',
  },
  tacticStatus: {
    planned: 'Prévue',
    'in-progress': 'En cours',
    done: 'Réalisée',
    dropped: 'Abandonnée',
  },
  allyKind: {
    chapter: 'Chapitre de l’Internet Society',
    'civil-society': 'Société civile',
    technical: 'Communauté technique',
    industry: 'Secteur privé',
    academic: 'Monde universitaire',
    policymaker: 'Décideur public',
    media: 'Médias',
    other: 'Autre',
  },
  verdict: {
    label: {
      'seriously-undermines': 'Porte gravement atteinte à ce dont Internet a besoin pour exister',
      undermines: 'Porte atteinte à ce dont Internet a besoin pour exister',
      'seriously-harms': 'Nuit gravement à ce dont Internet a besoin pour prospérer',
      harms: 'Nuit à ce dont Internet a besoin pour prospérer',
      supports: 'Renforce Internet',
      'no-significant-impact': 'Pas d’impact significatif',
      'not-assessed': 'Pas encore évalué',
    },
    meaning: {
      'seriously-undermines':
        'Au moins une propriété essentielle, c’est-à-dire un élément dont Internet a besoin pour exister, subirait une atteinte nette ou grave. C’est une atteinte aux fondements d’Internet, qui le pousse vers la fragmentation.',
      undermines:
        'Au moins une propriété essentielle, c’est-à-dire un élément dont Internet a besoin pour exister, subirait une atteinte, même légère. Toute atteinte à une propriété essentielle est une atteinte aux fondements d’Internet.',
      'seriously-harms':
        'Aucune propriété essentielle n’est touchée, mais au moins un facteur favorable subirait une atteinte nette ou grave, ce qui rendrait Internet moins ouvert, moins connecté à l’échelle mondiale, moins sûr ou moins digne de confiance.',
      harms:
        'Aucune propriété essentielle n’est touchée, mais au moins un facteur favorable subirait une légère atteinte, ce qui rendrait Internet un peu moins ouvert, moins connecté à l’échelle mondiale, moins sûr ou moins digne de confiance.',
      supports:
        'Aucune atteinte n’a été relevée, et au moins une propriété ou un facteur favorable serait renforcé.',
      'no-significant-impact':
        'Toutes les lignes évaluées indiquent une absence d’impact sur ce dont Internet a besoin pour exister ou pour prospérer.',
      'not-assessed':
        'Aucune ligne de l’analyse n’a encore été évaluée : il n’y a donc rien à conclure.',
    },
  },
  steps: {
    name: {
      flag: 'Signaler',
      analyze: 'Analyser',
      strategize: 'Planifier',
      together: 'Ensemble',
    },
    purpose: {
      flag: 'Décrire la politique, la décision d’entreprise ou la technologie susceptible d’affecter Internet, et noter où vous en avez pris connaissance.',
      analyze:
        'Évaluer son effet sur chacune des cinq propriétés essentielles et chacun des dix facteurs favorables, et ce que cela signifierait pour les personnes.',
      strategize:
        'Fixer un objectif de plaidoyer SMART et planifier les publics cibles, les messages et les tactiques qui permettront de l’atteindre.',
      together:
        'Trouver des alliés, convenir de ce que l’on demande à chacun et planifier les prochaines étapes à mener ensemble.',
    },
    gap: {
      'flag-title': 'Donnez un titre à la proposition.',
      'flag-jurisdiction':
        'Indiquez où la proposition s’applique : un pays, une région ou « mondial ».',
      'flag-summary': 'Résumez la proposition en quelques phrases.',
      'flag-sources':
        'Ajoutez au moins une source, comme le texte officiel ou un article de presse.',
      'analyze-items':
        'Évaluez chaque propriété et chaque facteur favorable ; « Aucun impact » et « Incertain » comptent comme des réponses.',
      'strategize-goal':
        'Complétez l’objectif de plaidoyer jusqu’à ce que les cinq critères SMART soient remplis.',
      'strategize-audiences': 'Indiquez au moins un public cible que vous devez influencer.',
      'strategize-messages': 'Rédigez au moins un message clé.',
      'strategize-tactics': 'Prévoyez au moins une tactique.',
      'together-allies': 'Ajoutez au moins un allié avec qui travailler.',
      'together-next-steps':
        'Prévoyez au moins une prochaine étape : qui fait quoi, et pour quand.',
    },
  },
  smart: {
    criterion: {
      specific: 'Spécifique',
      measurable: 'Mesurable',
      achievable: 'Atteignable',
      relevant: 'Pertinent',
      'time-bound': 'Temporellement défini',
    },
    hint: {
      specific:
        'Quel changement précis voulez-vous obtenir, formulé de sorte que chacun comprenne ce que vous entendez ?',
      measurable:
        'Comment saurez-vous qu’il a eu lieu : un vote, un texte publié, une déclaration du régulateur ?',
      achievable:
        'Pourquoi est-il réaliste compte tenu des personnes, du temps et de l’influence dont vous disposez ?',
      relevant: 'À quels constats de votre analyse cet objectif répond-il ?',
      'time-bound':
        'Pour quand, et à quel moment de décision concret : la clôture d’une consultation, un vote en commission, une séance plénière ?',
    },
    problem: {
      'no-statement':
        'L’objectif n’a pas encore d’énoncé. Rédigez une phrase indiquant ce qui doit changer et pour quand.',
      'statement-too-short':
        'L’énoncé est trop court pour désigner un changement clair. Rédigez une phrase complète : ce qui doit changer, dans quel texte ou quelle décision, et pour quand.',
      'no-specific-change':
        'Le changement précis manque. Indiquez le changement que vous visez, par exemple la suppression d’une disposition d’un projet de texte.',
      'no-indicator':
        'Rien ne permet encore de mesurer le succès. Indiquez ce qui montrera que l’objectif est atteint, comme un vote ou un texte publié.',
      'no-achievable-reason':
        'Rien n’indique encore pourquoi l’objectif est atteignable. Expliquez pourquoi il est réaliste compte tenu de vos ressources et de votre influence.',
      'no-findings-linked':
        'L’objectif n’est lié à aucun constat. Choisissez les lignes de votre analyse auxquelles cet objectif répond.',
      'linked-finding-not-negative':
        'Aucun des constats liés n’est jugé préjudiciable. Liez au moins une ligne évaluée comme négative, ou revoyez l’analyse.',
      'no-deadline':
        'Il n’y a pas d’échéance. Indiquez la date à laquelle l’objectif doit être atteint.',
      'deadline-passed':
        'L’échéance est déjà passée. Choisissez une date future, ou clôturez cet objectif et fixez-en un nouveau.',
      'deadline-after-vote':
        'L’échéance tombe après le vote indiqué à l’étape Signaler, lorsqu’il sera trop tard pour agir. Avancez-la au jour du vote ou avant.',
      'no-decision-point':
        'L’échéance n’est rattachée à aucun moment de décision. Indiquez l’événement dont elle dépend, comme un vote en commission ou la clôture d’une consultation.',
    },
    met: 'Rempli',
  },
  drafting: {
    fromFinding:
      'Cette proposition porterait atteinte à un pilier d’Internet, « {item} » (impact {impact}). {how} Au bout du compte, ce sont les gens qui en paient le prix : {effect}',
    fromFindingNoEffect:
      'Cette proposition porterait atteinte à un pilier d’Internet, « {item} » (impact {impact}). {how} Tout ce qui affaiblit Internet affaiblit aussi les personnes, les entreprises et les communautés qui en dépendent.',
    brief: {
      abstract:
        'Cette note évalue « {title} » au regard de ce dont Internet a besoin pour exister et pour prospérer. {summary}',
      finding: '{item} ({impact}) : {how}',
      findingShort: '{item} ({impact}).',
      benefit: 'En revanche : {how}',
      goalNotHarmed:
        'La proposition ne nuit à aucun des facteurs favorables de cet objectif examinés dans cette note.',
      recommend: 'Nous recommandons aux décideurs d’agir en ce sens : {statement}',
      recommendDefault:
        'Les décideurs ne devraient pas adopter la proposition en l’état, et devraient chercher à atteindre ses objectifs en gardant Internet ouvert, connecté à l’échelle mondiale, sûr et digne de confiance.',
    },
  },
  timeline: {
    published: 'Publication de la proposition',
    consultationCloses: 'Clôture de la consultation',
    vote: 'Vote',
    inForce: 'Entrée en vigueur',
    goalDeadline: 'Échéance de l’objectif de plaidoyer',
    tacticDue: 'Échéance : {tactic}',
    nextStep: 'Prochaine étape pour {who} : {what}',
  },
  reportParts: {
    title: {
      brief: 'Note d’impact sur Internet : {title}',
      plan: 'Plan de plaidoyer : {title}',
      complete: 'Évaluation de l’impact sur Internet : {title}',
    },
    fileSuffix: { brief: 'Note d’impact sur Internet', plan: 'Plan de plaidoyer' },
    published: 'Publiée le {date}',
    version: 'Version {version}',
    authors: 'Auteurs',
    contributors: 'Contributeurs',
    person: '{name} ({affiliation})',
    licence: 'Licence : {licence}',
    contact: 'Contact : {contact}',
    howAffected: 'Nature de l’effet',
    howHarms: 'En quoi la proposition nuit',
    howHelps: 'En quoi la proposition aide',
    effectOnPeople: 'Ce que cela signifie pour les personnes',
    evidence: 'Éléments probants',
    confidence: 'Confiance : {level}',
    noImpact: 'Aucun impact relevé sur : {items}.',
    notDiscussed: 'Cette note n’aborde pas : {items}.',
    benefit: 'En quoi la proposition aide : {how}',
    appendixIntro:
      'L’analyse préliminaire complète : chaque propriété essentielle et chaque facteur favorable, avec son évaluation, la nature de l’effet et ce que cela signifie pour les personnes.',
  },
  report: {
    untitled: 'Évaluation sans titre',
    generatedOn: 'Généré le {date}',
    page: 'Page {page} sur {pages}',
    sections: {
      summary: 'Résumé analytique',
      proposal: 'La proposition et son contexte',
      method: 'Méthodologie',
      properties: 'Propriétés essentielles : ce dont Internet a besoin pour exister',
      enablers: 'Facteurs favorables : ce dont Internet a besoin pour prospérer',
      strategy: 'Stratégie de plaidoyer',
      together: 'Agir ensemble',
      sources: 'Références',
      conclusions: 'Conclusions et recommandations',
      appendix: 'Annexe : analyse préliminaire',
    },
    methodText:
      'Cette évaluation suit la boîte à outils d’évaluation de l’impact sur Internet (Internet Impact Assessment Toolkit) de l’Internet Society, qui mesure une proposition à l’aune de deux références. Les cinq propriétés essentielles de la manière dont Internet fonctionne en réseau (Internet Way of Networking) décrivent ce dont Internet a besoin pour exister : une infrastructure accessible dotée d’un protocole commun, une architecture ouverte de briques interopérables, une gestion décentralisée reposant sur un système de routage distribué unique, des identifiants mondiaux communs, et un réseau polyvalent et neutre sur le plan technologique. Dix facteurs favorables, regroupés autour des objectifs d’un Internet ouvert, connecté à l’échelle mondiale, sûr et digne de confiance, décrivent ce dont il a besoin pour prospérer. Chacune de ces quinze lignes est évaluée sur une échelle à sept niveaux, de très négatif (−3) à très positif (+3) en passant par aucun impact (0), ou marquée comme incertaine lorsque l’effet dépend du contexte ou de la mise en œuvre ; chaque évaluation explique comment Internet est affecté et ce que cela signifie pour les personnes. Une ligne peut aussi être mitigée, nuisible d’un côté et utile de l’autre, chaque côté étant expliqué ; elle compte comme une atteinte. Les lignes que l’évaluation n’aborde pas sont énumérées une fois et ne sont pas comptées. Les propriétés essentielles ne font pas l’objet d’une moyenne : toute atteinte à l’une d’elles, même légère, porte atteinte aux fondements d’Internet, et la conclusion en précise la gravité. Une atteinte à un facteur favorable nuit à l’objectif qu’il sert. En l’absence de toute atteinte, des évaluations positives signifient que la proposition renforce Internet. Tant qu’une ligne reste incertaine ou n’a pas encore été évaluée, la conclusion est provisoire.',
    labels: {
      kind: 'Type',
      jurisdiction: 'Champ d’application',
      proposer: 'Proposée par',
      stage: 'État d’avancement',
      published: 'Publication',
      consultationCloses: 'Clôture de la consultation',
      vote: 'Vote',
      inForce: 'En vigueur depuis',
      authors: 'Auteurs',
      stakeholders: 'Parties prenantes concernées',
      item: 'Propriété ou facteur favorable',
      impact: 'Impact',
      howAffected: 'Nature de l’effet',
      effectOnPeople: 'Effet sur les personnes',
      evidence: 'Éléments probants',
      confidence: 'Confiance',
      goal: 'Objectif',
      deadline: 'Échéance',
      audiences: 'Publics cibles',
      audience: 'Public cible',
      why: 'Pourquoi ce public compte',
      ask: 'Ce que nous demandons',
      messages: 'Messages clés',
      tactics: 'Tactiques',
      owner: 'Responsable',
      due: 'Échéance',
      status: 'Statut',
      timeline: 'Calendrier',
      date: 'Date',
      event: 'Événement',
      allies: 'Alliés',
      role: 'Rôle',
      contact: 'Contact',
      coalition: 'Coalition',
      asks: 'Demandes',
      to: 'Destinataire',
      nextSteps: 'Prochaines étapes',
      who: 'Qui',
      what: 'Quoi',
      when: 'Quand',
      join: 'S’engager',
      chapter: 'Chapitre',
      notes: 'Notes',
      accessed: 'Consultée le',
      url: 'Adresse web',
      group: 'Groupe',
      worst: 'Pire note',
    },
    none: 'Néant',
    yes: 'Oui',
    dependsOnImplementation: 'Dépend de la mise en œuvre',
    card: {
      messages: 'Messages clés',
      chart: 'Impact sur ce dont Internet a besoin',
      madeWith: 'Créé avec l’application Internet Impact Assessment Toolkit',
      link: 'Lien',
    },
    compare: {
      title: 'Comparaison : {first} et {second}',
      intro:
        'Ce document met deux évaluations côte à côte, ligne par ligne : comment chacune juge les cinq propriétés essentielles de l’Internet et les facteurs favorables d’un Internet ouvert et sûr, et pourquoi. Un changement se lit de {first} vers {second} : « mieux » signifie moins de tort ou plus d’aide, compté en crans de l’échelle, de très négatif à très positif.',
      first: 'Première évaluation',
      second: 'Seconde évaluation',
      sections: {
        summary: 'Les deux évaluations',
        properties: 'Propriétés essentielles, ligne par ligne',
        enablers: 'Facteurs favorables, ligne par ligne',
      },
      captions: {
        properties: 'Les propriétés essentielles dans les deux évaluations',
        enablers: 'Les facteurs favorables dans les deux évaluations',
      },
      side: '{side} : {title}',
      summary:
        'Lignes jugées différemment : {moved} sur {total} (moins bien : {worse} ; mieux : {better} ; autrement changées : {other}).',
      noChange: 'Les deux évaluations jugent chaque ligne de la même façon.',
      noneRated:
        'Aucune des deux évaluations n’a encore jugé de ligne : il n’y a pas de changement à lire.',
      columns: { row: 'Ligne', change: 'Changement' },
      change: {
        same: 'inchangé',
        better: 'mieux de {steps}',
        worse: 'moins bien de {steps}',
        changed: 'changé',
      },
      rowSame: '{row} : {rating} dans les deux',
      rowMoved: '{row} : de {from} à {to}',
      reasons: '{side} : {text}',
      noReasons: 'aucune raison donnée.',
      alike: 'Jugé et expliqué de la même façon dans les deux : {items}.',
      neither: 'Pas encore évalué dans l’une ni l’autre : {items}.',
      fileSuffix: 'Comparaison',
    },
    workshop: {
      heading: 'Annexe de l’atelier',
      held: 'Participants : {participants}. Tours de vote : {rounds}. Résultat adopté le {date}.',
      rule: 'Une ligne faisait consensus quand la dispersion de ses notes (écart interquartile, en crans de l’échelle) était de {iqr} au plus et qu’au moins {agreement} % tombaient du même côté de l’échelle ; elle était partagée quand au moins {tail} % la jugeaient nuisible et {tail} % favorable.',
      alpha: 'Accord de la salle (alpha de Krippendorff, ordinal) : {alpha}, {reading}.',
      alphaReading: {
        reliable: 'suffisant pour s’y fier',
        tentative: 'suffisant pour des conclusions provisoires seulement',
        'not-reliable': 'trop faible pour s’y fier : la salle n’était pas d’accord',
      },
      noAlpha:
        'L’accord de la salle n’a pas été calculé : trop peu de personnes ou de lignes évaluées.',
      caption: 'Les lignes, telles que le groupe les a évaluées',
      columns: {
        row: 'Ligne',
        median: 'Médiane',
        iqr: 'Dispersion (crans)',
        agreement: 'Accord',
        distribution: 'Notes',
        settled: 'Tranché',
      },
      between: 'entre {low} et {high}',
      status: {
        unrated: 'non évaluée',
        split: 'partagée',
        consensus: 'consensus',
        leaning: 'tendance',
        none: 'pas de consensus',
      },
      decision: {
        consensus: 'par consensus',
        chosen: 'choisi après discussion',
        kept: 'inchangé',
      },
      dissentHeading: 'Raisons divergentes (notes à 2 crans ou plus de la médiane)',
      dissent: '{row}, noté {rating} : {reason}',
      dissentNamed: '{row}, noté {rating} par {name} : {reason}',
      adoptedTitle: '{title} (résultat d’atelier)',
      evidence: 'Atelier, tour {round}, un participant qui l’a noté {rating} : {reason}',
      evidenceNamed: 'Atelier, tour {round}, {name} (noté {rating}) : {reason}',
    },
  },
  findings: {
    headline: {
      propertiesHarmed: 'porte atteinte à {count} des 5 propriétés essentielles ({items})',
      allPropertiesHarmed: 'porte atteinte aux 5 propriétés essentielles',
      propertiesHelped: 'renforce {count} des 5 propriétés essentielles ({items})',
      allPropertiesHelped: 'renforce les 5 propriétés essentielles',
      propertiesUnaffected: 'aucune propriété essentielle n’est touchée',
      propertiesUnaffectedDiscussed: 'aucune des propriétés essentielles examinées n’est touchée',
      propertiesNotDiscussed: 'les propriétés essentielles ne sont pas examinées',
      propertiesOpen: 'les propriétés essentielles ne sont pas encore évaluées',
      goalsHarmed: {
        1: 'nuit à un objectif : {items}',
        2: 'nuit à deux objectifs : {items}',
        3: 'nuit à trois objectifs : {items}',
        4: 'nuit aux quatre objectifs : {items}',
      },
      goalsHelped: {
        1: 'favorise un objectif : {items}',
        2: 'favorise deux objectifs : {items}',
        3: 'favorise trois objectifs : {items}',
        4: 'favorise les quatre objectifs : {items}',
      },
      goalsUnaffected: 'aucun objectif n’est touché',
      goalsUnaffectedDiscussed: 'aucun des objectifs examinés n’est touché',
      goalsNotDiscussed: 'les facteurs favorables ne sont pas examinés',
      goalsOpen: 'les facteurs favorables ne sont pas encore évalués',
      and: '{first} et {second}',
      then: '{first} ; {second}',
      nothingRated: 'Aucune ligne de l’analyse n’est encore évaluée',
    },
    provisional: {
      one: 'Provisoire : {count} ligne porte encore la mention « {unclear} » ou « {notAssessed} » dans les tableaux des propriétés essentielles et des facteurs favorables ; cette conclusion peut donc évoluer.',
      other:
        'Provisoire : {count} lignes portent encore la mention « {unclear} » ou « {notAssessed} » dans les tableaux des propriétés essentielles et des facteurs favorables ; cette conclusion peut donc évoluer.',
    },
    propertiesHarmed: 'Propriétés essentielles atteintes : {items}.',
    goalHarmed: 'L’objectif « {goal} » est touché à travers {items}.',
    helped: 'Renforcés : {items}.',
    rated: '{item} ({rating})',
    mixed: 'mitigé ; atteinte : {harm} ; bénéfice : {benefit}',
    chart: {
      title: 'Impact par groupe',
      caption:
        'Pour les propriétés essentielles et pour chaque objectif : la note la plus défavorable en barre vers la gauche et le bénéfice le plus fort en barre vers la droite, sur une échelle allant de −3 (très négatif) à +3 (très positif) en passant par 0 (aucun impact). Une ligne mitigée est dessinée avec son atteinte et son bénéfice. Le tableau donne le nombre de lignes dans chaque état.',
      tableCaption: 'Lignes de chaque groupe, par état',
      worst: 'Note la plus défavorable',
      best: 'Bénéfice le plus fort',
      notRated: 'Non évalué',
      harmed: 'Atteintes',
      none: 'Aucun impact',
      helped: 'Renforcées',
      notDiscussed: 'Non abordées',
      open: 'En suspens',
      harmedWithMixed: {
        one: '{count} (dont {mixed} mitigée)',
        other: '{count} (dont {mixed} mitigées)',
      },
    },
  },
  issues: {
    'not-json':
      'Le fichier n’est pas un JSON valide : il ne peut pas être lu comme une évaluation. Vérifiez que vous avez choisi un fichier d’évaluation et qu’il est complet.',
    'too-large':
      'Le fichier dépasse la limite de {max}, bien au-delà de ce dont une évaluation a besoin. Vérifiez que vous avez choisi le bon fichier.',
    'too-deep':
      'Les données comportent plus de {max} niveaux d’imbrication : il ne peut pas s’agir d’une évaluation. Vérifiez que vous avez choisi le bon fichier.',
    'not-an-object':
      'Les données ne constituent pas une évaluation : elles devraient former un seul objet JSON.',
    'wrong-format':
      'Ce n’est pas un fichier d’évaluation de l’impact sur Internet : son indicateur de format est absent ou différent.',
    'unknown-version':
      'La version du schéma du fichier est absente ou inconnue : il ne peut pas être lu en toute sécurité.',
    'newer-version':
      'Le fichier utilise la version {found} du schéma, mais cette application lit les versions jusqu’à la {supported}. Ouvrez-le dans une version plus récente de l’application.',
    required: '{field} : une valeur obligatoire est manquante.',
    'wrong-type':
      '{field} : la valeur n’est pas du bon type, par exemple du texte à la place d’une liste.',
    'too-long': '{field} : le texte dépasse la limite de {max} caractères. Raccourcissez-le.',
    'too-many':
      '{field} : la liste dépasse la limite de {max} entrées. Supprimez-en quelques-unes.',
    'invalid-choice': '{field} : la valeur ne fait pas partie des choix autorisés ({choices}).',
    'invalid-date':
      '{field} : cette date n’est pas valide. Utilisez le format AAAA-MM-JJ, ou laissez le champ vide.',
    'invalid-timestamp': '{field} : cette date et cette heure ne sont pas valides.',
    'invalid-id':
      '{field} : cet identifiant n’est pas valide (de 1 à 64 lettres, chiffres, traits d’union ou tirets bas).',
    'duplicate-id':
      '{field} : « {id} » est aussi l’identifiant de l’élément {first} de la même liste, et d’autres parties du document y renvoient : on ne sait donc pas de quelle entrée il s’agit. Donnez à chaque entrée son propre identifiant.',
    invalid: '{field} : la valeur n’est pas valide.',
    'pdf-no-attachment':
      'Ce PDF ne contient pas de fichier d’évaluation. Seuls les rapports PDF créés par cette application en contiennent un, et certains outils le retirent en enregistrant ou en imprimant à nouveau le PDF. Ouvrez plutôt le fichier .iia.json de l’évaluation.',
    'pdf-not-ours':
      'Ce PDF contient des fichiers joints, mais aucun n’est une évaluation créée avec cette application.',
    'pdf-damaged':
      'Le fichier d’évaluation contenu dans ce PDF est endommagé et ne peut pas être lu. Ouvrez plutôt le fichier .iia.json de l’évaluation.',
    'pdf-changed':
      'Le fichier d’évaluation contenu dans ce PDF a été modifié après la création du PDF : il pourrait ne plus correspondre au rapport. Ouvrez plutôt le fichier .iia.json de l’évaluation.',
  },
  issuePath: {
    document: 'document',
    listItem: 'élément {number}',
  },
  fieldNames: {
    format: 'format de fichier',
    schemaVersion: 'version du schéma',
    id: 'identifiant',
    createdAt: 'date de création',
    updatedAt: 'dernière modification',
    locale: 'langue',
    authors: 'auteurs',
    templateId: 'modèle',
    flag: 'Signaler',
    title: 'titre',
    kind: 'type',
    jurisdiction: 'champ d’application',
    proposer: 'proposée par',
    stage: 'état d’avancement',
    dates: 'dates clés',
    published: 'publication',
    consultationCloses: 'clôture de la consultation',
    vote: 'vote',
    summary: 'résumé',
    sources: 'sources',
    url: 'adresse web',
    accessed: 'consultée le',
    stakeholders: 'parties prenantes concernées',
    name: 'nom',
    note: 'note',
    analysis: 'Analyse',
    impact: 'impact',
    dependsOnImplementation: 'dépend de la mise en œuvre',
    howAffected: 'nature de l’effet',
    effectOnPeople: 'effet sur les personnes',
    evidence: 'éléments probants',
    sourceId: 'source',
    confidence: 'confiance',
    strategy: 'Stratégie',
    goal: 'objectif',
    statement: 'énoncé de l’objectif',
    specific: 'changement précis',
    measurable: 'mesure du succès',
    achievable: 'pourquoi il est atteignable',
    relevantItemIds: 'constats auxquels il répond',
    deadline: 'échéance',
    deadlineEvent: 'moment de décision',
    audiences: 'publics cibles',
    why: 'pourquoi ce public compte',
    ask: 'ce que nous demandons',
    messages: 'messages clés',
    text: 'texte',
    itemIds: 'constats',
    audienceIds: 'publics cibles',
    tactics: 'tactiques',
    description: 'description',
    owner: 'responsable',
    due: 'échéance',
    status: 'statut',
    milestones: 'jalons',
    date: 'date',
    label: 'libellé',
    together: 'Ensemble',
    allies: 'alliés',
    role: 'rôle',
    contact: 'contact',
    coalition: 'coalition',
    asks: 'demandes',
    to: 'destinataire',
    nextSteps: 'prochaines étapes',
    who: 'qui',
    what: 'quoi',
    when: 'quand',
    done: 'fait',
    join: 's’engager',
    chapter: 'chapitre',
    chapterUrl: 'adresse web du chapitre',
    notes: 'notes',
    inForce: 'en vigueur depuis',
    mixed: 'impact mixte',
    harm: 'effet négatif',
    benefit: 'effet positif',
    benefitHow: 'ce qui aide',
    publication: 'publication',
    affiliation: 'affiliation',
    contributors: 'contributeurs',
    version: 'version',
    licence: 'licence',
    brief: 'note',
    abstract: 'résumé',
    executiveSummary: 'synthèse',
    goalConclusions: 'conclusion par objectif',
    open: 'Ouvert',
    'globally-connected': 'Connecté à l’échelle mondiale',
    secure: 'Sûr',
    trustworthy: 'Digne de confiance',
    conclusions: 'conclusions et recommandations',
    report: 'rapport',
    profile: 'document à imprimer',
    hiddenSections: 'sections masquées',
    kept: 'champs conservés du fichier',
    workshop: 'données de l’atelier',
    heldOn: 'date de l’atelier',
    participants: 'participants',
    rounds: 'tours',
    alphaThousandths: 'accord de la salle',
    namesShown: 'noms affichés',
    rule: 'règle de consensus',
    maxIqr: 'dispersion maximale',
    minAgreementPercent: 'accord minimal',
    minTailPercent: 'seuil de partage',
    rows: 'lignes',
    item: 'ligne',
    round: 'tour',
    n: 'nombre de notes',
    medianTimesTwo: 'médiane',
    iqr: 'dispersion',
    agreementPercent: 'accord',
    distribution: 'notes par cran',
    unclear: 'réponses incertaines',
    decision: 'façon de trancher',
    dissent: 'raisons divergentes',
    rating: 'note',
    reason: 'raison',
    path: 'emplacement',
    key: 'clé',
    value: 'valeur',
    shareLog: 'journal des partages',
    with: 'partagé avec',
    'accessible-infrastructure-common-protocol': 'Infrastructure accessible',
    'open-architecture-building-blocks': 'Architecture ouverte',
    'decentralized-management-distributed-routing': 'Routage décentralisé',
    'common-global-identifiers': 'Identifiants mondiaux',
    'technology-neutral-general-purpose': 'Réseau neutre et polyvalent',
    'easy-unrestricted-access': 'Accès facile et sans entrave',
    'unrestricted-use-deployment': 'Libre déploiement',
    'collaborative-development-governance': 'Gouvernance collaborative',
    'unrestricted-reachability': 'Joignabilité sans entrave',
    'available-capacity': 'Capacité disponible',
    'data-confidentiality': 'Confidentialité des données',
    integrity: 'Intégrité',
    'reliability-resilience-availability': 'Fiabilité et résilience',
    accountability: 'Responsabilité',
    privacy: 'Vie privée',
  },
}
