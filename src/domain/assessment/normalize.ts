/**
 * Keeps a valid document consistent with itself, wherever it comes from: the screens apply the
 * same rules while the person edits, and `parseAssessment` applies them to every document that
 * enters the app (saved records, imports, restored revisions), so none brings back what the
 * screens would have removed.
 */
import type { Assessment, KeyMessage, Strategy } from './schema'
import { rekeyDuplicateIds } from './uniqueIds'

/**
 * The key messages with their links to audiences the strategy no longer has removed, so a
 * deleted audience never lingers unseen in the messages that targeted it; messages with nothing
 * to remove are returned as they are.
 */
export function pruneMessageAudiences(
  strategy: Pick<Strategy, 'audiences' | 'messages'>,
): KeyMessage[] {
  const ids = new Set(strategy.audiences.map((audience) => audience.id))
  return strategy.messages.map((message) => {
    const kept = message.audienceIds.filter((id) => ids.has(id))
    return kept.length === message.audienceIds.length ? message : { ...message, audienceIds: kept }
  })
}

/**
 * The document made consistent (no message linked to a removed audience, no id repeated in a
 * list: see `rekeyDuplicateIds`); the document itself when nothing changes, else a copy that
 * shares every untouched part.
 */
export function normalizeAssessment(input: Assessment): Assessment {
  const doc = rekeyDuplicateIds(input)
  const messages = pruneMessageAudiences(doc.strategy)
  if (messages.every((message, i) => message === doc.strategy.messages[i])) return doc
  return { ...doc, strategy: { ...doc.strategy, messages } }
}
