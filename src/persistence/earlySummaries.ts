/**
 * The library's first screen lists the stored summaries. Reading them used to wait until the
 * whole first load had been evaluated; the build's route-preload script (vite.config.ts) starts
 * the read as the page is parsed instead, so it overlaps the download and evaluation of the app.
 * The library session takes the values it read (`takeEarlySummaries`) and checks them like any
 * other stored summaries (`LibraryDb.listSummaries`).
 *
 * This file imports nothing: the build inlines `startEarlySummaries`'s source into that script,
 * so the function may use nothing from outside its own body.
 */

/** The library database's name. */
export const LIBRARY_DB_NAME = 'iiat'
/** The store of summaries (libraryDb.ts: a cache of each assessment's line in the list). */
export const SUMMARIES_STORE = 'summaries'
/** Where, on the window, the early read leaves its promise. */
export const EARLY_SUMMARIES_KEY = '__iiatEarlySummaries'

/** The raw stored summaries, or null when there is no library or they cannot be read. */
export type EarlySummaries = Promise<unknown[] | null>

/**
 * Reads every stored summary and leaves the promise on `target[key]`. Never creates the
 * database (a first visit aborts the creation), never upgrades it, never throws; the connection
 * is closed as soon as the values are read, or at once when another connection asks for a new
 * version, so the app's own connection is never blocked for long. The script is deferred before
 * the entry, so it runs first; should it ever run after the app has taken its read
 * (`takeEarlySummaries` leaves the key set), it does nothing.
 */
export function startEarlySummaries(
  idb: IDBFactory,
  name: string,
  store: string,
  target: object,
  key: string,
): void {
  if (Reflect.has(target, key)) return
  const read = new Promise<unknown[] | null>((resolve) => {
    let request: IDBOpenDBRequest
    try {
      request = idb.open(name)
    } catch {
      resolve(null)
      return
    }
    // No library yet: leave creating it to the app. (Without a version, nothing else is asked
    // of other connections, so the open is never blocked.)
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(null)
    request.onsuccess = () => {
      const db = request.result
      db.onversionchange = () => db.close()
      const done = (values: unknown[] | null) => {
        db.close()
        resolve(values)
      }
      try {
        if (!db.objectStoreNames.contains(store)) return done(null)
        const all = db.transaction(store, 'readonly').objectStore(store).getAll()
        all.onsuccess = () => done(all.result)
        all.onerror = () => done(null)
      } catch {
        done(null)
      }
    }
  })
  Reflect.set(target, key, read)
}

/** The early read's promise, taken once (a later call gets null); null when none was started. */
export function takeEarlySummaries(
  target: object,
  key: string = EARLY_SUMMARIES_KEY,
): EarlySummaries | null {
  const value: unknown = Reflect.get(target, key)
  // Left set (to null), so an early read that arrives late knows the app has gone on without it.
  Reflect.set(target, key, null)
  return value instanceof Promise ? (value as EarlySummaries) : null
}
