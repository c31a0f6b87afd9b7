import { test, expect } from './fixtures'
import { putRecords, readRecords } from './idb'

/** Writes one entry of the app's summaries store as another app version or devtools could. */
function putSummary(page: import('@playwright/test').Page, key: string, value: unknown) {
  return page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('iiat')
        open.onsuccess = () => {
          const tx = open.result.transaction('summaries', 'readwrite')
          tx.objectStore('summaries').put(value, key)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onabort = () => reject(new Error(String(tx.error)))
        }
      }),
    { key, value },
  )
}

test('the list shown before the documents are read never outlives them: stale lines are corrected', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await page.getByLabel('Title', { exact: true }).first().fill('Kept title')
  await expect(page.getByText('All changes saved on this device')).toBeVisible()
  const [record] = await readRecords(page)
  const doc = record.doc as { id: string; flag: { title: string } }

  // A record written without a summary, a stale summary, and a summary of nothing.
  const other = structuredClone(doc)
  other.id = 'written-elsewhere'
  other.flag.title = 'Written elsewhere'
  await putRecords(page, [{ id: other.id, savedAt: '2026-01-01T00:00:00Z', rev: 1, doc: other }])
  await putSummary(page, doc.id, {
    id: doc.id,
    title: 'Stale title',
    verdict: 'not-assessed',
    provisional: true,
    updatedAt: '2026-01-01T00:00:00Z',
  })
  await putSummary(page, 'ghost', {
    id: 'ghost',
    title: 'Ghost of a deleted assessment',
    verdict: 'not-assessed',
    provisional: true,
    updatedAt: '2026-01-01T00:00:00Z',
  })

  for (const visit of ['first', 'second']) {
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Kept title' }), visit).toBeVisible()
    await expect(page.getByRole('link', { name: 'Written elsewhere' }), visit).toBeVisible()
    await expect(page.getByRole('link', { name: 'Stale title' }), visit).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Ghost of a deleted assessment' })).toHaveCount(0)
  }
})
