/** The library's list of built-in templates; loaded with the step screens' messages, when the list is opened. */
export default {
  heading: 'Real cases',
  country: 'Country or region',
  kind: 'Kind of proposal',
  allCountries: 'All countries and regions',
  allKinds: 'All kinds',
  count: 'No case matches. | Showing {n} of {total} cases. | Showing {n} of {total} cases.',
  clear: 'Show all',
  ratesSome:
    'Rates {n} of {total} rows from the public record; the others are marked “Not discussed”.',
  ratesAll: 'A complete worked example: rates all {total} rows and plans the advocacy.',
  start: 'Start from this case',
  startLabel: 'Start from “{title}”',
}
