/** Factories for empty documents and list entries. Ids and time are always passed in. */
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import {
  ASSESSMENT_FORMAT,
  CURRENT_SCHEMA_VERSION,
  type Assessment,
  type ItemAnalysis,
  type Locale,
} from './schema'

/** An item of the preliminary analysis that nobody has looked at yet. */
function createItemAnalysis(): ItemAnalysis {
  return {
    impact: 'not-assessed',
    dependsOnImplementation: false,
    howAffected: '',
    effectOnPeople: '',
    evidence: [],
    confidence: null,
  }
}

/** A blank assessment: every one of the 15 rows present and not yet assessed. */
export function createAssessment(options: { id: string; now: Date; locale: Locale }): Assessment {
  const stamp = options.now.toISOString()
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: stamp,
    updatedAt: stamp,
    locale: options.locale,
    authors: [],
    flag: {
      title: '',
      kind: 'legislation',
      jurisdiction: '',
      proposer: '',
      stage: 'draft',
      dates: { published: '', consultationCloses: '', vote: '' },
      summary: '',
      sources: [],
      stakeholders: [],
    },
    analysis: Object.fromEntries(ITEM_IDS.map((id) => [id, createItemAnalysis()])) as Record<
      ItemId,
      ItemAnalysis
    >,
    strategy: {
      goal: {
        statement: '',
        specific: '',
        measurable: '',
        achievable: '',
        relevantItemIds: [],
        deadline: '',
        deadlineEvent: '',
      },
      audiences: [],
      messages: [],
      tactics: [],
      milestones: [],
    },
    together: {
      allies: [],
      coalition: '',
      asks: [],
      nextSteps: [],
      join: { chapter: '', chapterUrl: '', notes: '' },
      shareLog: [],
    },
  }
}

/** A deep copy under a new id and time, e.g. for "duplicate" or an imported copy. */
export function copyAssessment(doc: Assessment, options: { id: string; now: Date }): Assessment {
  const copy = JSON.parse(JSON.stringify(doc)) as Assessment
  copy.id = options.id
  copy.createdAt = options.now.toISOString()
  copy.updatedAt = copy.createdAt
  return copy
}
