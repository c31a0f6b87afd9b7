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
    pdfHint:
      'El mismo informe que la vista previa de abajo, listo para imprimir o enviar. También contiene el archivo de la evaluación, así que esta aplicación puede volver a abrir el PDF.',
    file: 'Guardar el archivo de la evaluación (.iia.json)',
    fileHint:
      'Todo lo que ha introducido, en un archivo que esta aplicación puede volver a abrir. Consérvelo como copia principal: algunas herramientas eliminan el archivo que contiene un PDF.',
    note: 'Cada archivo se crea en este dispositivo y va a su carpeta de descargas; no se sube nada. Compártalos por correo electrónico o mensajería como cualquier otro archivo.',
    reopen:
      'Para continuar a partir de un archivo de evaluación, propio o recibido, ábralo desde {library} con «Abrir un archivo…».',
    library: 'Mis evaluaciones',
  },
  editable: {
    heading: 'Documentos editables',
    intro: 'El mismo informe que el PDF, para editarlo antes de publicarlo o enviarlo.',
    docx: 'Documento de Word (.docx)',
    docxBusy: 'Preparando el documento de Word…',
    docxHint:
      'Se abre en Word, LibreOffice o Google Docs con títulos, listas y tablas reales, para editarlo, cambiar su formato o traducirlo.',
    markdown: 'Markdown (.md)',
    markdownHint:
      'Texto sin formato con títulos y tablas, para un sitio web, una wiki o un repositorio de código.',
    ready: 'Listo: {name}',
    docxFailed:
      'No se pudo crear el documento de Word. Su evaluación no se ha visto afectada: vuelva a intentarlo o descargue el PDF.',
    docxLoadFailed:
      'No se pudo cargar la exportación a Word: quizá no tenga conexión y aún no se había descargado. Compruebe su conexión y vuelva a intentarlo. Su evaluación no se ha visto afectada.',
    markdownFailed:
      'No se pudo crear el archivo Markdown. Su evaluación no se ha visto afectada: vuelva a intentarlo.',
  },
  card: {
    heading: 'Tarjeta de resumen',
    intro:
      'Una imagen para una diapositiva o una publicación: la propuesta, el veredicto y su conclusión principal, el gráfico y sus tres primeros mensajes clave, en el idioma del informe. Si arriba creó un enlace para compartir, aparece en ella, con su código QR cuando el enlace es lo bastante corto para escanearlo.',
    png: 'Descargar PNG',
    svg: 'Descargar SVG',
    copyAlt: 'Copiar el texto alternativo',
    altHeading: 'Texto alternativo',
    altCopied: 'Se copió el texto alternativo.',
    altRefused:
      'El navegador rechazó el portapapeles: seleccione el texto alternativo de abajo y cópielo.',
    pngFailed: 'No se pudo crear el PNG en este navegador. Descargue el SVG.',
  },
  unprintable: {
    heading: 'Parte de este texto no se puede imprimir en el PDF',
    intro:
      'La fuente del PDF no tiene caracteres para: {scripts}. En el PDF saldrían como «�». Su texto está a salvo: se queda tal como lo escribió, aquí y en el archivo de la evaluación.',
    cover: 'Portada',
    more: 'Y un lugar más. | Y {n} lugares más.',
    options:
      'Puede descargar el PDF de todos modos. Para imprimir todas las escrituras, use «Imprimir o guardar como PDF»: su navegador imprime el informe de abajo con sus propias fuentes y puede guardarlo como PDF.',
    print: 'Imprimir o guardar como PDF',
    emoji: 'emojis',
    private: 'caracteres de uso privado',
    other: 'algunos símbolos',
  },
  publication: {
    heading: 'Datos de publicación',
    intro:
      'Quién escribió el informe y cómo puede compartirse. Se imprimen en la portada; deje un campo vacío para omitirlo.',
    authors: 'Autores',
    author: 'Autor',
    addAuthor: 'Añadir un autor',
    noAuthors: 'Aún no hay autores.',
    contributors: 'Colaboradores',
    contributor: 'Colaborador',
    addContributor: 'Añadir un colaborador',
    noContributors: 'Aún no hay colaboradores.',
    name: 'Nombre',
    affiliation: 'Afiliación',
    affiliationHint: 'Una organización o un capítulo, si corresponde.',
    version: 'Versión',
    versionHint: 'Por ejemplo 1.0, o «Borrador para comentarios».',
    published: 'Fecha de publicación',
    publishedHint: 'Sin ella, la portada indica la fecha en que se creó el PDF.',
    licence: 'Licencia',
    licenceHint:
      'Cómo pueden otros reutilizar el informe. Muchos informes usan CC BY 4.0 (reutilización con atribución); elija lo que su organización permita.',
    contact: 'Contacto',
    contactHint: 'Un correo o una dirección web donde los lectores puedan contactarle.',
  },
  briefTexts: {
    heading: 'Textos del informe',
    intro:
      'Un informe empieza con un resumen y un resumen ejecutivo y termina con conclusiones y recomendaciones. Redacte un borrador de cada uno a partir de sus hallazgos y luego hágalo suyo.',
    abstract: 'Resumen',
    abstractHint: 'Dos o tres frases para la portada: la propuesta y el hallazgo principal.',
    executiveSummary: 'Resumen ejecutivo',
    executiveSummaryHint:
      'El hallazgo principal y después los principales hallazgos, para quien no lea nada más.',
    goalConclusion: 'Conclusión: {goal}',
    goalConclusionHint: 'Se imprime después de los habilitadores de este objetivo.',
    conclusions: 'Conclusiones y recomendaciones',
    conclusionsHint: 'Su juicio general y lo que quienes deciden deberían hacer en su lugar.',
    draft: 'Redactar a partir de los hallazgos',
    draftLabel: 'Redactar «{field}» a partir de los hallazgos',
    nothingToDraft:
      'Aún no hay nada a partir de lo cual redactar: primero evalúe en Analizar las filas de las que trata este texto.',
    replaceQuestion: '¿Reemplazar su texto por un nuevo borrador? Su texto no se conservará.',
    replace: 'Reemplazar por el borrador',
    keep: 'Conservar mi texto',
    drafted: 'Borrador redactado. Edítelo como quiera.',
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
