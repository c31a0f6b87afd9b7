import type en from '../en/common'

export default {
  appName: 'Kit de herramientas para la evaluación del impacto de Internet',
  appShortName: 'Evaluación de impacto',
  language: 'Idioma',
  skipToContent: 'Ir al contenido principal',
  nav: {
    label: 'Principal',
    library: 'Mis evaluaciones',
    method: 'El método',
    about: 'Acerca de y licencias',
  },
  steps: {
    label: 'Pasos de la evaluación',
    pagerLabel: 'Paso anterior y siguiente',
    report: 'Informe',
    reportPurpose: 'Revise la conclusión y exporte el informe.',
    stepOf: 'Paso {n} de {total}',
    previous: 'Anterior: {step}',
    next: 'Siguiente: {step}',
    complete: 'completo',
    incomplete: 'pendiente',
    progress: '{done} de {total} completados',
  },
  save: {
    saved: 'Todos los cambios se guardaron en este dispositivo',
    saving: 'Guardando…',
    failed: 'No se guardó: {reason}',
    quota:
      'Este dispositivo se quedó sin espacio de almacenamiento. Exporte la evaluación a un archivo para no perder nada y luego libere espacio.',
    unavailable:
      'Este navegador no permite guardar datos (modo privado o almacenamiento desactivado). Exporte su trabajo a un archivo antes de cerrar la pestaña.',
    invalid:
      'No se guardó: algún contenido supera un límite (por ejemplo, un texto demasiado largo). Acórtelo o exporte la evaluación para conservar una copia.',
    unknown: 'No se pudo guardar. Exporte la evaluación a un archivo para conservar una copia.',
    conflict:
      'No se guardó: esta evaluación se modificó en otra pestaña. Elija qué versión conservar.',
  },
  actions: {
    add: 'Añadir',
    remove: 'Quitar',
    removeItem: 'Quitar {item}',
    undo: 'Deshacer',
    dismiss: 'Descartar',
    cancel: 'Cancelar',
    close: 'Cerrar',
    open: 'Abrir',
    download: 'Descargar',
  },
  list: {
    empty: 'Todavía no se ha añadido nada.',
    itemN: '{label} {n}',
  },
  field: {
    optional: 'opcional',
    notAWebAddress:
      'Esto no es una dirección web que empiece por http:// o https://; se guardará como texto, no como enlace.',
    charactersLeft: 'Quedan {n} caracteres',
    tooLong: 'Demasiado largo: como máximo {max} caracteres.',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'No hay nada en esta dirección.',
    assessmentTitle: 'Evaluación no encontrada',
    assessmentText:
      'En este navegador no hay ninguna evaluación guardada con esta dirección. Puede que se haya eliminado o que se haya guardado en otro navegador o dispositivo.',
    back: 'Volver a mis evaluaciones',
  },
  update: {
    available:
      'Hay una nueva versión de la aplicación. Vuelva a cargar la página para usarla; su trabajo está guardado.',
    reload: 'Recargar ahora',
    later: 'Más tarde',
    offlineReady: 'La aplicación ya está disponible sin conexión en este dispositivo.',
  },
  unsaved: {
    exportFile: 'Guardar como archivo',
    retry: 'Volver a intentar guardar',
    reloadOff:
      'La protección contra recargas está desactivada: este navegador no permite que la aplicación conserve los cambios sin guardar cuando se cierra o se recarga la pestaña. Espere a que aparezca «Todos los cambios se guardaron en este dispositivo» antes de cerrarla o recargarla.',
    deleted: 'No guardado: esta evaluación se eliminó en otra pestaña.',
    deletedHeading: 'Esta evaluación se eliminó en otra pestaña',
    deletedText:
      'Sigue abierta aquí, tal como la ve. Consérvela para guardarla de nuevo en este dispositivo, o ciérrela.',
    keep: 'Conservarla',
    close: 'Cerrarla',
    kept: 'La evaluación se guardó de nuevo en este dispositivo.',
    closed: 'La evaluación se cerró.',
    notSaved:
      '«{title}» está abierta solo en esta pestaña: no se pudo guardar en este dispositivo. Guárdela como archivo para conservarla.',
    badge: 'Sin guardar',
  },
  loading: 'Cargando…',
  untitled: 'Evaluación sin título',
  externalLink: '(se abre en una pestaña nueva)',
  privacyNote:
    'Su trabajo se queda en este navegador. No se envía nada a ningún sitio, salvo que usted lo exporte.',
} satisfies typeof en
