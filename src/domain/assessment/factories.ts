/** Factories for empty documents and list entries. Ids and time are always passed in. */
import { ITEM_IDS, type ItemId } from '../catalogue/ids'
import { UNSET_MIXED } from './versions/v2'
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
    mixed: { ...UNSET_MIXED },
  }
}

/**
 * A blank assessment: every one of the 15 rows present and not yet assessed, no choice made for
 * the author (kind and stage are "not stated"), and the public brief as the report to print.
 */
export function createAssessment(options: { id: string; now: Date; locale: Locale }): Assessment {
  const stamp = options.now.toISOString()
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: stamp,
    updatedAt: stamp,
    locale: options.locale,
    flag: {
      title: '',
      kind: null,
      jurisdiction: '',
      proposer: '',
      stage: null,
      dates: { published: '', consultationCloses: '', vote: '', inForce: '' },
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
    publication: {
      authors: [],
      contributors: [],
      version: '',
      published: '',
      licence: '',
      contact: '',
    },
    brief: {
      abstract: '',
      executiveSummary: '',
      goalConclusions: { open: '', 'globally-connected': '', secure: '', trustworthy: '' },
      conclusions: '',
    },
    report: { profile: 'brief', hiddenSections: [] },
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
