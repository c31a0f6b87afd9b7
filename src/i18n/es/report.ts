import type en from '../en/report'

export default {
  title: 'Informe',
  intro:
    'Su evaluación en forma de informe: la conclusión y sus motivos, el análisis fila por fila, su estrategia y sus aliados. Revíselo abajo y luego descárguelo en PDF para compartirlo, o guarde el archivo de la evaluación para continuar más tarde o pasarle el trabajo a otra persona.',
  document: {
    heading: 'Qué documento',
    profile: 'Documento que se imprime',
    brief: 'Informe de impacto en Internet',
    briefHint:
      'Público: sus hallazgos en el orden de los informes de ISOC, para legisladores, prensa y público. Su plan queda fuera.',
    plan: 'Plan de incidencia',
    planHint:
      'Interno: su objetivo SMART y sus comprobaciones, públicos, mensajes, tácticas con responsables, calendario, aliados y próximos pasos.',
    complete: 'Completo',
    completeHint: 'Ambos, el informe y después el plan, para su equipo.',
    sections: 'Secciones que se incluyen',
    sectionsHint:
      'Desmarque una sección para quitarla de la vista previa y del PDF. La portada se imprime siempre.',
  },
  export: {
    heading: 'Exportar y compartir',
    language: 'Idioma del informe',
    languageHint:
      'La vista previa y el PDF usan este idioma. Lo que usted haya escrito se mantiene tal como lo escribió.',
    pdf: 'Descargar el informe en PDF',
    pdfBusy: 'Preparando el PDF…',
    pdfHint: 'El mismo informe que la vista previa de abajo, listo para imprimir o enviar.',
    file: 'Guardar el archivo de la evaluación (.iia.json)',
    fileHint: 'Todo lo que ha introducido, en un archivo que esta aplicación puede volver a abrir.',
    note: 'Ambos archivos se crean en este dispositivo y van a su carpeta de descargas; no se sube nada. Compártalos por correo electrónico o mensajería como cualquier otro archivo.',
    reopen:
      'Para continuar a partir de un archivo de evaluación, propio o recibido, ábralo desde {library} con «Abrir un archivo…».',
    library: 'Mis evaluaciones',
  },
  status: {
    pdfReady: 'PDF listo: {name}',
    pdfFailed:
      'No se pudo crear el PDF. Su evaluación no se ha visto afectada: vuelva a intentarlo o guarde el archivo de la evaluación.',
    pdfLoadFailed:
      'No se pudo cargar la herramienta de PDF. Compruebe su conexión y vuelva a intentarlo. Su evaluación no se ha visto afectada.',
    fileSaved: 'Archivo de la evaluación listo: {name}',
    fileFailed:
      'No se pudo crear el archivo de la evaluación. Vuelva a cargar la página e inténtelo de nuevo.',
  },
  preview: {
    label: 'Vista previa del informe',
    note: 'Vista previa: esto es lo que contendrá el PDF.',
  },
  verdict: {
    label: 'Conclusión',
    reasons: 'Motivos',
  },
  sources: {
    accessed: 'consultada el {date}',
  },
  chart: {
    data: 'Datos del gráfico',
    group: 'Grupo',
    rated: 'Filas calificadas',
    ratedOf: '{rated} de {total}',
  },
} satisfies typeof en
