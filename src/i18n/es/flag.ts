import type en from '../en/flag'

export default {
  heading: 'Identificar la propuesta',
  intro:
    'Anote qué se propone, quién la impulsa, dónde se aplica y en qué fase se encuentra. Guarde junto a ella las fuentes en las que se basa. El análisis, su estrategia y el informe final parten de estas notas: una descripción clara y con fuentes le ahorrará trabajo más adelante.',
  proposal: {
    heading: 'La propuesta',
    title: 'Título',
    titleHint:
      'Obligatorio. El nombre por el que se la conoce, como el nombre oficial del proyecto de ley, la norma o la decisión.',
    kind: 'Tipo de propuesta',
    kindHint:
      'Una ley, un decreto, una orden, una sentencia, la acción de una empresa o un sector, una norma técnica, un tratado o una tendencia. Deje «No indicado» mientras no lo sepa.',
    jurisdiction: 'Ámbito de aplicación',
    jurisdictionHint: 'Un país, una región como la Unión Europea, o «mundial».',
    proposer: 'Propuesta por',
    proposerHint: 'El ministerio, el regulador, la empresa o el grupo que la impulsa.',
    stage: 'Fase en que se encuentra',
    stageHint:
      'Dónde está hoy o cómo terminó. Actualícela a medida que avance el proceso; deje «No indicado» mientras no lo sepa.',
    inForce: 'En vigor desde',
    inForceHint: 'El día en que empezó a aplicarse. El informe y el cronograma lo muestran.',
    summary: 'Resumen',
    summaryHint:
      'Qué haría y cómo, en uno o dos párrafos con palabras sencillas. Describa aquí la propuesta; sus efectos sobre Internet corresponden al paso siguiente.',
  },
  dates: {
    heading: 'Fechas clave',
    intro:
      'Deje la fecha vacía mientras no se conozca. El paso «Planificar» sitúa estas fechas en su cronograma para que pueda planificar hacia atrás desde los momentos de decisión.',
    published: 'Publicación o anuncio',
    consultationCloses: 'Cierre de la consulta',
    vote: 'Votación o decisión',
  },
  sources: {
    heading: 'Fuentes',
    intro:
      'Empiece por el texto oficial y luego añada análisis, declaraciones y noticias. En el análisis podrá citar estas fuentes como evidencia, y el informe las enumera.',
    item: 'Fuente',
    add: 'Añadir una fuente',
    empty: 'Todavía no hay fuentes.',
    title: 'Título',
    url: 'Dirección web',
    urlHint: 'Cópiela de la barra de direcciones; empieza por https://',
    accessed: 'Fecha de consulta',
    accessedHint: 'Las páginas web cambian; la fecha indica qué versión leyó.',
    preview: 'Compruebe el enlace:',
  },
  stakeholders: {
    heading: 'Partes interesadas afectadas',
    intro:
      '¿Quiénes sentirían los efectos: personas, empresas, operadores de red, comunidades? Nombrarlos le ayuda a encontrar aliados y a explicar por qué la propuesta importa.',
    item: 'Parte interesada',
    add: 'Añadir una parte interesada',
    empty: 'Todavía no hay partes interesadas.',
    name: 'Quién',
    note: 'Cómo se ve afectada',
  },
  gaps: {
    heading: 'Pendiente en este paso',
    doneHeading: 'Paso completo',
    done: 'Este paso tiene todo lo necesario. Pase al análisis cuando esté listo.',
  },
} satisfies typeof en
