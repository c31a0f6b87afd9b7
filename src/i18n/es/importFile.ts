/** Lo que la biblioteca dice de los campos desconocidos de un archivo importado; se carga solo cuando los hay. */
export default {
  keptFields:
    'El archivo tiene un campo que esta versión de la aplicación no conoce. Se conservó, y los archivos que guarde de esta evaluación lo volverán a incluir: | El archivo tiene {n} campos que esta versión de la aplicación no conoce. Se conservaron, y los archivos que guarde de esta evaluación los volverán a incluir:',
  droppedFields:
    'Un campo desconocido no se conservó: era demasiado grande o no era seguro copiarlo. | {n} campos desconocidos no se conservaron: eran demasiado grandes o no era seguro copiarlos.',
}
