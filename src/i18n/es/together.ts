import type en from '../en/together'

export default {
  heading: 'Sumar fuerzas',
  intro:
    'Una preocupación planteada por una sola organización es fácil de dejar de lado; la misma preocupación planteada por capítulos y miembros de la Internet Society, expertos técnicos, la sociedad civil y empresas demuestra a quienes toman las decisiones que es amplia y está bien fundada. Trabajar en conjunto también reparte la carga: un socio redacta, otro conoce a los funcionarios, un tercero aporta el detalle técnico.',
  joinIntro:
    'Si todavía no forma parte de la comunidad de la Internet Society, la sección «Dónde sumarse», más abajo, explica cómo participar.',
  allies: {
    heading: 'Aliados y socios de coalición',
    intro:
      '¿A quién más le importa esta propuesta, o debería importarle? Piense en su capítulo de la Internet Society, en las organizaciones de derechos digitales, los operadores de red y los puntos de intercambio de tráfico, los investigadores, las asociaciones de consumidores y las empresas a las que afectaría la propuesta.',
    item: 'Aliado',
    add: 'Añadir un aliado',
    empty: 'Todavía no hay aliados.',
    name: 'Organización o persona',
    kind: 'Tipo',
    role: 'Qué aporta o qué hará',
    roleHint:
      'Por ejemplo: conocimientos técnicos, miembros que pueden firmar, contactos en el ministerio, presencia en los medios.',
    contact: 'Nota de contacto',
    contactHint:
      'A quién dirigirse y cómo. Registre solo lo que las personas interesadas acepten que su grupo conserve.',
  },
  coalition: {
    heading: 'Coalición o declaración conjunta',
    label: 'Coalición o declaración conjunta',
    hint: 'La coalición, campaña o carta conjunta de la que forma parte o que está impulsando: su nombre, quién la lidera, quién la ha firmado y qué ha dicho hasta ahora.',
  },
  asks: {
    heading: 'Qué pide',
    intro:
      'Concrete lo que espera de cada aliado o de cada responsable de la decisión: firmar una carta conjunta, informar a una comisión, compartir datos, hablar con un periodista.',
    item: 'Petición',
    add: 'Añadir una petición',
    empty: 'Todavía no hay peticiones.',
    to: 'Dirigida a',
    ask: 'La petición',
  },
  nextSteps: {
    heading: 'Próximos pasos',
    intro: 'Acuerden quién hace qué y para cuándo, y marquen cada paso cuando esté hecho.',
    item: 'Próximo paso',
    add: 'Añadir un próximo paso',
    empty: 'Todavía no hay próximos pasos.',
    who: 'Quién',
    what: 'Qué',
    when: 'Para cuándo',
    done: 'Hecho',
    progress: '{done} de {total} próximos pasos hechos.',
  },
  comingUp: {
    heading: 'Lo que viene',
    intro:
      'Próximos pasos pendientes, los más cercanos primero; los que no tienen fecha van al final.',
    allDone: 'Todos los próximos pasos están hechos.',
    overdue: 'vencido',
    noDate: 'Sin fecha',
    untitled: 'Próximo paso sin descripción',
    who: 'Quién: {who}',
  },
  join: {
    heading: 'Dónde sumarse',
    intro:
      'Cualquier persona u organización puede hacerse miembro de la Internet Society y, a través de un capítulo local, trabajar con otras personas de su país o región en las políticas que afectan a Internet allí. Los capítulos y los miembros llevan adelante gran parte de la incidencia de la Internet Society, y la Internet Society se ofrece a revisar una evaluación en cualquier etapa o a aconsejar si hace falta una.',
    getInvolved: 'Cómo participar en la incidencia de la Internet Society',
    chapter: 'Su capítulo',
    chapterHint:
      'El capítulo de la Internet Society (o el grupo de interés especial) con el que trabaja.',
    chapterUrl: 'Dirección web del capítulo',
    chapterUrlHint: 'Empieza por https://',
    chapterLink: 'Visite el sitio del capítulo:',
    notes: 'Notas',
    notesHint: 'Quién es su contacto, cuándo se reúne el capítulo, cómo presentarle este tema.',
  },
  shareLog: {
    heading: 'Compartida con',
    intro:
      'Nada sale de este dispositivo por sí solo. Para compartir su trabajo, exporte el archivo de la evaluación o el PDF en el paso {report} y envíelo usted; anote aquí quién recibió cada versión para poder hacer el seguimiento.',
    reportLink: 'Informe',
    item: 'Envío',
    add: 'Registrar un envío',
    empty: 'Todavía no se ha compartido.',
    date: 'Fecha',
    with: 'Compartida con',
    note: 'Nota',
    noteHint: 'Qué envió (archivo, PDF, qué versión) y cualquier respuesta.',
  },
  gaps: {
    heading: 'Pendiente en este paso',
    doneHeading: 'Paso completo',
    done: 'Este paso tiene todo lo necesario. El informe está listo para revisarlo y exportarlo.',
  },
} satisfies typeof en
