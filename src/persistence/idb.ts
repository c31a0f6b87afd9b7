/**
 * The IndexedDB plumbing shared by the library and its revisions: one promise per transaction
 * that keeps the real cause of a failure (quota, unavailable), and the readable text of any
 * stored value. Nothing here knows about assessments.
 */
/** A storage operation that failed; `quota` means the browser refused more data. */
export interface StorageFailure {
  ok: false
  reason: 'quota' | 'unavailable' | 'unknown'
  message: string
}

export type WriteResult = { ok: true } | StorageFailure

/** The document inside a library record; any other value is taken as a bare document. */
export function documentOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'doc' in value
    ? value.doc
    : value
}

export function rawText(value: unknown): string {
  const doc = documentOf(value)
  try {
    const json = JSON.stringify(doc, null, 2) as string | undefined
    if (json !== undefined) return json
  } catch {
    // Cycles and BigInts survive structured cloning but have no JSON form.
  }
  try {
    return String(doc)
  } catch {
    return Object.prototype.toString.call(doc)
  }
}

export function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : rawText(key)
}

/** Wraps an IDB event handler so that what it throws fails the transaction with that error. */
export type Guard = (handler: () => void) => () => void

/**
 * Runs one transaction; resolves with `body`'s result getter once it has committed. Request
 * handlers set up by `body` go through `guard`: an exception in a plain handler would abort the
 * transaction with a bare AbortError and lose the cause (e.g. QuotaExceededError from `put`).
 */
export function transact<T>(
  db: IDBDatabase,
  storeNames: string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction, guard: Guard) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction
    try {
      tx = db.transaction(storeNames, mode)
    } catch (error) {
      reject(toError(error))
      return
    }
    let failure: Error | null = null
    const fail = (error: unknown) => {
      failure ??= toError(error)
      try {
        tx.abort()
      } catch {
        // Already finished: nothing to undo.
      }
    }
    const guard: Guard = (handler) => () => {
      try {
        handler()
      } catch (error) {
        fail(error)
      }
    }
    let result: () => T = () => undefined as T
    tx.oncomplete = () => resolve(result())
    // Browsers report a quota overrun at commit as an abort whose error is QuotaExceededError.
    tx.onabort = () =>
      reject(failure ?? tx.error ?? namedError('AbortError', 'The transaction was aborted.'))
    try {
      result = body(tx, guard)
    } catch (error) {
      fail(error)
    }
  })
}

export async function write(
  db: IDBDatabase,
  storeName: string,
  body: (store: IDBObjectStore) => void,
): Promise<WriteResult> {
  try {
    await transact(db, [storeName], 'readwrite', (tx) => {
      body(tx.objectStore(storeName))
      return () => undefined
    })
    return { ok: true }
  } catch (error) {
    return failureOf(error)
  }
}

const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])
/** The legacy DOMException code QUOTA_EXCEEDED_ERR, still set by some engines. */
const QUOTA_EXCEEDED_CODE = 22
const UNAVAILABLE_ERROR_NAMES = new Set([
  'InvalidStateError',
  'NotFoundError',
  'SecurityError',
  'UnknownError',
])

/** Maps a thrown value or a transaction error to a failure the UI can put into words. */
export function failureOf(error: unknown): StorageFailure {
  const name = errorField(error, 'name')
  const reason =
    QUOTA_ERROR_NAMES.has(String(name)) || errorField(error, 'code') === QUOTA_EXCEEDED_CODE
      ? 'quota'
      : UNAVAILABLE_ERROR_NAMES.has(String(name))
        ? 'unavailable'
        : 'unknown'
  return { ok: false, reason, message: messageOf(error) }
}

function errorField(error: unknown, field: 'name' | 'code' | 'message'): unknown {
  return typeof error === 'object' && error !== null && field in error
    ? (error as Record<string, unknown>)[field]
    : undefined
}

export function messageOf(error: unknown): string {
  if (error === undefined || error === null) return 'no details'
  const message = errorField(error, 'message')
  const name = errorField(error, 'name')
  if (typeof message === 'string' && message) return message
  if (typeof name === 'string' && name) return name
  return rawText(error)
}

/** Keeps name and code of DOMException-like values, which is all `failureOf` reads. */
function toError(error: unknown): Error {
  if (error instanceof Error) return error
  const name = errorField(error, 'name')
  return Object.assign(namedError(typeof name === 'string' ? name : 'Error', messageOf(error)), {
    code: errorField(error, 'code'),
  })
}

function namedError(name: string, message: string): Error {
  const error = new Error(message)
  error.name = name
  return error
}
