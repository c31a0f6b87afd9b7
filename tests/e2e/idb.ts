/**
 * The app's IndexedDB library, read and written from the outside through a Playwright page: one
 * module for the end-to-end tests and the bench (scripts/bench/). The page must be on the app's
 * origin; the app creates the database on its first load.
 */
import type { Page } from '@playwright/test'

/** The app's database and store (src/persistence/libraryDb.ts). */
const DB = 'iiat'
const ASSESSMENTS = 'assessments'

/** A record of the `assessments` store, as LibraryRecord in src/persistence/libraryDb.ts. */
export interface StoredRecord {
  id: string
  savedAt: string
  rev?: number
  doc: unknown
}

/** Every record of the app's `assessments` store. */
export function readRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    ({ db, store }) =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const request = open.result.transaction(store, 'readonly').objectStore(store).getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as StoredRecord[])
          }
          request.onerror = () => reject(new Error(String(request.error)))
        }
      }),
    { db: DB, store: ASSESSMENTS },
  )
}

/** Writes records under their ids in one transaction, after clearing the store when asked. */
export function putRecords(
  page: Page,
  records: readonly StoredRecord[],
  { clear = false }: { clear?: boolean } = {},
): Promise<void> {
  return page.evaluate(
    ({ db, store, records, clear }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite')
          const target = tx.objectStore(store)
          if (clear) target.clear()
          for (const record of records) target.put(record, record.id)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onabort = () => reject(new Error(String(tx.error)))
        }
      }),
    { db: DB, store: ASSESSMENTS, records: [...records], clear },
  )
}

/**
 * Waits until the app has saved the assessment `id` (checked in the page), and returns its record.
 */
export async function waitForRecord(page: Page, id: string, timeout = 15_000) {
  await page.waitForFunction(
    ({ db, store, id }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(db)
        open.onerror = () => resolve(false)
        open.onsuccess = () => {
          const request = open.result.transaction(store, 'readonly').objectStore(store).count(id)
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result > 0)
          }
          request.onerror = () => resolve(false)
        }
      }),
    { db: DB, store: ASSESSMENTS, id },
    { timeout, polling: 100 },
  )
  return (await readRecords(page)).find((record) => record.id === id)!
}
