/**
 * Stable identifiers of the methodology's yardstick: the five critical properties of the
 * Internet Way of Networking (what the Internet needs to exist, ISOC 2020) and the ten enablers
 * grouped in four goals (what it needs to thrive, ISOC 2021).
 */

/** The five critical properties, in ISOC's order. */
export const PROPERTY_IDS = [
  'accessible-infrastructure-common-protocol',
  'open-architecture-building-blocks',
  'decentralized-management-distributed-routing',
  'common-global-identifiers',
  'technology-neutral-general-purpose',
] as const

/** The four goals of an open, globally connected, secure and trustworthy Internet. */
export const GOAL_IDS = ['open', 'globally-connected', 'secure', 'trustworthy'] as const

/** The ten enablers, grouped by goal in ISOC's order. */
export const ENABLERS_BY_GOAL = {
  open: [
    'easy-unrestricted-access',
    'unrestricted-use-deployment',
    'collaborative-development-governance',
  ],
  'globally-connected': ['unrestricted-reachability', 'available-capacity'],
  secure: ['data-confidentiality', 'integrity', 'reliability-resilience-availability'],
  trustworthy: ['accountability', 'privacy'],
} as const

export type PropertyId = (typeof PROPERTY_IDS)[number]
export type GoalId = (typeof GOAL_IDS)[number]
export type EnablerId = (typeof ENABLERS_BY_GOAL)[GoalId][number]
/** Any of the 15 rows of the preliminary analysis table. */
export type ItemId = PropertyId | EnablerId

/** The ten enablers in goal order. */
export const ENABLER_IDS: readonly EnablerId[] = GOAL_IDS.flatMap((g) => ENABLERS_BY_GOAL[g])

/** All 15 rows of ISOC's preliminary analysis table: properties first, then enablers by goal. */
export const ITEM_IDS = [...PROPERTY_IDS, ...ENABLER_IDS] as readonly ItemId[] as readonly [
  ItemId,
  ...ItemId[],
]

/** Whether an item is a critical property (exist) rather than an enabler (thrive). */
export function isPropertyId(id: string): id is PropertyId {
  return (PROPERTY_IDS as readonly string[]).includes(id)
}

/** Whether a string names one of the 15 catalogue items. */
export function isItemId(id: string): id is ItemId {
  return (ITEM_IDS as readonly string[]).includes(id)
}

/** The goal an enabler serves. */
export function goalOf(id: EnablerId): GoalId {
  const goal = GOAL_IDS.find((g) => (ENABLERS_BY_GOAL[g] as readonly string[]).includes(id))
  if (!goal) throw new Error(`unknown enabler ${id}`)
  return goal
}
