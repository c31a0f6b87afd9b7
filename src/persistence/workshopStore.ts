/**
 * Where the facilitator's device keeps its workshops (issue 11): one entry per workshop in
 * `localStorage`, under `iiat.workshop.<key>`. A workshop is small (200 ballots of 15 rows are
 * tens of kilobytes) and its writes must be read-modify-write across tabs: `updateWorkshop` reads
 * the saved copy, applies the change and writes it back in one synchronous step, so a ballot taken
 * in by a second tab (or by a ballot link opened in a new tab) is never written over. Taking
 * ballots in is a merge that keeps the same ballots in any order, so replaying it on the newer copy
 * loses nothing.
 *
 * Saved data is untrusted: a damaged entry is reported and left as it is, never overwritten, and
 * a write the browser refuses (storage full, storage off) is reported, never called saved.
 */
import { parseWorkshop, type WorkshopSession } from '@/domain'

/** What the store needs of `localStorage`; tests pass a fake. */
export interface KeyValueStorage {
  readonly length: number
  key(index: number): string | null
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

const PREFIX = 'iiat.workshop.'

/** One line of the list of workshops; a damaged entry is listed so it is not forgotten. */
export type WorkshopEntry =
  | {
      key: string
      ok: true
      title: string
      updatedAt: string
      rounds: number
      ballots: number
      adopted: boolean
    }
  | { key: string; ok: false }

export type LoadedWorkshop =
  | { ok: true; session: WorkshopSession; dropped: number }
  | { ok: false; reason: 'missing' | 'damaged' | 'unavailable' }

export type SavedWorkshop =
  | { ok: true; session: WorkshopSession }
  | { ok: false; reason: 'full' | 'unavailable' | 'damaged' | 'missing' | 'refused' }

function read(storage: KeyValueStorage, key: string): LoadedWorkshop {
  let text: string | null
  try {
    text = storage.getItem(PREFIX + key)
  } catch {
    return { ok: false, reason: 'unavailable' }
  }
  if (text === null) return { ok: false, reason: 'missing' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  const parsed = parseWorkshop(value)
  if (!parsed.ok || parsed.session.key !== key) return { ok: false, reason: 'damaged' }
  return { ok: true, session: parsed.session, dropped: parsed.dropped }
}

/** A saved workshop, read and checked. Never throws. */
export const loadWorkshop = (storage: KeyValueStorage, key: string): LoadedWorkshop =>
  read(storage, key)

function write(storage: KeyValueStorage, session: WorkshopSession): SavedWorkshop {
  try {
    storage.setItem(PREFIX + session.key, JSON.stringify(session))
    return { ok: true, session }
  } catch (error) {
    const name = (error as { name?: string } | null)?.name
    return {
      ok: false,
      reason:
        name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
          ? 'full'
          : 'unavailable',
    }
  }
}

/** Saves a new workshop; an existing entry under its key is never replaced. */
export function createWorkshopEntry(
  storage: KeyValueStorage,
  session: WorkshopSession,
): SavedWorkshop {
  const existing = read(storage, session.key)
  if (existing.ok || existing.reason !== 'missing')
    return { ok: false, reason: existing.ok ? 'refused' : existing.reason }
  return write(storage, session)
}

/**
 * Applies `change` to the saved copy (not to a copy held in memory, which another tab may have
 * outdated) and saves the result. `change` returns null to refuse (nothing is written). The
 * saved entry is untouched when it is damaged or missing, or when the write fails.
 */
export function updateWorkshop(
  storage: KeyValueStorage,
  key: string,
  change: (saved: WorkshopSession) => WorkshopSession | null,
): SavedWorkshop {
  const saved = read(storage, key)
  if (!saved.ok) return saved
  const next = change(saved.session)
  if (!next) return { ok: false, reason: 'refused' }
  if (next === saved.session) return { ok: true, session: next }
  return write(storage, next)
}

/** Every workshop on this device, most recently changed first. Never throws. */
export function listWorkshops(storage: KeyValueStorage): WorkshopEntry[] {
  const keys: string[] = []
  try {
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i)
      if (name?.startsWith(PREFIX)) keys.push(name.slice(PREFIX.length))
    }
  } catch {
    return []
  }
  const entries = keys.map((key): WorkshopEntry => {
    const loaded = read(storage, key)
    if (!loaded.ok) return { key, ok: false }
    const { session } = loaded
    return {
      key,
      ok: true,
      title: session.source.flag.title,
      updatedAt: session.updatedAt,
      rounds: session.rounds.length,
      ballots: session.ballots.length,
      adopted: Boolean(session.adoptedId),
    }
  })
  return entries.sort((a, b) =>
    a.ok && b.ok ? b.updatedAt.localeCompare(a.updatedAt) : Number(a.ok) - Number(b.ok),
  )
}

/** Whether a `storage` event is about a workshop, and which. */
export const workshopKeyOfStorageKey = (name: string | null) =>
  name?.startsWith(PREFIX) ? name.slice(PREFIX.length) : null
