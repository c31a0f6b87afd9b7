import type en from '../en/compare'

/** The comparison of two assessments (issue 11). */
export default {
  title: 'Comparar dos evaluaciones',
  intro:
    'Ponga dos evaluaciones lado a lado (una propuesta y su versión enmendada, o las opiniones de dos capítulos sobre la misma) y vea, fila por fila, qué cambió en sentido y en fuerza, y por qué.',
  first: 'Primera evaluación',
  second: 'Segunda evaluación',
  firstLabel: 'Nombre de la primera (opcional)',
  secondLabel: 'Nombre de la segunda (opcional)',
  labelHint: 'Una o dos palabras para encabezar su columna, como «Original» o «Enmendada».',
  swap: 'Intercambiar las dos',
  loading: 'Leyendo su biblioteca…',
  unavailable:
    'Este navegador no permite a la aplicación leer su biblioteca, así que no hay nada que comparar.',
  tooFew:
    'Para comparar hacen falta dos evaluaciones en su biblioteca. Empiece o abra otra primero.',
  toLibrary: 'Ir a la biblioteca',
  same: 'Eligió la misma evaluación dos veces: elija dos distintas.',
  missing:
    'Una evaluación nombrada en este enlace no está en su biblioteca. Elija dos de las suyas.',
  gone: 'Se eliminó una evaluación que estaba comparando, quizá en otra pestaña. Otra ocupa ahora su lugar: revise la elección de abajo.',
  updated: 'modificada el {date}',
  exports: 'Llevarse la comparación',
  pdf: 'Descargar PDF',
  pdfBusy: 'Preparando el PDF…',
  markdown: 'Descargar Markdown (.md)',
  status: {
    pdfReady: 'PDF listo: {name}',
    markdownReady: 'Archivo Markdown listo: {name}',
    pdfFailed:
      'No se pudo crear el PDF. Sus evaluaciones no se ven afectadas: vuelva a intentarlo.',
    pdfLoadFailed:
      'No se pudo cargar la herramienta PDF. Compruebe su conexión y vuelva a intentarlo.',
    markdownFailed: 'No se pudo crear el archivo Markdown. Vuelva a intentarlo.',
  },
} satisfies typeof en
