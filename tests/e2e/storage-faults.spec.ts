import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openFile } from './openFile'
import { readRecords } from './idb'

const saved = 'All changes saved on this device'
const FULL_FLAG = 'e2e:disk-full'

/**
 * Makes every IndexedDB write throw QuotaExceededError, as on a full disk, while the flag is set
 * in sessionStorage (which survives reloads of the tab): `diskFull(page, false)` frees space.
 */
async function fillableDisk(page: Page) {
  await page.addInitScript((flag) => {
    type Write = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest
    const store = IDBObjectStore.prototype as unknown as Record<'put' | 'add', Write>
    for (const method of ['put', 'add'] as const) {
      const original = store[method]
      store[method] = function (...args) {
        if (sessionStorage.getItem(flag) === '1')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  }, FULL_FLAG)
}

const diskFull = (page: Page, on: boolean) =>
  page.evaluate(
    ({ flag, on }) => (on ? sessionStorage.setItem(flag, '1') : sessionStorage.removeItem(flag)),
    { flag: FULL_FLAG, on },
  )

const savedStatus = (page: Page) => page.getByText(saved, { exact: true })
const titleField = (page: Page) => page.getByLabel('Title', { exact: true }).first()
const outOfSpace = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This device has run out of storage space' })
const journalKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('iiat:unsaved:')))

/** Starts an assessment and waits until its title is stored (not only journaled). */
async function startAssessment(page: Page, title: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await titleField(page).fill(title)
  await expect
    .poll(async () =>
      (await readRecords(page)).map((r) => (r.doc as { flag: { title: string } }).flag.title),
    )
    .toEqual([title])
  await expect(savedStatus(page)).toBeVisible()
}

test('storage full: what was typed is back after a reload, never called saved, and saved once there is room', async ({
  page,
}, info) => {
  await fillableDisk(page)
  await startAssessment(page, 'Written before the disk filled')
  await diskFull(page, true)

  await page.getByLabel('Summary').fill('Typed while the disk is full')
  await expect(outOfSpace(page)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Summary')).toHaveValue('Typed while the disk is full')
  await expect(outOfSpace(page)).toBeVisible()
  await expect(savedStatus(page)).toHaveCount(0)

  // Typing more keeps the first text too: the journal holds the whole document on screen.
  await titleField(page).fill('Retitled while the disk is full')
  await page.reload()
  await expect(page.getByLabel('Summary')).toHaveValue('Typed while the disk is full')
  await expect(titleField(page)).toHaveValue('Retitled while the disk is full')
  await expect(savedStatus(page)).toHaveCount(0)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save as file' }).click()
  const path = info.outputPath('unsaved.iia.json')
  await (await downloading).saveAs(path)
  expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
    flag: { title: 'Retitled while the disk is full', summary: 'Typed while the disk is full' },
  })

  await diskFull(page, false)
  await page.getByRole('button', { name: 'Try saving again' }).click()
  await expect(savedStatus(page)).toBeVisible()
  await expect(outOfSpace(page)).toHaveCount(0)
  expect(await journalKeys(page)).toEqual([])
  await page.reload()
  await expect(page.getByLabel('Summary')).toHaveValue('Typed while the disk is full')
  await expect(titleField(page)).toHaveValue('Retitled while the disk is full')
  await expect(savedStatus(page)).toBeVisible()
  expect((await readRecords(page)).map((r) => r.doc)).toMatchObject([
    { flag: { title: 'Retitled while the disk is full', summary: 'Typed while the disk is full' } },
  ])
})

test('storage full: a duplicate, a template, an import and an undone deletion each say they were not saved, and stay open', async ({
  page,
}) => {
  await fillableDisk(page)
  await startAssessment(page, 'Saved before')
  const library = page.getByRole('link', { name: 'My assessments' }).first()
  await library.click()
  await diskFull(page, true)
  const exported = JSON.stringify((await readRecords(page))[0].doc)

  const create = {
    duplicate: () => page.getByRole('button', { name: 'Duplicate “Saved before”' }).click(),
    template: () => page.getByRole('button', { name: 'Start from the worked example' }).click(),
    import: () =>
      openFile(page, {
        name: 'shared.iia.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      }),
    'undone deletion': async () => {
      const stored = page.getByRole('row').filter({ hasNotText: 'Not saved' })
      await stored.getByRole('button', { name: 'Delete “Saved before”' }).click()
      await page.getByRole('button', { name: 'Undo' }).click()
    },
  }
  for (const [how, run] of Object.entries(create)) {
    await run()
    const notice = page.getByRole('status').filter({ hasText: 'is open in this tab only' }).last()
    await expect(notice, how).toContainText('could not be saved on this device')
    await expect(notice, how).toContainText('run out of storage space')
    await expect(page, how).toHaveURL(/\/a\/[^/]+\/flag$/)
    await expect(outOfSpace(page), how).toBeVisible()
    await expect(page.getByText(/added to your assessments|A copy of .* was created/)).toHaveCount(
      0,
    )
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await library.click()
  }
  // After a reload they are still there (from the journal), still marked as not saved...
  expect(await readRecords(page)).toHaveLength(0)
  await page.reload()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(5)
  await expect(rows.filter({ hasText: 'Not saved' })).toHaveCount(4)
  // ...and stored once there is room.
  await diskFull(page, false)
  await page.reload()
  await expect(rows).toHaveCount(5)
  await expect(rows.filter({ hasText: 'Not saved' })).toHaveCount(0)
  expect(await readRecords(page)).toHaveLength(4)
  expect(await journalKeys(page)).toEqual([])
})

for (const [fault, script] of [
  ['missing', () => Reflect.deleteProperty(globalThis, 'indexedDB')],
  [
    'refusing to open',
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission.', 'SecurityError')
      }
    },
  ],
] as const) {
  test(`IndexedDB ${fault}: the person is told, can still work, and nothing claims to be saved`, async ({
    page,
  }) => {
    await page.addInitScript(script)
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText(
      'This browser does not let the app store data',
    )
    await page.getByRole('button', { name: 'New blank assessment' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'is open in this tab only' }),
    ).toBeVisible()
    await titleField(page).fill('Kept in memory')
    await expect(
      page.getByRole('alert').filter({ hasText: 'This browser does not allow saving' }),
    ).toBeVisible()
    await expect(savedStatus(page)).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('button', { name: 'Save as file' })).toBeVisible()
  })
}

for (const [fault, script] of [
  [
    'refuses every write',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    },
  ],
  [
    'cannot even be reached',
    () => {
      Object.defineProperty(globalThis, 'localStorage', {
        get() {
          throw new DOMException('Access is denied.', 'SecurityError')
        },
      })
    },
  ],
] as const) {
  test(`localStorage that ${fault}: saving works, and the person is told reload protection is off`, async ({
    page,
  }) => {
    await page.addInitScript(script)
    await startAssessment(page, 'Saved in IndexedDB')
    await expect(
      page.getByRole('status').filter({ hasText: 'Reload protection is off' }),
    ).toBeVisible()
    await page.reload()
    await expect(titleField(page)).toHaveValue('Saved in IndexedDB')
  })
}
