export default {
  title: 'Acerca de y licencias',
  intro:
    'Esta aplicación sigue el kit de herramientas de evaluación de impacto en Internet de Internet Society: señalar una propuesta, analizar su impacto en Internet, planificar su incidencia y trabajar en conjunto, y luego compartir un informe.',
  privacy:
    'Funciona en su navegador, sin servidor, sin cuenta y sin rastreo. Sus evaluaciones se quedan en este dispositivo salvo que las exporte.',
  licencesHeading: 'Licencias',
  licencesIntro:
    'La aplicación está hecha con estos componentes libres y de código abierto, y su informe PDF incorpora la fuente de abajo. Abra uno para leer su licencia.',
  loading: 'Cargando las licencias…',
  failed:
    'No se pudo cargar la lista de licencias. Viene con la aplicación una vez abierta en línea; vuelva a intentarlo cuando tenga conexión.',
}
