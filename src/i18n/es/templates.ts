import type en from '../en/templates'

export default {
  heading: 'Casos reales',
  country: 'País o región',
  kind: 'Tipo de propuesta',
  allCountries: 'Todos los países y regiones',
  allKinds: 'Todos los tipos',
  count:
    'Ningún caso coincide. | Se muestra {n} de {total} casos. | Se muestran {n} de {total} casos.',
  clear: 'Mostrar todos',
  ratesSome:
    'Evalúa {n} de las {total} filas según las fuentes públicas; las demás figuran como «No tratado».',
  ratesAll: 'Un ejemplo completo: evalúa las {total} filas y planifica la incidencia.',
  start: 'Partir de este caso',
  startLabel: 'Partir de «{title}»',
} satisfies typeof en
