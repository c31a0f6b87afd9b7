/**
 * What a person reads when a file is refused or saved data is set aside (issue 7, item 4): the
 * fields named as the forms name them, "and N more", a clear refusal of ambiguous repeated ids,
 * and why a record was set aside, with its real content.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openFile } from './openFile'
import { parseAssessment } from '../../src/domain/assessment/parse'

const fixture = async () =>
  JSON.parse(await readFile('tests/fixtures/v1-fair-share.iia.json', 'utf8')) as {
    id: string
    flag: Record<string, unknown> & { sources: { id: string; title: string }[] }
    analysis: Record<string, { evidence: { id: string; sourceId: string; note: string }[] }>
    strategy: { goal: Record<string, unknown> }
  }

async function openRefused(page: Page, name: string, content: string | Buffer) {
  await openFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(content) })
  const notice = page
    .getByRole('status')
    .filter({ hasText: `The file “${name}” could not be opened.` })
  await expect(notice).toBeVisible()
  return notice
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('No assessments yet.', { exact: false })).toBeVisible()
})

test('"Open a file…" is one control: the file input behind it is not a second one', async ({
  page,
}) => {
  // Chromium exposes a file input as a button, so a labelled hidden input was announced twice.
  await expect(page.getByRole('button', { name: 'Open a file…' })).toHaveCount(1)
  await expect(page.getByRole('button', { name: /Open a file/ })).toHaveCount(1)
  await expect(page.locator('input[type="file"]')).toHaveCount(1)
})

test('a refused file names fields with the form labels and says how many more', async ({
  page,
}) => {
  const doc = await fixture()
  doc.flag.kind = 'law'
  for (const field of ['title', 'jurisdiction', 'proposer', 'summary']) delete doc.flag[field]
  for (const field of ['statement', 'specific', 'measurable', 'achievable', 'deadline'])
    delete doc.strategy.goal[field]
  const result = parseAssessment(doc)
  if (result.ok) throw new Error('the broken document should be refused')
  expect(result.issues.length).toBeGreaterThan(9)

  const notice = await openRefused(page, 'broken.iia.json', JSON.stringify(doc))
  await expect(notice).toContainText(
    'Flag › Kind of proposal: the value is not one of the allowed choices',
  )
  await expect(notice).toContainText('Flag › Where it applies: a required value is missing.')
  await expect(notice).toContainText(`And ${result.issues.length - 8} more problems.`)
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('a file whose evidence cites a repeated source id is refused, naming both', async ({
  page,
}) => {
  const doc = await fixture()
  const [first] = doc.flag.sources
  doc.flag.sources.push({ ...first, title: 'A second source with the same id' })
  const cited = Object.values(doc.analysis).some((row) =>
    row.evidence.some((e) => e.sourceId === first.id),
  )
  if (!cited) doc.analysis.privacy.evidence.push({ id: 'cites', sourceId: first.id, note: '' })
  const position = doc.flag.sources.length

  const notice = await openRefused(page, 'twice.iia.json', JSON.stringify(doc))
  await expect(notice).toContainText(
    `Flag › Sources › Source ${position} › identifier: “${first.id}” is also the identifier of item 1 in the same list`,
  )
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('a record set aside at start-up says why, and downloads its real content', async ({
  page,
}, info) => {
  const content = '{"format":"iiat-assessment","flag":'
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('iiat')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite')
          tx.objectStore('assessments').put(new Blob([text]), 'from-a-blob')
          tx.objectStore('assessments').put(
            { format: 'iiat-assessment', schemaVersion: 1, id: 'wrong-shape' },
            'wrong-shape',
          )
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onabort = () => reject(new Error(String(tx.error)))
        }
      }),
    content,
  )
  await page.reload()

  const section = page.getByRole('region', { name: 'Some saved data could not be read' })
  const blob = section.getByRole('listitem').filter({ hasText: 'Record “from-a-blob”' })
  await expect(blob).toContainText('Why: it is not data the app can read as an assessment')
  await expect(section.getByRole('listitem').filter({ hasText: 'wrong-shape' })).toContainText(
    'Why: it is an assessment, but some of its content is missing or not valid.',
  )

  const download = page.waitForEvent('download')
  await blob.getByRole('button', { name: 'Download raw data' }).click()
  const path = info.outputPath('recovered.json')
  await (await download).saveAs(path)
  expect(await readFile(path, 'utf8')).toBe(content)
})
