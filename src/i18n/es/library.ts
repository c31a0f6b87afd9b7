import type en from '../en/library'

export default {
  title: 'Mis evaluaciones',
  intro:
    'Evalúe una propuesta que podría afectar a Internet: identifíquela, analícela a la luz de lo que Internet necesita para existir y prosperar, planifique su incidencia, busque aliados y exporte un informe.',
  start: {
    heading: 'Iniciar una evaluación',
    blank: 'Nueva evaluación en blanco',
    blankHint: 'Empiece con un formulario vacío y recorra los cuatro pasos.',
    template: 'Partir del ejemplo resuelto',
    templateHint:
      'Una evaluación completa de la propuesta de la UE de tasas de red por el «reparto justo» (fair share), lista para adaptar.',
    cases: 'Ver casos reales',
    casesHint:
      'Propuestas que la Internet Society ha analizado, de muchos países. Cada una evalúa solo lo que respaldan las fuentes públicas.',
    casesLoading: 'Cargando los casos…',
    casesFailed: 'No se pudieron cargar los casos. Recargue la página e inténtelo de nuevo.',
    import: 'Abrir un archivo…',
    importHint:
      'Abra o suelte aquí un archivo .iia.json, o un informe PDF creado con esta aplicación. La evaluación se añade como copia; no se reemplaza nada.',
    workshop: 'Dirigir un taller',
    workshopHint: 'Una sala valora una propuesta en conjunto, cada persona en su teléfono.',
    compare: 'Comparar dos evaluaciones',
    compareHint: 'Una propuesta y su enmienda, o dos capítulos, fila por fila.',
  },
  list: {
    heading: 'Guardadas en este navegador',
    empty: 'Todavía no hay evaluaciones. Inicie una más arriba.',
    count: 'Ninguna evaluación | Una evaluación | {n} evaluaciones',
    titleColumn: 'Evaluación',
    verdictColumn: 'Conclusión',
    updatedColumn: 'Último cambio',
    actionsColumn: 'Acciones',
    provisional: 'provisional',
    duplicate: 'Duplicar',
    duplicateLabel: 'Duplicar «{title}»',
    export: 'Guardar como archivo',
    exportLabel: 'Guardar «{title}» como archivo',
    delete: 'Eliminar',
    deleteLabel: 'Eliminar «{title}»',
  },
  notices: {
    deleted: 'Se eliminó «{title}».',
    duplicated: 'Se creó una copia de «{title}».',
    imported: 'Se abrió «{title}» desde el archivo y se añadió a sus evaluaciones.',
    importMigrated:
      'Se abrió «{title}» desde el archivo (creado con una versión anterior de la aplicación y actualizado).',
    importFailed: 'No se pudo abrir el archivo «{name}». No se modificó nada.',
    moreIssues: 'Y un problema más. | Y {n} problemas más.',
  },
  storage: {
    persisted: 'Sus evaluaciones se conservan hasta que usted las elimine.',
    notPersisted:
      'El navegador puede borrarlas cuando quede poco espacio: exporte a un archivo el trabajo importante.',
    estimate: 'Espacio usado por esta aplicación: {used} de {quota} disponibles.',
    unavailable:
      'Este navegador no permite que la aplicación guarde datos (navegación privada o almacenamiento desactivado). Puede seguir trabajando, pero guarde su evaluación como archivo antes de cerrar la pestaña.',
  },
} satisfies typeof en
