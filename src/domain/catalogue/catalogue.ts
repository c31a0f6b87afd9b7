/** The catalogue as one ordered structure: exist (properties) and thrive (enablers by goal). */
import { ENABLERS_BY_GOAL, GOAL_IDS, PROPERTY_IDS, type GoalId, type ItemId } from './ids'

export interface CatalogueGroup {
  /** 'properties' for what the Internet needs to exist, or a goal for what it needs to thrive. */
  id: 'properties' | GoalId
  layer: 'exist' | 'thrive'
  items: readonly ItemId[]
}

/** The 15 rows of the preliminary analysis in ISOC's order, grouped as the table groups them. */
export const CATALOGUE_GROUPS: readonly CatalogueGroup[] = [
  { id: 'properties', layer: 'exist', items: PROPERTY_IDS },
  ...GOAL_IDS.map((g) => ({ id: g, layer: 'thrive' as const, items: ENABLERS_BY_GOAL[g] })),
]
