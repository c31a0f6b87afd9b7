/**
 * Spanish domain texts, following the Internet Society's own Spanish usage where it exists
 * («propiedades críticas», «habilitadores», «la forma de interconexión de Internet»). Same
 * placeholders as the English texts (see en.ts).
 */
import type { DomainTexts } from './types'

/** The Spanish words of the domain: catalogue, labels, verdicts, checks and report texts. */
export const es: DomainTexts = {
  locale: 'es',
  catalogue: {
    existTitle: 'Lo que Internet necesita para existir',
    propertiesGroup: 'Propiedades críticas',
    existExplanation:
      'Las cinco propiedades críticas de la forma de interconexión de Internet son lo que hace que Internet sea Internet: decenas de miles de redes gestionadas de manera independiente que deciden seguir los mismos principios y, por eso, funcionan como una sola. Una propuesta que socava alguna de ellas ataca los propios cimientos y empuja hacia una «splinternet», una Internet fragmentada.',
    thriveTitle: 'Lo que Internet necesita para prosperar',
    thriveExplanation:
      'Diez habilitadores acercan Internet a cuatro objetivos: que sea abierta, conectada globalmente, segura y confiable. Debilitar un habilitador no rompe Internet de inmediato, pero la vuelve menos útil para las personas y las organizaciones que dependen de ella.',
    goals: {
      open: {
        name: 'Abierta',
        explanation:
          'Las personas y las organizaciones pueden combinar tecnologías y poner en marcha nuevas redes y servicios sin pedir permiso a nadie, y conectarse y usar Internet es sencillo. Esta apertura es lo que impulsa la innovación.',
      },
      'globally-connected': {
        name: 'Conectada globalmente',
        explanation:
          'Internet incluye a todo el mundo: cualquier usuario puede comunicarse con cualquier otro, y todos los puntos finales son alcanzables, sea cual sea la red o el país en que se encuentren.',
      },
      secure: {
        name: 'Segura',
        explanation:
          'Los datos, los dispositivos y los servicios están protegidos frente al acceso no autorizado y la manipulación, y siguen funcionando cuando algo falla o sufre un ataque.',
      },
      trustworthy: {
        name: 'Confiable',
        explanation:
          'Las personas pueden confiar en Internet y en quienes gestionan y regulan partes de ella: las reglas son transparentes, el poder rinde cuentas y se respeta la información personal.',
      },
    },
    items: {
      'accessible-infrastructure-common-protocol': {
        name: 'Una infraestructura accesible con un protocolo común',
        short: 'Infraestructura accesible',
        explanation:
          'Cualquiera puede construir una red y conectarla a Internet con una barrera de entrada baja, y todas las redes conectadas usan el mismo Protocolo de Internet. Ese protocolo común permite que miles de redes gestionadas por separado se comporten como un único conjunto alcanzable. Cuando conectarse exige un permiso o un pago, o cuando algunas redes hablan otro protocolo y necesitan traducción, las personas reciben menos que la Internet completa.',
        guidingQuestions: [
          '¿Le resultaría más difícil, más lento o más caro a una persona, empresa o comunidad conectar una nueva red o un nuevo servicio a la Internet global?',
          '¿Añade tasas, licencias u otros costos artificiales a la interconexión de redes o al transporte de tráfico, como las tasas por uso de la red?',
          '¿Otorga a un gobierno nuevas facultades para decidir por dónde pueden circular los datos o dónde deben almacenarse?',
          '¿Algunas redes solo llegarían a Internet a través de pasarelas o traductores en lugar de tener conectividad IP nativa?',
          '¿Favorece o frena el crecimiento de las redes, en número y en tamaño?',
        ],
        typicalThreats: [
          'Tasas por uso de la red y esquemas de «el que envía paga»',
          'Licencias o permisos obligatorios para conectarse',
          'Pasarelas nacionales obligatorias',
          'Obligaciones de localización de datos',
          'Redes cerradas que no usan IP',
          'Monopolios estatales del acceso a Internet',
        ],
      },
      'open-architecture-building-blocks': {
        name: 'Una arquitectura abierta de componentes básicos interoperables y reutilizables',
        short: 'Arquitectura abierta',
        explanation:
          'Internet está construida por capas, a partir de componentes estándar y reutilizables: piezas distintas transportan paquetes por medios diferentes, entregan los datos de forma fiable, los protegen y dan nombre a las cosas. Estos componentes surgen del trabajo de estandarización abierta y se adoptan de forma voluntaria. Cualquiera puede añadir uno nuevo sin rediseñar el resto, y por eso es posible lanzar nuevos servicios sin pedir permiso.',
        guidingQuestions: [
          '¿Bloquea o interfiere con determinados protocolos o servicios en las redes, como HTTPS, TLS o las VPN?',
          '¿Cambia el funcionamiento de un componente de uso generalizado, por ejemplo al exigir una versión nacional o propietaria de un estándar abierto?',
          '¿Impone una tecnología concreta donde hoy compiten varias interoperables?',
          '¿Necesitarían los innovadores una autorización antes de desplegar un nuevo protocolo, aplicación o servicio?',
          '¿Elude o invalida el desarrollo de estándares abierto y basado en el consenso?',
        ],
        typicalThreats: [
          'Estándares nacionales o propietarios obligatorios',
          'Bloqueo de protocolos o de VPN',
          'Cambios obligatorios en el cifrado de extremo a extremo, como el escaneo en el lado del cliente',
          'Control gubernamental sobre los certificados en los que deben confiar los navegadores',
          'Prohibición del DNS cifrado',
        ],
      },
      'decentralized-management-distributed-routing': {
        name: 'Gestión descentralizada y un único sistema de enrutamiento distribuido',
        short: 'Enrutamiento descentralizado',
        explanation:
          'Cada red la gestiona su propio operador, que decide con quién conectarse y cómo encaminar el tráfico. Las redes se anuncian entre sí qué destinos pueden alcanzar y, a partir de estas decisiones locales, surge un sistema de enrutamiento coherente a escala mundial sin ningún controlador central. Esto permite que Internet crezca, se adapte con rapidez y sortee las fallas, sin un punto único de control ni de falla.',
        guidingQuestions: [
          '¿Traslada las decisiones sobre interconexión, peering o enrutamiento a un organismo público, a un regulador o a una sola empresa?',
          '¿Obliga a que el tráfico pase por puntos de estrangulamiento designados, como una pasarela nacional, determinados puntos de intercambio o rutas autorizadas?',
          '¿Fija o impone las condiciones comerciales de interconexión entre redes, como liquidaciones, pagos obligatorios o mecanismos obligatorios de resolución de disputas?',
          '¿Crea un punto único de falla o de control, como un «interruptor de apagado»?',
          '¿Podría una norma de una jurisdicción distorsionar el enrutamiento de redes situadas en otros lugares?',
        ],
        typicalThreats: [
          'Pasarelas nacionales de Internet',
          'Liquidaciones de interconexión obligatorias o regímenes de «el que envía paga»',
          'Mecanismos regulatorios de resolución de disputas de interconexión',
          'Obligaciones de enrutamiento en nombre de una «Internet soberana»',
          'Desconexión de peering o de países enteros por motivos políticos',
        ],
      },
      'common-global-identifiers': {
        name: 'Identificadores globales comunes',
        short: 'Identificadores globales',
        explanation:
          'Las direcciones IP, los nombres de dominio y los números de sistema autónomo provienen de un único sistema coordinado, de modo que cada uno es inequívoco y significa lo mismo en todas partes. Así, todos los usuarios y operadores ven la misma red. Si el espacio de direcciones o el DNS se dividieran, los operadores necesitarían tablas de traducción y pasarelas solo para seguir conectados, lo que añadiría costos y fricción para todos.',
        guidingQuestions: [
          '¿Podría un nombre o una dirección llevar a lugares distintos según dónde se encuentre la persona o qué red utilice?',
          '¿Crea un espacio de nombres o una raíz alternativos o nacionales, o exige establecer correspondencias entre sistemas de identificadores?',
          '¿Pide a los registros o coordinadores que asignen, retengan o revoquen nombres o bloques de direcciones por motivos políticos?',
          '¿Restringe el uso o el intercambio de identificadores, como los enlaces, o les pone un precio?',
          '¿Se basa en alterar las respuestas del DNS para bloquear contenidos?',
        ],
        typicalThreats: [
          'Bloqueo basado en el DNS',
          'Raíces del DNS alternativas o nacionales',
          'Revocación de dominios de código de país o de asignaciones de direcciones IP por motivos políticos',
          'Pagos o licencias vinculados a los enlaces',
        ],
      },
      'technology-neutral-general-purpose': {
        name: 'Una red de uso general y tecnológicamente neutra',
        short: 'Red de uso general',
        explanation:
          'Internet no se construyó para ninguna aplicación en particular. No promete una calidad determinada, no favorece ningún tipo de contenido y transporta lo que se le entrega lo mejor que puede, sobre cualquier tecnología subyacente y para cualquier tecnología que funcione por encima. Esta neutralidad explica por qué sus usos principales han podido cambiar de una década a otra y por qué sigue asumiendo funciones que antes cumplían redes especializadas.',
        guidingQuestions: [
          '¿Favorece o penaliza determinadas aplicaciones, tipos de contenido, remitentes o volúmenes de tráfico?',
          '¿Obliga a las redes a inspeccionar el tráfico o a tratarlo de forma distinta según lo que transporte?',
          '¿Consolida una tecnología o un modelo de negocio, u optimiza la red para un uso en detrimento de otros?',
          '¿Sería más difícil lanzar usos nuevos e imprevistos de Internet?',
        ],
        typicalThreats: [
          'Cargos basados en el tráfico de determinados servicios',
          'Priorización pagada',
          'Ralentización del tráfico en función del contenido',
          'Obligaciones que convierten las redes de acceso en vigilantes del contenido',
          'Obligaciones de calidad de servicio impuestas a los proveedores de contenidos',
        ],
      },
      'easy-unrestricted-access': {
        name: 'Acceso fácil y sin restricciones',
        short: 'Acceso fácil y libre',
        explanation:
          'Conectarse a Internet, así como construir y conectar nuevas redes y servicios, es sencillo y asequible. Los proveedores compiten y ningún guardián decide quién puede conectarse.',
        guidingQuestions: [
          '¿Cambia la facilidad con que las personas o las organizaciones pueden crear nuevas redes u ofrecer nuevos servicios?',
          '¿Será el acceso a Internet más o menos asequible y disponible para la gente común?',
          '¿Exige un permiso, un registro o una licencia antes de conectarse o de ofrecer un servicio?',
          '¿Aumenta los costos para los recién llegados o protege a los operadores establecidos y a los monopolios?',
        ],
        typicalThreats: [
          'Monopolios del acceso a Internet',
          'Regímenes de licencias',
          'Tasas por uso de la red',
          'Pasarelas obligatorias',
          'Exigencia de presencia local para los servicios',
        ],
      },
      'unrestricted-use-deployment': {
        name: 'Uso y despliegue sin restricciones de las tecnologías de Internet',
        short: 'Uso y despliegue libres',
        explanation:
          'Las redes y las personas pueden elegir, combinar y desplegar libremente las tecnologías, los equipos, los dispositivos y los protocolos que prefieran, incluidos el cifrado, las VPN, las cachés y los sistemas de distribución de contenidos, sin pedir autorización previa. Esa libertad permite a los operadores mejorar sus redes y a las personas protegerse con las herramientas en las que confían.',
        guidingQuestions: [
          '¿Pueden las redes y las personas seguir combinando libremente los equipos, dispositivos y tecnologías que prefieran?',
          '¿Prohíbe, restringe o debilita alguna tecnología, como el cifrado o las VPN?',
          '¿Hace obligatoria una tecnología o un producto concretos?',
          '¿Desalienta la instalación de infraestructura, como las cachés, cerca de los usuarios?',
        ],
        typicalThreats: [
          'Restricciones al cifrado',
          'Prohibición de las VPN',
          'Regímenes de certificación o aprobación de tecnologías',
          'Tasas que penalizan las cachés locales',
        ],
      },
      'collaborative-development-governance': {
        name: 'Desarrollo, gestión y gobernanza colaborativos',
        short: 'Gobernanza colaborativa',
        explanation:
          'Internet se desarrolla mediante procesos voluntarios y ascendentes, basados en el consenso y abiertos a todas las partes interesadas: organismos de estándares abiertos, registros de direcciones, puntos de intercambio gestionados por la comunidad y comunidades de operadores. Estos procesos hacen que Internet siga funcionando para la mayoría y no para unos pocos.',
        guidingQuestions: [
          '¿Refuerza o debilita la forma voluntaria y basada en el consenso en que se desarrolla y gestiona Internet?',
          '¿Se elaboró de manera abierta, con aportes reales de las partes interesadas a las que afecta?',
          '¿Traslada decisiones de organismos técnicos o de múltiples partes interesadas a una sola autoridad?',
          '¿Arrastra a la política las funciones neutrales de coordinación de las organizaciones técnicas?',
        ],
        typicalThreats: [
          'Regulación vertical de funciones técnicas',
          'Uso de los registros o coordinadores como herramienta de sanción',
          'Consultas cerradas o unilaterales',
        ],
      },
      'unrestricted-reachability': {
        name: 'Alcanzabilidad sin restricciones',
        short: 'Alcanzabilidad sin trabas',
        explanation:
          'Las personas pueden llegar a los recursos que otros ponen a disposición en Internet, y pueden hacer que sus propios recursos sean alcanzables, estén donde estén. Lo que existe en Internet no debería quedar fuera de alcance solo por el lugar desde el que alguien se conecta.',
        guidingQuestions: [
          '¿Podrán las personas seguir accediendo a los sitios y servicios que normalmente esperan encontrar en línea?',
          '¿Bloquea, filtra, ralentiza o desconecta contenidos, servicios o redes enteras?',
          '¿Sería un servicio accesible desde algunas redes pero no desde otras?',
          '¿Aísla a una población o a una red de la Internet global?',
        ],
        typicalThreats: [
          'Bloqueo por DNS o por dirección IP',
          'Cortes de Internet',
          'Órdenes de bloqueo del acceso',
          'Pasarelas nacionales',
          'Desconexión de peering',
          'Negativa a prestar servicio a países enteros',
        ],
      },
      'available-capacity': {
        name: 'Capacidad disponible',
        short: 'Capacidad disponible',
        explanation:
          'Hay suficiente capacidad asequible, en ancho de banda, interconexión, intercambio local de tráfico y cachés, para que las personas y las organizaciones obtengan la conectividad que necesitan. La capacidad crece donde las redes pueden intercambiar tráfico localmente y situar los contenidos cerca de los usuarios.',
        guidingQuestions: [
          '¿Les resultará más fácil o más difícil a las personas y organizaciones obtener el ancho de banda y la conectividad que necesitan?',
          '¿Afecta al intercambio local de tráfico, a las cachés o al costo del tránsito?',
          '¿Cambia los incentivos para invertir en infraestructura?',
          '¿Tendría el tráfico que seguir rutas más largas o más caras?',
        ],
        typicalThreats: [
          'Puntos de estrangulamiento',
          'Tasas que desplazan los contenidos a servidores en el extranjero',
          'Obstáculos a los puntos de intercambio de Internet y a las cachés',
        ],
      },
      'data-confidentiality': {
        name: 'Confidencialidad de la información, los dispositivos y las aplicaciones',
        short: 'Confidencialidad de datos',
        explanation:
          'Solo las partes previstas pueden leer los datos, ya sea mientras viajan por la red o cuando están almacenados. El cifrado robusto, incluido el cifrado de extremo a extremo, es la principal forma de lograrlo.',
        guidingQuestions: [
          '¿Prohíbe, debilita o elude el cifrado, por ejemplo mediante puertas traseras, custodia de claves o escaneo en el lado del cliente?',
          '¿Exige a los proveedores acceder al contenido de las comunicaciones o divulgarlo?',
          '¿Crea nuevas colecciones de datos sensibles que atraerían a atacantes?',
        ],
        typicalThreats: [
          'Obligaciones de escanear mensajes privados',
          'Puertas traseras para el acceso legal',
          'Exigencias de rastrear quién envió primero un mensaje',
          'Prohibición del cifrado',
        ],
      },
      integrity: {
        name: 'Integridad de la información, las aplicaciones y los servicios',
        short: 'Integridad',
        explanation:
          'Los datos, el software y los servicios no se modifican sin autorización. Las personas también pueden comprobar que tratan con la parte con la que querían comunicarse, gracias a los certificados, las actualizaciones firmadas y la seguridad del DNS y del enrutamiento.',
        guidingQuestions: [
          '¿Podrían terceros alterar el tráfico, inyectar contenido en él o redirigirlo?',
          '¿Obliga al software a confiar en autoridades que no han superado controles de seguridad independientes, como autoridades de certificación impuestas?',
          '¿Debilita la autenticación o los mecanismos de distribución de actualizaciones de software?',
        ],
        typicalThreats: [
          'Certificados raíz obligatorios',
          'Manipulación de las respuestas del DNS',
          'Dispositivos intermedios de interceptación',
          'Modificación obligatoria de contenidos o software',
        ],
      },
      'reliability-resilience-availability': {
        name: 'Fiabilidad, resiliencia y disponibilidad',
        short: 'Fiabilidad y resiliencia',
        explanation:
          'Las redes y los servicios funcionan de forma constante y resisten fallas y ataques gracias a la redundancia y a la diversidad de rutas. Están disponibles cuando las personas los necesitan, también en situaciones de emergencia.',
        guidingQuestions: [
          '¿Introduce puntos únicos de falla o reduce la redundancia y la diversidad de rutas?',
          '¿Interrumpe el acceso, por ejemplo mediante cortes o desconexiones?',
          '¿Centraliza una función crítica, como una única fuente horaria o una pasarela obligatorias?',
          '¿Hace que las interrupciones del servicio sean más probables o más dañinas?',
        ],
        typicalThreats: [
          'Cortes de Internet',
          'Pasarelas nacionales',
          'Dependencia obligatoria de infraestructura gubernamental',
          'Desconexiones motivadas por sanciones',
        ],
      },
      accountability: {
        name: 'Rendición de cuentas',
        short: 'Rendición de cuentas',
        explanation:
          'Quienes gestionan partes de Internet, y quienes la regulan, actúan con reglas claras y transparentes y deben rendir cuentas. Las personas afectadas por sus decisiones pueden saber qué se hizo y obtener reparación.',
        guidingQuestions: [
          '¿Son las facultades que crea transparentes, limitadas y sujetas a supervisión independiente o a recurso?',
          '¿Pueden los usuarios y las empresas afectados saber qué se hizo, por ejemplo qué se bloqueó, e impugnarlo?',
          '¿Otorga a las autoridades una discrecionalidad amplia o arbitraria?',
        ],
        typicalThreats: [
          'Delitos definidos de forma vaga, respaldados por facultades de bloqueo o de corte',
          'Listas de bloqueo secretas',
          'Ausencia de control judicial',
        ],
      },
      privacy: {
        name: 'Privacidad',
        short: 'Privacidad',
        explanation:
          'Las personas deciden qué información personal comparten, con quién y en qué contexto. No se las somete a recopilación, rastreo ni vigilancia innecesarios.',
        guidingQuestions: [
          '¿Exige recopilar, conservar o entregar datos personales, registros o información de identidad?',
          '¿Hace posible la vigilancia, la elaboración de perfiles o el rastreo de personas?',
          '¿Exige verificaciones de identidad o de edad, o dificulta el anonimato o el uso de seudónimos?',
        ],
        typicalThreats: [
          'Obligaciones de conservación de datos',
          'Requisitos de verificación de identidad o de edad',
          'Obligaciones de trazabilidad',
          'Deberes de notificación masiva de datos',
        ],
      },
    },
  },
  impact: {
    'strongly-negative': 'Muy negativo',
    negative: 'Negativo',
    'slightly-negative': 'Ligeramente negativo',
    none: 'Sin impacto',
    'slightly-positive': 'Ligeramente positivo',
    positive: 'Positivo',
    'strongly-positive': 'Muy positivo',
    mixed: 'Mixto: perjudica y ayuda',
    unclear: 'Incierto',
    'not-discussed': 'No tratado',
    'not-assessed': 'Aún no evaluado',
  },
  notStated: 'No indicado',
  confidence: {
    low: 'Baja',
    medium: 'Media',
    high: 'Alta',
  },
  proposalKind: {
    legislation: 'Legislación',
    regulation: 'Decreto o reglamento',
    'business-decision': 'Acción de una empresa o del sector',
    'executive-order': 'Orden ejecutiva o ministerial',
    'court-decision': 'Decisión judicial',
    'technical-standard': 'Norma técnica',
    'international-agreement': 'Acuerdo internacional',
    'technology-trend': 'Tecnología o tendencia',
    other: 'Otro',
  },
  stage: {
    idea: 'Idea o debate inicial',
    draft: 'Borrador',
    consultation: 'Consulta pública',
    parliament: 'En trámite parlamentario',
    adopted: 'Aprobada',
    'in-force': 'En vigor',
    postponed: 'Aplazado',
    withdrawn: 'Retirado',
    'struck-down': 'Anulado por un tribunal',
  },
  tacticKind: {
    'consultation-response': 'Respuesta a una consulta',
    letter: 'Carta o declaración conjunta',
    meeting: 'Reunión o sesión informativa',
    event: 'Evento o seminario web',
    media: 'Medios: artículo de opinión, blog o entrevista',
    campaign: 'Campaña pública',
    testimony: 'Comparecencia ante una comisión',
    research: 'Investigación o análisis',
    other: 'Otra',
  },
  tacticStatus: {
    planned: 'Prevista',
    'in-progress': 'En curso',
    done: 'Hecha',
    dropped: 'Descartada',
  },
  allyKind: {
    chapter: 'Capítulo de la Internet Society',
    'civil-society': 'Sociedad civil',
    technical: 'Comunidad técnica',
    industry: 'Industria',
    academic: 'Ámbito académico',
    policymaker: 'Responsable de políticas',
    media: 'Medios de comunicación',
    other: 'Otro',
  },
  verdict: {
    label: {
      'seriously-undermines': 'Socava gravemente lo que Internet necesita para existir',
      undermines: 'Socava lo que Internet necesita para existir',
      'seriously-harms': 'Perjudica gravemente lo que Internet necesita para prosperar',
      harms: 'Perjudica lo que Internet necesita para prosperar',
      supports: 'Refuerza Internet',
      'no-significant-impact': 'Sin impacto significativo',
      'not-assessed': 'Aún sin evaluar',
    },
    meaning: {
      'seriously-undermines':
        'Al menos una propiedad crítica, algo que Internet necesita para existir, sufriría un daño claro o grave. Es un daño a los cimientos de Internet, que la empuja hacia la fragmentación.',
      undermines:
        'Al menos una propiedad crítica, algo que Internet necesita para existir, sufriría un daño, aunque sea leve. Cualquier daño a una propiedad crítica es un daño a los cimientos de Internet.',
      'seriously-harms':
        'Ninguna propiedad crítica se ve dañada, pero al menos un habilitador sufriría un daño claro o grave, lo que haría que Internet fuera menos abierta, conectada globalmente, segura o confiable.',
      harms:
        'Ninguna propiedad crítica se ve dañada, pero al menos un habilitador sufriría un daño leve, lo que haría que Internet fuera algo menos abierta, conectada globalmente, segura o confiable.',
      supports:
        'No se encontró ningún daño, y al menos una propiedad o un habilitador saldría reforzado.',
      'no-significant-impact':
        'Todas las filas calificadas muestran que no hay impacto en lo que Internet necesita para existir ni para prosperar.',
      'not-assessed':
        'Todavía no se ha calificado ninguna fila del análisis, así que no hay nada que concluir.',
    },
  },
  steps: {
    name: {
      flag: 'Identificar',
      analyze: 'Analizar',
      strategize: 'Planificar',
      together: 'Sumar fuerzas',
    },
    purpose: {
      flag: 'Describa la política, la decisión empresarial o la tecnología que podría afectar a Internet, y anote dónde se informó sobre ella.',
      analyze:
        'Califique cómo afecta a cada una de las cinco propiedades críticas y de los diez habilitadores, y qué significaría para las personas.',
      strategize:
        'Fije un objetivo de incidencia SMART y planifique los públicos, los mensajes y las tácticas que permitan alcanzarlo.',
      together:
        'Busque aliados, acuerde qué pedir a cada uno y planifique los próximos pasos que darán juntos.',
    },
    gap: {
      'flag-title': 'Dé un título a la propuesta.',
      'flag-jurisdiction': 'Indique dónde se aplica la propuesta: un país, una región o «mundial».',
      'flag-summary': 'Resuma la propuesta en unas pocas frases.',
      'flag-sources': 'Añada al menos una fuente, como el texto oficial o una noticia.',
      'analyze-items':
        'Califique todas las propiedades y todos los habilitadores; «Sin impacto» e «Incierto» cuentan como respuestas.',
      'strategize-goal':
        'Complete el objetivo de incidencia hasta que cumpla los cinco criterios SMART.',
      'strategize-audiences': 'Nombre al menos un público en el que necesite influir.',
      'strategize-messages': 'Escriba al menos un mensaje clave.',
      'strategize-tactics': 'Planifique al menos una táctica.',
      'together-allies': 'Añada al menos un aliado con el que trabajar.',
      'together-next-steps': 'Planifique al menos un próximo paso: quién hace qué y para cuándo.',
    },
  },
  smart: {
    criterion: {
      specific: 'Específico',
      measurable: 'Medible',
      achievable: 'Alcanzable',
      relevant: 'Relevante',
      'time-bound': 'Con plazo definido',
    },
    hint: {
      specific:
        '¿Qué cambio concreto busca, formulado de modo que cualquiera entienda lo que quiere decir?',
      measurable:
        '¿Cómo sabrá que se ha logrado: una votación, un texto publicado, una declaración del regulador?',
      achievable:
        '¿Por qué es realista con las personas, el tiempo y la influencia de que dispone?',
      relevant: '¿A qué hallazgos de su análisis responde este objetivo?',
      'time-bound':
        '¿Para cuándo, y en qué momento de decisión real: el cierre de una consulta, una votación en comisión, un pleno?',
    },
    problem: {
      'no-statement':
        'El objetivo todavía no tiene enunciado. Escriba una frase que diga qué debe cambiar y para cuándo.',
      'statement-too-short':
        'El enunciado es demasiado breve para expresar un cambio claro. Escriba una frase completa: qué debe cambiar, en qué texto o decisión, y para cuándo.',
      'no-specific-change':
        'Falta el cambio concreto. Indique el cambio que busca, como eliminar una disposición de un proyecto.',
      'no-indicator':
        'Todavía no hay forma de medir el éxito. Indique qué demostrará que se alcanzó el objetivo, como una votación o un texto publicado.',
      'no-achievable-reason':
        'Todavía no se explica por qué el objetivo es alcanzable. Explique por qué es realista con sus recursos y su influencia.',
      'no-findings-linked':
        'El objetivo no está vinculado a ningún hallazgo. Elija las filas de su análisis a las que responde este objetivo.',
      'linked-finding-not-negative':
        'Ninguno de los hallazgos vinculados está calificado como perjudicial. Vincule al menos una fila calificada como negativa, o revise el análisis.',
      'no-deadline': 'No hay fecha límite. Indique la fecha en la que debe alcanzarse el objetivo.',
      'deadline-passed':
        'La fecha límite ya pasó. Elija una fecha futura, o cierre este objetivo y fije uno nuevo.',
      'deadline-after-vote':
        'La fecha límite es posterior a la votación registrada en el paso «Identificar», cuando ya será tarde para actuar. Adelántela al día de la votación o antes.',
      'no-decision-point':
        'La fecha límite no está vinculada a un momento de decisión. Indique el acontecimiento del que depende, como una votación en comisión o el cierre de una consulta.',
    },
    met: 'Cumplido',
  },
  drafting: {
    fromFinding:
      'Esta propuesta perjudicaría «{item}» ({impact}). {how} Al final, son las personas quienes pagan el precio: {effect}',
    fromFindingNoEffect:
      'Esta propuesta perjudicaría «{item}» ({impact}). {how} Todo lo que debilita Internet debilita a las personas, las empresas y las comunidades que dependen de ella.',
    brief: {
      abstract:
        'Este informe evalúa «{title}» frente a lo que Internet necesita para existir y para prosperar. {summary}',
      finding: '{item} ({impact}): {how}',
      findingShort: '{item} ({impact}).',
      benefit: 'En cambio: {how}',
      goalNotHarmed:
        'La propuesta no perjudica a ninguno de los habilitadores de este objetivo que analiza este informe.',
      recommend: 'Recomendamos que quienes deciden actúen en este sentido: {statement}',
      recommendDefault:
        'Quienes deciden no deberían adoptar la propuesta tal como está, y deberían buscar formas de cumplir sus fines que mantengan Internet abierta, conectada globalmente, segura y confiable.',
    },
  },
  timeline: {
    published: 'Publicación de la propuesta',
    consultationCloses: 'Cierre de la consulta',
    vote: 'Votación',
    inForce: 'Entrada en vigor',
    goalDeadline: 'Fecha límite del objetivo de incidencia',
    tacticDue: 'Fecha prevista: {tactic}',
    nextStep: 'Próximo paso de {who}: {what}',
  },
  reportParts: {
    title: {
      brief: 'Informe de impacto en Internet: {title}',
      plan: 'Plan de incidencia: {title}',
      complete: 'Evaluación del impacto en Internet: {title}',
    },
    fileSuffix: { brief: 'Informe de impacto en Internet', plan: 'Plan de incidencia' },
    published: 'Publicado el {date}',
    version: 'Versión {version}',
    authors: 'Autores',
    contributors: 'Colaboradores',
    person: '{name} ({affiliation})',
    licence: 'Licencia: {licence}',
    contact: 'Contacto: {contact}',
    howAffected: 'Cómo se ve afectado',
    howHarms: 'En qué perjudica',
    howHelps: 'En qué ayuda',
    effectOnPeople: 'Qué significa para las personas',
    evidence: 'Evidencia',
    confidence: 'Confianza: {level}',
    noImpact: 'Sin impacto en: {items}.',
    notDiscussed: 'Este informe no aborda: {items}.',
    benefit: 'En qué ayuda: {how}',
    appendixIntro:
      'El análisis preliminar completo: cada propiedad crítica y cada habilitador, con su valoración, cómo se ve afectado y qué significa para las personas.',
  },
  report: {
    untitled: 'Evaluación sin título',
    generatedOn: 'Generado el {date}',
    page: 'Página {page} de {pages}',
    sections: {
      summary: 'Resumen ejecutivo',
      proposal: 'La propuesta y su contexto',
      method: 'Metodología',
      properties: 'Propiedades críticas: lo que Internet necesita para existir',
      enablers: 'Habilitadores: lo que Internet necesita para prosperar',
      strategy: 'Estrategia de incidencia',
      together: 'Sumar fuerzas',
      sources: 'Referencias',
      conclusions: 'Conclusiones y recomendaciones',
      appendix: 'Anexo: análisis preliminar',
    },
    methodText:
      'Esta evaluación sigue el Kit de herramientas para la evaluación del impacto de Internet de la Internet Society, que mide una propuesta con dos varas. Las cinco propiedades críticas de la forma de interconexión de Internet (Internet Way of Networking) describen lo que Internet necesita para existir: una infraestructura accesible con un protocolo común, una arquitectura abierta de componentes básicos interoperables, una gestión descentralizada con un único sistema de enrutamiento distribuido, identificadores globales comunes y una red de uso general y tecnológicamente neutra. Diez habilitadores, agrupados en torno a los objetivos de una Internet abierta, conectada globalmente, segura y confiable, describen lo que necesita para prosperar. Cada una de estas quince filas se califica en una escala de siete niveles, de muy negativo (−3) a muy positivo (+3), pasando por sin impacto (0), o se marca como incierta cuando el efecto depende del contexto o de la implementación; cada calificación explica cómo se ve afectada Internet y qué significa eso para las personas. Una fila también puede ser mixta, perjudicial en un sentido y útil en otro, con cada lado explicado; cuenta como dañada. Las filas que la evaluación no aborda se enumeran una vez y no se cuentan. Las propiedades críticas no se promedian: cualquier daño a una de ellas, por leve que sea, socava los cimientos de Internet, y la conclusión indica con qué gravedad. Un daño a un habilitador perjudica el objetivo al que sirve. Si no hay ningún daño, las calificaciones positivas indican que la propuesta refuerza Internet. Mientras alguna fila sea incierta o no se haya evaluado, la conclusión es provisional.',
    labels: {
      kind: 'Tipo',
      jurisdiction: 'Jurisdicción',
      proposer: 'Propuesta por',
      stage: 'Fase',
      published: 'Publicación',
      consultationCloses: 'Cierre de la consulta',
      vote: 'Votación',
      inForce: 'En vigor desde',
      authors: 'Autoría',
      stakeholders: 'Partes interesadas afectadas',
      item: 'Propiedad o habilitador',
      impact: 'Impacto',
      howAffected: 'Cómo se ve afectado',
      effectOnPeople: 'Efecto en las personas',
      evidence: 'Evidencia',
      confidence: 'Confianza',
      goal: 'Objetivo',
      deadline: 'Fecha límite',
      audiences: 'Públicos',
      audience: 'Público',
      why: 'Por qué es importante',
      ask: 'Qué pedimos',
      messages: 'Mensajes clave',
      tactics: 'Tácticas',
      owner: 'Responsable',
      due: 'Fecha prevista',
      status: 'Estado',
      timeline: 'Cronograma',
      date: 'Fecha',
      event: 'Acontecimiento',
      allies: 'Aliados',
      role: 'Función',
      contact: 'Contacto',
      coalition: 'Coalición',
      asks: 'Peticiones',
      to: 'Dirigida a',
      nextSteps: 'Próximos pasos',
      who: 'Quién',
      what: 'Qué',
      when: 'Cuándo',
      join: 'Cómo participar',
      chapter: 'Capítulo',
      notes: 'Notas',
      accessed: 'Consultada',
      url: 'Dirección web',
      group: 'Grupo',
      worst: 'Peor',
    },
    none: 'Ninguno',
    yes: 'Sí',
    dependsOnImplementation: 'Depende de la implementación',
    card: {
      messages: 'Mensajes clave',
      chart: 'Impacto en lo que Internet necesita',
      madeWith: 'Creado con la aplicación Internet Impact Assessment Toolkit',
      link: 'Enlace',
    },
  },
  findings: {
    headline: {
      propertiesHarmed: 'socava {count} de las 5 propiedades críticas ({items})',
      allPropertiesHarmed: 'socava las 5 propiedades críticas',
      propertiesHelped: 'refuerza {count} de las 5 propiedades críticas ({items})',
      allPropertiesHelped: 'refuerza las 5 propiedades críticas',
      propertiesUnaffected: 'ninguna propiedad crítica se ve afectada',
      propertiesUnaffectedDiscussed:
        'ninguna de las propiedades críticas analizadas se ve afectada',
      propertiesNotDiscussed: 'las propiedades críticas no se analizan',
      propertiesOpen: 'las propiedades críticas aún no se han calificado',
      goalsHarmed: {
        1: 'perjudica un objetivo: {items}',
        2: 'perjudica dos objetivos: {items}',
        3: 'perjudica tres objetivos: {items}',
        4: 'perjudica los cuatro objetivos: {items}',
      },
      goalsHelped: {
        1: 'favorece un objetivo: {items}',
        2: 'favorece dos objetivos: {items}',
        3: 'favorece tres objetivos: {items}',
        4: 'favorece los cuatro objetivos: {items}',
      },
      goalsUnaffected: 'ningún objetivo se ve afectado',
      goalsUnaffectedDiscussed: 'ninguno de los objetivos analizados se ve afectado',
      goalsNotDiscussed: 'los habilitadores no se analizan',
      goalsOpen: 'los habilitadores aún no se han calificado',
      and: '{first} y {second}',
      then: '{first}; {second}',
      nothingRated: 'Todavía no se ha calificado ninguna fila del análisis',
    },
    provisional: {
      one: 'Provisional: {count} fila sigue marcada como «{unclear}» o «{notAssessed}» en las tablas de las propiedades críticas y de los habilitadores, así que esta conclusión puede cambiar.',
      other:
        'Provisional: {count} filas siguen marcadas como «{unclear}» o «{notAssessed}» en las tablas de las propiedades críticas y de los habilitadores, así que esta conclusión puede cambiar.',
    },
    propertiesHarmed: 'Propiedades críticas socavadas: {items}.',
    goalHarmed: 'El objetivo «{goal}» se ve perjudicado a través de {items}.',
    helped: 'Salen reforzados: {items}.',
    rated: '{item} ({rating})',
    mixed: 'mixto; daño: {harm}; beneficio: {benefit}',
    chart: {
      title: 'Impacto por grupo',
      caption:
        'Para las propiedades críticas y para cada objetivo: la peor calificación como barra hacia la izquierda y el mayor beneficio como barra hacia la derecha, en una escala de −3 (muy negativo) a +3 (muy positivo), pasando por 0 (sin impacto). Una fila mixta se dibuja con su daño y su beneficio. La tabla da el número de filas en cada estado.',
      tableCaption: 'Filas de cada grupo, por estado',
      worst: 'Peor calificación',
      best: 'Mayor beneficio',
      notRated: 'Sin calificar',
      harmed: 'Dañadas',
      none: 'Sin impacto',
      helped: 'Reforzadas',
      notDiscussed: 'No abordadas',
      open: 'Pendientes',
      harmedWithMixed: {
        one: '{count} ({mixed} mixta)',
        other: '{count} ({mixed} mixtas)',
      },
    },
  },
  issues: {
    'not-json':
      'El archivo no es un JSON válido, así que no puede leerse como evaluación. Compruebe que eligió un archivo de evaluación y que está completo.',
    'too-large':
      'El archivo supera el límite de {max}, mucho más de lo que necesita cualquier evaluación. Compruebe que eligió el archivo correcto.',
    'too-deep':
      'Los datos tienen más de {max} niveles de anidamiento, así que no pueden ser una evaluación. Compruebe que eligió el archivo correcto.',
    'not-an-object': 'Los datos no son una evaluación: deberían ser un único objeto JSON.',
    'wrong-format':
      'Este no es un archivo de evaluación del impacto en Internet: falta su marca de formato o es distinta.',
    'unknown-version':
      'La versión del esquema del archivo falta o no se reconoce, así que no puede leerse de forma segura.',
    'newer-version':
      'El archivo usa la versión {found} del esquema, pero esta aplicación lee versiones hasta la {supported}. Ábralo con una versión más reciente de la aplicación.',
    required: '{field}: falta un valor obligatorio.',
    'wrong-type':
      '{field}: el valor no es del tipo correcto, por ejemplo un texto donde corresponde una lista.',
    'too-long': '{field}: el texto supera el límite de {max} caracteres. Acórtelo.',
    'too-many': '{field}: la lista supera el límite de {max} entradas. Elimine algunas.',
    'invalid-choice': '{field}: el valor no es ninguna de las opciones permitidas ({choices}).',
    'invalid-date': '{field}: no es una fecha válida. Use el formato AAAA-MM-DD o déjelo vacío.',
    'invalid-timestamp': '{field}: no es una fecha y hora válidas.',
    'invalid-id':
      '{field}: no es un identificador válido (de 1 a 64 letras, cifras, guiones o guiones bajos).',
    'duplicate-id':
      '{field}: «{id}» es también el identificador del elemento {first} de la misma lista, y otras partes del documento remiten a él, así que no está claro a qué entrada se refieren. Dé a cada entrada su propio identificador.',
    invalid: '{field}: el valor no es válido.',
    'pdf-no-attachment':
      'Este PDF no contiene un archivo de evaluación. Solo los informes PDF creados con esta aplicación lo contienen, y algunas herramientas lo eliminan al guardar o imprimir de nuevo el PDF. Abra en su lugar el archivo .iia.json de la evaluación.',
    'pdf-not-ours':
      'Este PDF tiene archivos adjuntos, pero ninguno es una evaluación creada con esta aplicación.',
    'pdf-damaged':
      'El archivo de evaluación que contiene este PDF está dañado y no se puede leer. Abra en su lugar el archivo .iia.json de la evaluación.',
    'pdf-changed':
      'El archivo de evaluación que contiene este PDF se modificó después de crear el PDF, por lo que puede no coincidir con el informe. Abra en su lugar el archivo .iia.json de la evaluación.',
  },
  issuePath: {
    document: 'documento',
    listItem: 'elemento {number}',
  },
  fieldNames: {
    format: 'formato del archivo',
    schemaVersion: 'versión del esquema',
    id: 'identificador',
    createdAt: 'fecha de creación',
    updatedAt: 'último cambio',
    locale: 'idioma',
    authors: 'autoría',
    templateId: 'plantilla',
    flag: 'Identificar',
    title: 'título',
    kind: 'tipo',
    jurisdiction: 'jurisdicción',
    proposer: 'propuesta por',
    stage: 'fase',
    dates: 'fechas clave',
    published: 'publicación',
    consultationCloses: 'cierre de la consulta',
    vote: 'votación',
    summary: 'resumen',
    sources: 'fuentes',
    url: 'dirección web',
    accessed: 'fecha de consulta',
    stakeholders: 'partes interesadas afectadas',
    name: 'nombre',
    note: 'nota',
    analysis: 'Análisis',
    impact: 'impacto',
    dependsOnImplementation: 'depende de la implementación',
    howAffected: 'cómo se ve afectado',
    effectOnPeople: 'efecto en las personas',
    evidence: 'evidencia',
    sourceId: 'fuente',
    confidence: 'confianza',
    strategy: 'Estrategia',
    goal: 'objetivo',
    statement: 'enunciado del objetivo',
    specific: 'cambio concreto',
    measurable: 'medida del éxito',
    achievable: 'por qué es alcanzable',
    relevantItemIds: 'hallazgos a los que responde',
    deadline: 'fecha límite',
    deadlineEvent: 'momento de decisión',
    audiences: 'públicos',
    why: 'por qué es importante',
    ask: 'qué pedimos',
    messages: 'mensajes clave',
    text: 'texto',
    itemIds: 'hallazgos',
    audienceIds: 'públicos',
    tactics: 'tácticas',
    description: 'descripción',
    owner: 'responsable',
    due: 'fecha prevista',
    status: 'estado',
    milestones: 'hitos',
    date: 'fecha',
    label: 'etiqueta',
    together: 'Sumar fuerzas',
    allies: 'aliados',
    role: 'función',
    contact: 'contacto',
    coalition: 'coalición',
    asks: 'peticiones',
    to: 'a quién',
    nextSteps: 'próximos pasos',
    who: 'quién',
    what: 'qué',
    when: 'cuándo',
    done: 'hecho',
    join: 'cómo participar',
    chapter: 'capítulo',
    chapterUrl: 'dirección web del capítulo',
    notes: 'notas',
    inForce: 'en vigor desde',
    mixed: 'impacto mixto',
    harm: 'perjuicio',
    benefit: 'beneficio',
    benefitHow: 'cómo ayuda',
    publication: 'publicación',
    affiliation: 'afiliación',
    contributors: 'colaboradores',
    version: 'versión',
    licence: 'licencia',
    brief: 'informe',
    abstract: 'resumen',
    executiveSummary: 'resumen ejecutivo',
    goalConclusions: 'conclusión por objetivo',
    open: 'Abierta',
    'globally-connected': 'Conectada globalmente',
    secure: 'Segura',
    trustworthy: 'Confiable',
    conclusions: 'conclusiones y recomendaciones',
    report: 'informe',
    profile: 'documento a imprimir',
    hiddenSections: 'secciones ocultas',
    kept: 'campos conservados del archivo',
    path: 'lugar',
    key: 'clave',
    value: 'valor',
    shareLog: 'registro de envíos',
    with: 'compartida con',
    'accessible-infrastructure-common-protocol': 'Infraestructura accesible',
    'open-architecture-building-blocks': 'Arquitectura abierta',
    'decentralized-management-distributed-routing': 'Enrutamiento descentralizado',
    'common-global-identifiers': 'Identificadores globales',
    'technology-neutral-general-purpose': 'Red de uso general',
    'easy-unrestricted-access': 'Acceso fácil y libre',
    'unrestricted-use-deployment': 'Uso y despliegue libres',
    'collaborative-development-governance': 'Gobernanza colaborativa',
    'unrestricted-reachability': 'Alcanzabilidad sin trabas',
    'available-capacity': 'Capacidad disponible',
    'data-confidentiality': 'Confidencialidad de datos',
    integrity: 'Integridad',
    'reliability-resilience-availability': 'Fiabilidad y resiliencia',
    accountability: 'Rendición de cuentas',
    privacy: 'Privacidad',
  },
}
