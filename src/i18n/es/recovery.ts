/** What the library says of saved data it could not use; loaded only when there is some. */
import type en from '../en/recovery'

export default {
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
} satisfies typeof en
