import type en from '../en/analyze'

export default {
  title: 'Analizar el impacto',
  intro:
    'Recorra una por una las cinco propiedades críticas y los diez habilitadores. Para cada uno, decida primero cómo afectaría la propuesta a la propia Internet y luego qué significaría ese cambio para las personas y las organizaciones. «Sin impacto» e «Incierto» son respuestas válidas: regístrelas en lugar de dejar una fila vacía. Un informe trata solo lo que la propuesta afecta: marque «No tratado» en las filas que deja fuera.',
  progress: {
    heading: 'Avance',
    label: 'Filas evaluadas',
    summary: '{done} de {total} evaluadas',
    complete: 'Todas las filas tienen respuesta.',
    stillToDo: 'Pendientes:',
    unclear:
      'Marcadas como inciertas; la conclusión seguirá siendo provisional hasta que se resuelvan:',
  },
  jump: {
    label: 'Ir a una propiedad o un habilitador',
    heading: 'Ir a',
  },
  display: {
    expandAll: 'Desplegar todo',
    collapseAll: 'Contraer todo',
  },
  card: {
    ratingPrefix: 'Calificación:',
    dependsTag: 'depende de la implementación',
    confidenceTag: 'Confianza: {level}',
    show: 'Mostrar detalles',
    hide: 'Ocultar detalles',
    toggleLabel: '{action}: {item}',
    mixedTag: 'perjudica: {harm}, ayuda: {benefit}',
    questions: 'Preguntas orientadoras',
    threats: 'Amenazas habituales',
  },
  rating: {
    legend: 'Efecto sobre Internet',
    hint: '¿Cómo afectaría la propuesta a esta propiedad o este habilitador, y con qué intensidad?',
    choicesHint:
      '«Mixto» sirve para una propuesta que la perjudica en un aspecto y la favorece en otro; la fila cuenta como perjudicada. «No tratado» sirve para una fila que esta evaluación deja fuera porque la propuesta no la toca: no necesita explicación y no hace provisional la conclusión.',
  },
  mixed: {
    legend: 'Perjuicio y beneficio',
    hint: 'Califique cada lado por separado; la conclusión cuenta la fila como perjudicada.',
    harm: 'Intensidad del perjuicio',
    benefit: 'Intensidad del beneficio',
    benefitHow: {
      label: '¿Cómo podría favorecerla?',
      hint: 'El mecanismo del beneficio: qué parte de la propuesta ayuda y qué mejora.',
    },
  },
  notDiscussed: {
    note: 'No tratado: esta fila no necesita explicación.',
    more: 'Notas y evidencia (opcional)',
  },
  depends: {
    label: 'Depende de cómo se implemente',
    hint: 'Marque esta casilla cuando el efecto dependa de detalles que aún no están definidos, e indique cuáles en el texto de abajo.',
  },
  howAffected: {
    label: '¿Cómo podría afectarle la propuesta?',
    hint: 'El mecanismo: qué parte de la propuesta actúa sobre Internet y qué cambia. Las preguntas orientadoras le ayudarán.',
    mixedLabel: '¿Cómo podría perjudicarla?',
    mixedHint:
      'El mecanismo del perjuicio: qué parte de la propuesta actúa sobre Internet y qué daña.',
  },
  effectOnPeople: {
    label: '¿Qué efecto podría tener en las personas?',
    hint: 'La consecuencia para usuarios, empresas y comunidades: precios, acceso, posibilidad de elegir, seguridad.',
  },
  evidence: {
    heading: 'Evidencia',
    hint: 'Indique las fuentes que respaldan esta calificación. Las fuentes se comparten con el paso «Identificar».',
    itemLabel: 'Evidencia',
    add: 'Añadir evidencia',
    empty: 'Todavía no hay evidencia.',
    source: 'Fuente',
    noSource: 'Sin fuente (solo una nota)',
    untitledSource: 'Fuente sin título {n}',
    missingSource: 'Una fuente que se ha eliminado',
    note: 'Nota o cita',
    open: 'Abrir la fuente',
  },
  newSource: {
    open: 'Añadir una fuente nueva',
    heading: 'Fuente nueva',
    title: 'Título',
    url: 'Dirección web',
    save: 'Añadir la fuente y vincularla',
    cancel: 'Cancelar',
    required: 'Indique un título o una dirección web para la fuente.',
    added: '«{title}» se añadió a las fuentes y se vinculó como evidencia.',
  },
  confidence: {
    legend: '¿Qué grado de confianza tiene en esta calificación?',
    notSet: 'Sin indicar',
  },
} satisfies typeof en
