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
  quarantine: {
    heading: 'No se pudieron leer algunos datos guardados',
    text: 'No se pudo leer un registro guardado; en lugar de eliminarlo, se apartó. Puede descargar su contenido sin procesar para recuperarlo, o descartarlo. | No se pudieron leer {n} registros guardados; en lugar de eliminarlos, se apartaron. Puede descargar su contenido sin procesar para recuperarlos, o descartarlos.',
    record: 'Registro «{key}», apartado el {date}',
    download: 'Descargar los datos sin procesar',
    discard: 'Descartar',
    cause: {
      unreadable:
        'Motivo: no son datos que la aplicación pueda leer como una evaluación (están dañados o los escribió otro programa).',
      newer:
        'Motivo: se guardaron con una versión más reciente de esta aplicación. Actualice la aplicación (recargue la página) y abra el archivo descargado.',
      shape: 'Motivo: es una evaluación, pero parte de su contenido falta o no es válido.',
      migrated:
        'Motivo: es el original de una evaluación actualizada a la versión actual; la evaluación actualizada está en su lista.',
      replaced:
        'Motivo: es el contenido anterior de una evaluación, guardado cuando otra versión lo reemplazó.',
    },
  },
  skipped: {
    newer:
      'Una evaluación guardada se creó con una versión más reciente de esta aplicación y se dejó intacta. Actualice la aplicación (vuelva a cargar la página) para abrirla. | {n} evaluaciones guardadas se crearon con una versión más reciente de esta aplicación y se dejaron intactas. Actualice la aplicación (vuelva a cargar la página) para abrirlas.',
    notMoved:
      'No se pudieron leer algunos datos guardados y no había espacio para apartarlos. Se dejaron como estaban; libere espacio de almacenamiento y vuelva a cargar la página.',
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
