import type en from '../en/strategize'

export default {
  title: 'Planificar la estrategia',
  intro:
    'Convierta los hallazgos en un plan: un objetivo alcanzable, las personas que pueden hacerlo realidad, lo que les dirá y lo que hará, y para cuándo. Planifique hacia atrás desde el momento de la decisión: el cierre de una consulta, una votación en comisión, un pleno.',
  gaps: {
    heading: 'Pendiente en este paso',
    doneHeading: 'Paso completo',
    done: 'Este paso está completo: el objetivo cumple los cinco criterios y hay al menos un público, un mensaje y una táctica.',
  },
  goal: {
    heading: 'Objetivo de incidencia',
    intro:
      'Un buen objetivo es SMART: específico, medible, alcanzable, relevante y con plazo definido. La verificación junto al formulario le indica lo que aún falta.',
    statement: 'Enunciado del objetivo',
    statementHint: 'Una sola frase: qué debe cambiar, en qué texto o decisión, y para cuándo.',
    specific: 'Específico: el cambio concreto que busca',
    measurable: 'Medible: cómo sabrá que se ha logrado',
    achievable: 'Alcanzable: por qué es realista para usted',
    relevant: 'Relevante: los hallazgos en los que se basa este objetivo',
    timeBound: 'Con plazo definido',
    deadline: 'Fecha límite',
    deadlineEvent: 'Momento de decisión',
    deadlineEventHint:
      'El acontecimiento real al que se vincula la fecha límite, como una votación en comisión.',
    voteDate: 'La votación registrada en el paso «Identificar» es el {date}.',
  },
  findings: {
    negative: 'Hallazgos calificados como perjudiciales',
    others: 'Otros hallazgos ({n})',
    noNegative:
      'Todavía no hay ninguna fila calificada como perjudicial. Califique primero las propiedades y los habilitadores en el paso «Analizar».',
    toAnalyze: 'Ir al paso «Analizar»',
    option: '{item} ({impact})',
  },
  smart: {
    heading: 'Verificación SMART',
    summary: '{met} de {total} criterios cumplidos',
    notMet: 'Aún no se cumple',
  },
  audiences: {
    heading: 'Públicos destinatarios',
    intro:
      '¿Quién decide y quién influye en quienes deciden? Legisladores, reguladores, ministerios, periodistas, la industria, los usuarios.',
    itemLabel: 'Público',
    add: 'Añadir un público',
    empty: 'Todavía no hay públicos.',
    name: 'Quién',
    why: 'Por qué es importante',
    ask: 'Qué le pedimos',
  },
  messages: {
    heading: 'Mensajes clave',
    intro:
      'Relacione el daño técnico con lo que las personas viven en su día a día: precios, acceso, posibilidad de elegir, seguridad. Cada mensaje debe apoyarse en al menos un hallazgo.',
    itemLabel: 'Mensaje',
    add: 'Añadir un mensaje',
    empty: 'Todavía no hay mensajes. Escriba uno o genere borradores a partir de sus hallazgos.',
    text: 'Mensaje',
    findings: 'Hallazgos en los que se apoya',
    audiences: 'Públicos a los que se dirige',
    noAudiences: 'Añada públicos más arriba para indicar a quién se dirige este mensaje.',
    unnamedAudience: 'Público {n}',
    draft: 'Generar borradores a partir de los hallazgos',
    draftHint:
      'Añade un borrador por cada hallazgo perjudicial que todavía no cubra ningún mensaje, a partir de lo que escribió en el paso «Analizar». Reescriba los borradores con su propia voz.',
    drafted:
      'No se añadió ningún borrador. | Se añadió un borrador de mensaje al final de la lista. | Se añadieron {n} borradores de mensaje al final de la lista.',
    allCovered:
      'Todos los hallazgos perjudiciales ya tienen un mensaje, así que no se añadió ningún borrador.',
    noNegative:
      'Todavía no hay hallazgos perjudiciales, así que no hay nada de lo que partir. Califique primero las filas en el paso «Analizar».',
  },
  tactics: {
    heading: 'Tácticas',
    intro:
      'Lo que hará para llegar a sus públicos: una respuesta a una consulta, una carta, una reunión.',
    itemLabel: 'Táctica',
    add: 'Añadir una táctica',
    empty: 'Todavía no hay tácticas.',
    kind: 'Tipo',
    description: 'Qué exactamente',
    owner: 'Quién la lidera',
    due: 'Fecha prevista',
    status: 'Estado',
  },
  milestones: {
    heading: 'Hitos',
    intro:
      'Otras fechas importantes para su plan, como una audiencia en comisión o una reunión de la coalición.',
    itemLabel: 'Hito',
    add: 'Añadir un hito',
    empty: 'Todavía no hay hitos.',
    date: 'Fecha',
    label: 'Qué ocurre',
  },
  timeline: {
    heading: 'Cronograma',
    intro:
      'Todas las entradas con fecha de la evaluación, en orden, desde el paso «Identificar» hasta los próximos pasos.',
    empty:
      'Todavía no hay fechas. Añada las fechas de publicación, de consulta o de votación en el paso «Identificar», una fecha límite para el objetivo y fechas previstas para las tácticas o los hitos de arriba.',
    toFlag: 'Ir al paso «Identificar»',
    past: 'pasado',
    today: 'Hoy, {date}',
    source: {
      flag: 'Propuesta',
      goal: 'Objetivo',
      tactic: 'Táctica',
      milestone: 'Hito',
      'next-step': 'Próximo paso',
    },
  },
} satisfies typeof en
