import type en from '../en/workshop'

export default {
  untitled: 'Propuesta sin título',
  codes: {
    'not-ours': 'No es un enlace ni un código de esta aplicación, o le falta una parte.',
    damaged: 'Este enlace o código se cortó o cambió por el camino, así que no se puede leer.',
    'older-version': 'Lo creó una versión anterior de la aplicación, que esta ya no lee.',
    'newer-version':
      'Lo creó una versión más reciente de la aplicación. Recargue la aplicación para actualizarla.',
    'too-large': 'Es mucho más largo que cualquier enlace o papeleta real, así que no se leyó.',
    unloaded:
      'La aplicación no pudo cargar esta pantalla. Conéctese una vez a Internet y vuelva a intentarlo.',
  },
  status: {
    unrated: 'Sin valorar en la escala',
    split: 'Dividida: la sala forma dos bandos',
    consensus: 'Consenso',
    leaning: 'Tendencia: cerca del consenso',
    none: 'Sin consenso',
  },
  alpha: {
    reliable: 'suficiente para confiar en él',
    tentative: 'suficiente solo para conclusiones provisionales',
    'not-reliable': 'demasiado bajo para confiar en él: la sala no está de acuerdo',
    'too-few-raters': 'El acuerdo de la sala aparece a partir de 3 participantes.',
    'too-few-rows':
      'El acuerdo de la sala aparece cuando al menos 2 personas han valorado 5 filas.',
    'no-variation': 'Todos dieron la misma valoración a cada fila: no hay nada que medir.',
  },
  refusals: {
    'not-a-ballot': 'No es una papeleta.',
    'older-version':
      'Esta papeleta viene de una versión anterior de la aplicación, que esta ya no lee.',
    'newer-version':
      'Esta papeleta viene de una versión más reciente de la aplicación: recargue la aplicación.',
    invalid: 'Esta papeleta se modificó o dañó por el camino.',
    'invalid-rating': 'Esta papeleta tiene una respuesta que no está en la escala.',
    'other-workshop': 'Esta papeleta es de otro taller.',
    'unknown-round': 'Esta papeleta es de una ronda que este taller no ha empezado.',
    'unknown-row': 'Esta papeleta valora filas que esta ronda no pregunta.',
    duplicate: 'Esta papeleta ya se había recibido.',
    superseded:
      'La misma persona envió una papeleta posterior para esta ronda, que cuenta en su lugar.',
  },
  result: {
    median: 'Mediana',
    iqr: 'Dispersión (rango intercuartílico)',
    agreement: 'Del mismo lado',
    rated: 'Valoraciones',
    steps: '0 pasos | 1 paso | {n} pasos',
    between: 'entre {low} y {high}',
    splitNote: 'debatir antes de volver a votar',
    distribution: 'Valoraciones de {row}, por paso',
    skipped: 'Nadie la omitió. | Una persona la omitió. | {n} personas la omitieron.',
    showAll: 'Mostrar todo ({n})',
    farReasons: 'Razones de quienes valoraron a 2 pasos o más de la mediana',
  },
  start: {
    fromReport: 'Dirigir un taller sobre esta propuesta: una sala la valora en conjunto',
    title: 'Iniciar un taller',
    intro:
      'Una sala valora una propuesta en conjunto: cada persona en su propio teléfono, sin servidor ni cuenta. Elija qué se evalúa y cómo decide la sala, antes de que nadie vote.',
    source: 'Propuesta que evaluar',
    mine: 'Mis evaluaciones',
    templates: 'Plantillas',
    rule: '¿Cuándo está de acuerdo la sala? Se fija antes de votar',
    ruleHint:
      'Una fila alcanza consenso cuando la mitad central de las valoraciones no supera la dispersión indicada y suficientes personas quedan del mismo lado de la escala. Los valores por defecto son habituales en los estudios Delphi.',
    maxIqr: 'Mayor dispersión, en pasos de la escala (0 a 2)',
    minAgreement: 'Menor proporción del mismo lado, en % (50 a 100)',
    minTail:
      'Considerar dividida una fila cuando al menos este % la juzga dañina y este % favorable (10 a 50)',
    rows: 'Filas que valora la sala',
    submit: 'Iniciar el taller',
    failed: {
      source: 'Elija la propuesta que evaluar.',
      rule: 'Cada número de la regla debe ser un entero dentro del rango indicado.',
      rows: 'Elija al menos una fila que valorar.',
      full: 'El taller no se guardó: el almacenamiento de este dispositivo está lleno. Libere espacio y vuelva a intentarlo.',
      unavailable: 'El taller no se guardó: este navegador no deja que la aplicación guarde datos.',
    },
  },
  console: {
    title: 'Consola del taller · ronda {round}',
    load: {
      missing: 'No hay ningún taller con esta dirección en este dispositivo.',
      damaged: 'Los datos guardados de este taller están dañados; se dejaron como estaban.',
      unavailable: 'Este navegador no deja que la aplicación lea ni guarde datos.',
      full: 'El almacenamiento de este dispositivo está lleno.',
      refused: 'Se rechazó el cambio.',
    },
    dropped:
      'Una papeleta guardada ya no encaja y se apartó. | {n} papeletas guardadas ya no encajan y se apartaron.',
    notSaved: 'No se guardó: el taller sigue como estaba.',
    rule: 'Regla: consenso cuando la dispersión (rango intercuartílico) es {iqr} o menos y al menos el {agreement} % está del mismo lado; dividida cuando el {tail} % o más está a cada lado.',
    joinTitle: 'Unirse a la ronda {round}',
    joinIntro:
      'Las personas participantes abren este enlace o escanean el código en su propio teléfono. El taller viaja en el propio enlace: nada pasa por un servidor.',
    joinLink: 'Enlace para unirse',
    copyJoin: 'Copiar el enlace',
    copied: 'Copiado.',
    copyRefused: 'Este navegador no permitió copiar: seleccione el enlace y cópielo a mano.',
    joinQr: 'Código QR del enlace para unirse',
    joinQrTooLong:
      'El resumen de la propuesta hace el enlace demasiado largo para un código QR: comparta el enlace.',
    intakeTitle: 'Recibir papeletas',
    received:
      'Aún no hay papeletas en esta ronda. | Una papeleta en esta ronda: | {n} papeletas en esta ronda:',
    anonymous: 'anónima',
    files: 'Elija o suelte los archivos de papeletas (todos los que tenga)',
    paste: 'Pegue códigos o enlaces de papeletas (uno o varios)',
    addPasted: 'Añadir las papeletas pegadas',
    pastedSource: 'pegada',
    cameraSource: 'cámara',
    added: 'No se añadió ninguna papeleta. | Se añadió una papeleta. | Se añadieron {n} papeletas.',
    refused: 'Una no se recibió: | {n} no se recibieron:',
    resultTitle: 'Ronda {round}: dónde está la sala',
    alpha: 'Acuerdo de la sala (alfa de Krippendorff, ordinal): {alpha}, {reading}.',
    sorted: 'Primero las filas en las que la sala discrepa más.',
    nextRound: 'Iniciar una nueva ronda con las filas sin consenso',
    noNextRound: 'Todas las filas alcanzaron consenso: no queda nada que volver a votar.',
    projectorTitle: 'Proyector',
    projectorIntro:
      'Abra la vista del proyector en una segunda ventana y llévela al proyector. Muestra una fila cada vez, su resultado solo cuando usted lo revela, y nunca un nombre.',
    openProjector: 'Abrir la vista del proyector',
    remote: 'Controles del proyector',
    remoteHint:
      'Con el foco aquí: las flechas pasan de una fila a otra y R muestra u oculta el resultado.',
    previous: 'Fila anterior',
    next: 'Fila siguiente',
    reveal: 'Revelar el resultado',
    showing: 'Se muestra: {row}',
    showingOverview: 'Se muestra: la vista general',
    revealed: 'resultado revelado',
  },
  camera: {
    start: 'Escanear papeletas con la cámara',
    stop: 'Detener la cámara',
    label: 'Imagen de la cámara para escanear códigos de papeletas',
    reads: 'Acerque un código de papeleta a la cámara. | Un código leído. | {n} códigos leídos.',
    refused:
      'Se rechazó la cámara. Permítala en los ajustes del sitio o reciba las papeletas como archivos, enlaces o códigos.',
    missing:
      'No se encontró ninguna cámara. Reciba las papeletas como archivos, enlaces o códigos.',
    failed:
      'No se pudo iniciar el lector de códigos. Reciba las papeletas como archivos, enlaces o códigos.',
  },
  projector: {
    round: 'Ronda {round}',
    ratings: 'Ninguna valoración | Una valoración | {n} valoraciones',
    ballots: 'Aún no hay papeletas | Una papeleta recibida | {n} papeletas recibidas',
    hidden: 'El resultado queda oculto hasta que la persona facilitadora lo revele.',
    overview: 'Vista general',
    revealed: 'resultado revelado',
    keys: 'Flechas: fila siguiente o anterior · Espacio: revelar u ocultar',
  },
  ballot: {
    title: 'Papeleta del taller',
    reading: 'Leyendo la papeleta…',
    added: 'La papeleta se añadió al taller.',
    elsewhere:
      'Esta papeleta es de un taller que no está en este dispositivo. Envíela a la persona facilitadora, que lleva el taller en su propio dispositivo.',
    refused: 'La papeleta no se recibió.',
    toConsole: 'Abrir la consola del taller',
  },
  adopt: {
    title: 'Adoptar el resultado',
    intro:
      'Resuelva cada fila: tome el consenso de la sala o elija una valoración con la redacción acordada. Adoptar crea una nueva evaluación con las razones de las personas participantes como evidencia y un anexo del taller en su informe; el original queda como estaba.',
    keep: 'Mantener su valoración actual',
    consensus: 'Consenso de la sala: {rating}',
    wording: 'Redacción acordada',
    names: 'Mostrar en el informe los nombres o seudónimos de las personas participantes',
    submit: 'Adoptar el resultado como nueva evaluación',
  },
  join: {
    title: 'Valore esta propuesta',
    reading: 'Leyendo el enlace del taller…',
    refused: 'Este enlace de taller no se puede abrir',
    askAgain: 'Pida de nuevo el enlace a la persona facilitadora o vuelva a escanear el código.',
    round: 'Taller, ronda {round}',
    intro:
      'Valore cómo afecta la propuesta a cada parte de Internet. Omita las filas que no pueda juzgar. Sus respuestas se quedan en este dispositivo hasta que envíe su papeleta.',
    restored: 'Sus respuestas anteriores en este dispositivo han vuelto.',
    damaged:
      'Sus respuestas anteriores en este dispositivo no se podían leer, así que empieza de nuevo. La copia ilegible se guardó aparte.',
    notKept:
      'Este navegador no deja que la aplicación guarde sus respuestas: envíe su papeleta antes de cerrar la página.',
    pseudonym: 'Su nombre o un seudónimo (opcional)',
    pseudonymHint:
      'Déjelo vacío para valorar de forma anónima. La persona facilitadora lo ve; el proyector nunca lo muestra.',
    rowOf: 'Fila {n} de {total}:',
    reason: '¿Por qué? (opcional)',
    reasonCount: '{used} de {max} caracteres',
    sendTitle: 'Enviar su papeleta',
    unanswered:
      'Todas las filas tienen respuesta. | Una fila aún no tiene respuesta. | {n} filas aún no tienen respuesta.',
    send: 'Crear mi papeleta',
    sendAgain: 'Crear de nuevo mi papeleta con mis cambios',
    noAnswers: 'Responda primero al menos una fila: una papeleta vacía no le diría nada al grupo.',
    sendFailed: 'No se pudo crear la papeleta. Vuelva a intentarlo.',
    waysLabel: 'Formas de enviar su papeleta',
    ready:
      'Su papeleta está lista. Envíela de una de estas formas; si la envía de nuevo, sustituye a la anterior.',
    byQr: 'Muestre este código a la cámara de la persona facilitadora',
    qrLabel: 'Código QR de su papeleta',
    qrTooLong:
      'Sus razones hacen la papeleta demasiado larga para un código QR: use otra de las formas.',
    byLink: 'Enviarla como enlace',
    shareLink: 'Compartir o copiar el enlace de la papeleta',
    outcome: {
      shared: 'Compartido.',
      copied: 'Enlace copiado: péguelo en un mensaje a la persona facilitadora.',
      cancelled: 'No compartido.',
      refused: 'Este navegador no permitió compartir ni copiar: use el código o el archivo.',
    },
    byFile: 'Enviarla como archivo',
    download: 'Descargar el archivo de la papeleta',
    byCode: 'O copie este código y péguelo donde indique la persona facilitadora',
    copy: 'Copiar el código',
    copied: 'Código copiado.',
    copyRefused: 'Este navegador no permitió copiar: seleccione el código y cópielo a mano.',
    ballotTitle: 'Mi papeleta del taller',
  },
} satisfies typeof en
