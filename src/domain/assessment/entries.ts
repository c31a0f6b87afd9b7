/**
 * Factories for new entries of the document's lists, each blank and ready to fill in. The id and
 * the day are parameters (DESIGN.md §3: ids are stable slugs, time is passed in), so the same
 * call always gives the same entry.
 */
import type {
  Ally,
  Ask,
  Audience,
  Evidence,
  KeyMessage,
  Milestone,
  NextStep,
  Person,
  ShareEntry,
  Source,
  Stakeholder,
  Tactic,
} from './schema'

/** A new Flag source accessed `today` (YYYY-MM-DD): sources are usually added right after reading. */
export function createSource(id: string, today: string): Source {
  return { id, title: '', url: '', accessed: today }
}

/** A new affected stakeholder of the proposal. */
export function createStakeholder(id: string): Stakeholder {
  return { id, name: '', note: '' }
}

/** A new piece of evidence for an analysis row, citing the Flag source `sourceId` or none (''). */
export function createEvidence(id: string, sourceId = ''): Evidence {
  return { id, sourceId, note: '' }
}

/** A new audience of the strategy: who, why they matter and what we ask of them. */
export function createAudience(id: string): Audience {
  return { id, name: '', why: '', ask: '' }
}

/** A new key message, not yet tied to any finding or audience. */
export function createKeyMessage(id: string): KeyMessage {
  return { id, text: '', itemIds: [], audienceIds: [] }
}

/** A new planned tactic whose kind nobody has chosen yet (it prints as "not stated"). */
export function createTactic(id: string): Tactic {
  return {
    id,
    kind: null,
    description: '',
    owner: '',
    due: '',
    status: 'planned',
  }
}

/** A new undated milestone of the plan. */
export function createMilestone(id: string): Milestone {
  return { id, date: '', label: '' }
}

/** A new ally whose kind nobody has chosen yet, so an unchanged kind never claims something untrue. */
export function createAlly(id: string): Ally {
  return { id, name: '', kind: null, role: '', contact: '' }
}

/** A new author or contributor of the brief. */
export function createPerson(id: string): Person {
  return { id, name: '', affiliation: '' }
}

/** A new ask of an ally or decision-maker. */
export function createAsk(id: string): Ask {
  return { id, to: '', ask: '' }
}

/** A new next step, undated and not done. */
export function createNextStep(id: string): NextStep {
  return { id, who: '', what: '', when: '', done: false }
}

/** A new share-log entry dated `today` (YYYY-MM-DD): sharing is usually recorded right after sending. */
export function createShareEntry(id: string, today: string): ShareEntry {
  return { id, date: today, with: '', note: '' }
}
