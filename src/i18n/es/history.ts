import type en from '../en/history'

export default {
  open: 'Historial',
  openLabel: 'Historial: versiones anteriores de esta evaluación',
  title: 'Historial',
  intro:
    'Versiones anteriores de esta evaluación, guardadas en este navegador: al empezar a editarla, cada pocos minutos mientras trabaja, al salir de ella y antes de que algo la reemplace. Se conservan las {n} más recientes.',
  back: 'Volver a la evaluación',
  loading: 'Cargando el historial…',
  unavailable:
    'No se puede leer el historial en este navegador (el almacenamiento no está disponible). Exporte su trabajo a un archivo para conservar copias.',
  empty: 'Todavía no hay versiones anteriores. Aparecerán cuando haya hecho cambios.',
  listLabel: 'Versiones anteriores, de la más reciente a la más antigua',
  summary: '«{title}», {rated} de {total} filas calificadas',
  reason: {
    edit: 'durante la edición',
    closed: 'al salir de la evaluación',
    beforeRestore: 'antes de una restauración',
    beforeRecovery: 'antes de recuperar cambios no guardados',
    conflictMine: 'versión de esta pestaña, antes de cargar la de otra pestaña',
    conflictTheirs: 'versión de otra pestaña, reemplazada por la de esta',
  },
  unreadable: 'No se pudo leer esta versión.',
  unknownDate: 'Fecha desconocida',
  view: 'Ver',
  viewLabel: 'Ver la versión del {date}',
  restore: 'Restaurar',
  restoreLabel: 'Restaurar la versión del {date}',
  downloadRaw: 'Descargar los datos sin procesar',
  version: {
    heading: 'Versión del {date}',
    close: 'Cerrar esta versión',
    flagHeading: 'Identificar',
    titleLabel: 'Título',
    summaryLabel: 'Resumen',
    none: 'Sin completar',
    ratingsHeading: 'Calificaciones',
    itemColumn: 'Elemento',
    ratingColumn: 'Calificación',
  },
  restored: 'Se restauró la versión del {date}. El estado anterior se guardó en el historial.',
  restoreFailed:
    'No se pudo restaurar la versión: no fue posible guardar antes una copia del estado actual. No se modificó nada.',
  undo: 'Deshacer la restauración',
  undone: 'Se deshizo la restauración.',
  undoFailed: 'No se pudo deshacer la restauración. El estado anterior sigue en el historial.',
  conflict: {
    heading: 'Esta evaluación se modificó en otra pestaña',
    text: 'Otra pestaña guardó una versión distinta el {time}. Elija cuál quiere conservar; la otra se guardará en el historial.',
    theirs: 'Cargar la otra versión',
    mine: 'Conservar mi versión',
    loaded: 'Se cargó la versión de la otra pestaña. La suya se guardó en el historial.',
    kept: 'Su versión está guardada. La de la otra pestaña se guardó en el historial.',
    failed:
      'No se pudo guardar ninguna copia en el historial, así que no se reemplazó nada. Exporte la evaluación a un archivo y vuelva a intentarlo.',
  },
} satisfies typeof en
