import type en from '../en/share'

export default {
  sectionHeading: 'Compartir con un enlace',
  heading: 'Enlace para compartir',
  intro:
    'Un enlace que contiene toda esta evaluación. Quien lo abra verá lo que contiene y podrá añadirlo a sus propias evaluaciones como copia.',
  privacy:
    'La parte del enlace después de «#» se queda en el navegador: nunca llega a ningún servidor, ni siquiera al de esta aplicación. Cualquiera que tenga el enlace puede leer toda la evaluación, así que envíelo solo a quien pueda leerla.',
  make: 'Crear un enlace para compartir',
  making: 'Creando el enlace…',
  makeFailed: 'No se pudo crear el enlace. Guarde el archivo de evaluación en su lugar.',
  length: 'El enlace tiene {n} caracteres.',
  linkLabel: 'El enlace',
  share: 'Compartir el enlace…',
  copy: 'Copiar el enlace',
  copied: 'Copiado.',
  shared: 'Compartido.',
  refused:
    'El navegador no dejó que la aplicación copiara el enlace. Está seleccionado en el campo de arriba: cópielo usted (Ctrl+C, o ⌘C en un Mac).',
  tooLong:
    'Este enlace tiene {n} caracteres: es demasiado largo para enviarlo con seguridad, porque las aplicaciones de mensajería, el correo y los SMS cortan o rompen los enlaces largos. Envíe el archivo de evaluación en su lugar.',
  saveFile: 'Guardar el archivo de evaluación en su lugar',
  fileNote:
    'El archivo de evaluación (.iia.json) sigue siendo la forma de conservar su trabajo y pasarlo a otros; un enlace es una comodidad.',
  summaryHeading: 'Enlace de resumen',
  summaryIntro:
    'Un enlace corto con solo el título, el veredicto, la conclusión principal y las valoraciones. Se abre en modo de solo lectura: no puede convertirse en una evaluación editable.',
  makeSummary: 'Crear un enlace de resumen',
  qrShow: 'Mostrar el código QR',
  qrHide: 'Ocultar el código QR',
  qrLabel: 'Código QR del enlace a «{title}»',
  qrTooLong: 'Este enlace es demasiado largo para un código QR que se lea bien desde una pantalla.',
  qrSvg: 'Descargar el código QR (SVG)',
  qrPng: 'Descargar el código QR (PNG)',
  qrFailed: 'No se pudo dibujar el código QR.',
  open: {
    title: 'Evaluación compartida',
    summaryTitle: 'Resumen compartido',
    reading: 'Leyendo el enlace…',
    intro:
      'Este enlace contiene una evaluación. Todavía no se ha añadido nada: compruebe lo que contiene y luego añádalo a sus evaluaciones como copia. Sus propias evaluaciones nunca se modifican.',
    summaryIntro:
      'Este enlace contiene el resumen de una evaluación: su título, veredicto, conclusión principal y valoraciones. Se muestra en modo de solo lectura y no puede añadirse como evaluación: para ello, pida a su autor el archivo de evaluación o un enlace completo.',
    what: 'Lo que contiene el enlace',
    untitled: 'Sin título',
    rated: 'Filas valoradas',
    ratedOf: '{rated} de {total}',
    updated: 'Último cambio',
    notStated: 'Sin indicar',
    added: '«{title}» se añadió a sus evaluaciones desde el enlace.',
    add: 'Añadir a mis evaluaciones',
    adding: 'Añadiendo…',
    back: 'Volver a mis evaluaciones',
    refused: 'Este enlace no se puede abrir',
    nothingChanged: 'No se añadió nada a sus evaluaciones, y nada en ellas cambió.',
    reasons: {
      'not-ours':
        'No es un enlace creado por esta aplicación, o ha perdido por el camino la parte después de «#».',
      'newer-link':
        'Lo creó una versión más reciente de esta aplicación. Recargue la página para obtener la última versión y vuelva a abrir el enlace.',
      'too-long': 'Es mucho más largo que cualquier enlace que un navegador pueda llevar.',
      'bad-encoding':
        'Tiene caracteres que un enlace para compartir nunca tiene: se dañó por el camino, quizá en una aplicación de mensajería o de correo.',
      'bad-compression': 'Su contenido no se puede descomprimir: el enlace está dañado o cortado.',
      damaged:
        'Está dañado o cortado: lo que contiene no coincide con su suma de comprobación. Pida de nuevo el enlace, o el archivo de evaluación.',
      'too-large':
        'Al descomprimirlo supera lo que una evaluación puede contener, así que no lo creó esta aplicación.',
      invalid: 'Lo que contiene no es una evaluación que esta aplicación sepa leer.',
      newer:
        'Contiene una evaluación guardada por una versión más reciente de esta aplicación. Recargue la página para obtener la última versión y vuelva a abrir el enlace.',
    },
  },
} satisfies typeof en
