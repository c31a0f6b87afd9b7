import type en from '../en/templates'

export default {
  heading: 'Cas réels',
  country: 'Pays ou région',
  kind: 'Type de proposition',
  allCountries: 'Tous les pays et régions',
  allKinds: 'Tous les types',
  count: 'Aucun cas ne correspond. | {n} cas affiché sur {total}. | {n} cas affichés sur {total}.',
  clear: 'Tout afficher',
  ratesSome:
    'Évalue {n} des {total} lignes d’après les sources publiques ; les autres sont marquées « Non traité ».',
  ratesAll: 'Un exemple complet : évalue les {total} lignes et planifie le plaidoyer.',
  start: 'Partir de ce cas',
  startLabel: 'Partir de « {title} »',
} satisfies typeof en
