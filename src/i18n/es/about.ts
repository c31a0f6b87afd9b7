export default {
  title: 'Acerca de y licencias',
  intro:
    'Esta aplicación sigue el kit de herramientas de evaluación de impacto en Internet de Internet Society: señalar una propuesta, analizar su impacto en Internet, planificar su incidencia y trabajar en conjunto, y luego compartir un informe.',
  privacy:
    'Funciona en su navegador, sin servidor, sin cuenta y sin rastreo. Sus evaluaciones se quedan en este dispositivo salvo que las exporte.',
  licencesHeading: 'Licencias',
  licencesIntro:
    'La aplicación está hecha con estos componentes libres y de código abierto, y su informe PDF incorpora las fuentes de abajo. Abra uno para leer su licencia.',
  loading: 'Cargando las licencias…',
  failed:
    'No se pudo cargar la lista de licencias. Viene con la aplicación una vez abierta en línea; vuelva a intentarlo cuando tenga conexión.',
  offline: {
    heading: 'Escrituras del informe PDF',
    intro:
      'Un informe escrito en árabe, hebreo, una escritura índica, tailandés, jemer, chino, japonés o coreano necesita la fuente de esa escritura, que se descarga la primera vez que se exporta un informe así. Antes de un taller sin conexión, guarde en este dispositivo las escrituras que vaya a necesitar.',
    legend: 'Guardar en este dispositivo',
    onDevice: 'en este dispositivo',
    keep: 'Descargar las escrituras elegidas',
    working: 'Descargando…',
    kept: 'Ya en este dispositivo, para exportar sin conexión: {scripts}.',
    failed:
      'No se pudo descargar {scripts}. Compruebe la conexión y el espacio libre en este dispositivo, y vuelva a intentarlo.',
    unsupported:
      'Este navegador no puede guardar archivos para usarlos sin conexión. La fuente de cada escritura se descarga cuando un informe la necesita.',
  },
}
