/**
 * Issue 10, share links: the fair-share example goes into a link, the link is opened in a fresh
 * browser context (empty storage) and added, and the stored document is the original; the
 * summary link's QR code, as drawn on screen, decodes back to the link; hostile links say why
 * they are refused and leave the library as it was, after a reload too.
 */
import { readFileSync } from 'node:fs'
import { deflateSync } from 'fflate'
import decodeQR from 'qr/decode.js'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { readRecords } from './idb'
import { findViolations } from './axe'

async function expectNoViolations(page: Page, where: string, include?: string) {
  const found = (await findViolations(page, { include })).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found, where).toEqual([])
}

/** What the first test made, for the tests that follow it (each in a fresh context). */
const made: { link?: string; file?: string; summaryLink?: string } = {}

async function startFairShare(page: Page): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from the worked example' }).click()
  await expect(page).toHaveURL(/\/a\/[^/]+\/flag$/)
  return /\/a\/([^/]+)\//.exec(page.url())![1]
}

async function saveAssessmentFile(page: Page, path: string): Promise<unknown> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save assessment file', exact: false }).first().click()
  await (await download).saveAs(path)
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** The document without what any copy changes: its id and its times. */
function withoutIdentity(doc: unknown): unknown {
  const rest = { ...(doc as Record<string, unknown>) }
  for (const key of ['id', 'createdAt', 'updatedAt']) delete rest[key]
  return rest
}

test.describe.serial('share links', () => {
  test('the fair-share example goes into a link, and its summary into a QR code', async ({
    page,
  }, info) => {
    const id = await startFairShare(page)
    await page.goto(`/a/${id}/report`)
    await expect(page.getByRole('heading', { level: 2, name: 'Share a link' })).toBeVisible()
    // The privacy note is there before any link is made.
    await expect(page.getByText(/never reaches any server/)).toBeVisible()

    const full = page.getByRole('region', { name: 'Share link' })
    await full.getByRole('button', { name: 'Make a share link' }).click()
    const field = full.getByRole('textbox', { name: 'The link' })
    await expect(field).toHaveValue(/\/open#a1\.[A-Za-z0-9_-]+$/)
    made.link = await field.inputValue()
    await expect(full.getByText(/^The link is [\d,]+ characters long\.$/)).toBeVisible()
    // Longer than a chat app carries safely: the file is offered, the link is still there.
    await expect(full.getByText(/too long to send safely/)).toBeVisible()
    await expect(
      full.getByRole('button', { name: 'Save the assessment file instead' }),
    ).toBeVisible()
    // Far too long for a QR code that scans from a screen.
    await expect(full.getByText(/too long for a QR code/)).toBeVisible()

    made.file = info.outputPath('original.iia.json')
    await saveAssessmentFile(page, made.file)

    const summary = page.getByRole('region', { name: 'Summary link' })
    await summary.getByRole('button', { name: 'Make a summary link' }).click()
    const summaryField = summary.getByRole('textbox', { name: 'The link' })
    await expect(summaryField).toHaveValue(/\/open#s1\.[A-Za-z0-9_-]+$/)
    made.summaryLink = await summaryField.inputValue()

    await summary.getByRole('button', { name: 'Show QR code' }).click()
    const qr = summary.getByRole('img', { name: /^QR code of the link to “/ })
    await expect(qr).toBeVisible()
    // Decode what the screen shows: a screenshot of the code, its pixels read in the page.
    const png = await qr.screenshot()
    const image = await page.evaluate(async (base64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${base64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      return { width, height, data: Array.from(data) }
    }, png.toString('base64'))
    const decoded = decodeQR({
      width: image.width,
      height: image.height,
      data: Uint8Array.from(image.data),
    })
    expect(decoded).toBe(made.summaryLink)

    await expectNoViolations(page, 'share section with both links and a QR code', '.report-share')

    // The dark theme does not turn the code light on dark.
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(qr.locator('rect')).toHaveAttribute('fill', '#fff')
    await expect(qr.locator('path')).toHaveAttribute('fill', '#000')
  })

  test('opened in a fresh browser, the link shows what it holds and adds the same document', async ({
    page,
  }, info) => {
    expect(made.link, 'made by the test before').toBeTruthy()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible()
    expect(await readRecords(page)).toHaveLength(0)

    await page.goto(made.link!)
    await expect(page.getByRole('heading', { level: 1, name: 'Shared assessment' })).toBeVisible()
    const what = page.getByRole('region', { name: 'What the link holds' })
    const original = JSON.parse(readFileSync(made.file!, 'utf8')) as {
      flag: { title: string; proposer: string }
    }
    await expect(what.getByText(original.flag.title)).toBeVisible()
    await expect(what.getByText(original.flag.proposer)).toBeVisible()
    await expect(what.getByText(/^\d+ of 15$/)).toBeVisible()
    // Nothing is stored before the person asks.
    expect(await readRecords(page)).toHaveLength(0)
    await expectNoViolations(page, 'what a shared assessment holds')

    await page.getByRole('button', { name: 'Add to my assessments' }).click()
    await expect(page).toHaveURL(/\/a\/[^/]+\/flag$/)
    await expect(page.getByText(/was added to your assessments from the link/)).toBeVisible()
    const copyId = /\/a\/([^/]+)\//.exec(page.url())![1]
    await expect.poll(async () => (await readRecords(page)).length).toBe(1)

    await page.goto(`/a/${copyId}/report`)
    const copy = await saveAssessmentFile(page, info.outputPath('copy.iia.json'))
    expect(withoutIdentity(copy)).toStrictEqual(withoutIdentity(original))
    expect((copy as { id: string }).id).not.toBe((original as unknown as { id: string }).id)
  })

  test('a summary link opens read-only', async ({ page }) => {
    expect(made.summaryLink, 'made by the first test').toBeTruthy()
    await page.goto(made.summaryLink!)
    await expect(page.getByRole('heading', { level: 1, name: 'Shared summary' })).toBeVisible()
    await expect(page.getByText(/cannot be added as an assessment/)).toBeVisible()
    await expect(page.getByText(/^Verdict:/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add to my assessments' })).toHaveCount(0)
    expect(await readRecords(page)).toHaveLength(0)
    await expectNoViolations(page, 'a shared summary')
  })
})

/** A fragment of ours around any bytes, with a CRC of zero (the cap comes before the checksum). */
function fragmentOf(bytes: Uint8Array): string {
  return `a1.${Buffer.concat([Buffer.from(bytes), Buffer.alloc(4)]).toString('base64url')}`
}

test('hostile links say why they are refused and change nothing, after a reload too', async ({
  page,
}) => {
  // A real link made, six hostile ones opened (one with axe), a reload: 35 s idle, 45 s on CI.
  test.setTimeout(150_000)
  await startFairShare(page)
  await page.goto('/')
  await expect(page.getByRole('link', { name: /Fair share/i }).first()).toBeVisible()
  const before = await readRecords(page)
  expect(before).toHaveLength(1)

  const fragment = await (async () => {
    // A real link, made the way the Report step makes it.
    await page.goto(`/a/${before[0].id}/report`)
    const full = page.getByRole('region', { name: 'Share link' })
    await full.getByRole('button', { name: 'Make a share link' }).click()
    return new URL(await full.getByRole('textbox', { name: 'The link' }).inputValue()).hash
  })()

  const bomb = fragmentOf(deflateSync(new Uint8Array(100 * 1024 * 1024), { level: 9 }))
  const cases: [string, RegExp][] = [
    [fragment.slice(0, Math.floor(fragment.length / 2)), /damaged or cut short/],
    [
      `#${fragment.slice(1, 20)}${fragment[20] === 'A' ? 'B' : 'A'}${fragment.slice(21)}`,
      /damaged or cut short/,
    ],
    ['#a1.this is not base64!', /damaged on the way/],
    ['#hello', /not a link made by this app/],
    ['#a7.AAAA', /newer version of this app/],
    [`#${bomb}`, /more than an assessment may hold/],
  ]
  for (const [hash, reason] of cases) {
    await page.goto(`/open${hash}`)
    const alert = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' })
    await expect(alert, hash.slice(0, 40)).toBeVisible()
    await expect(alert).toContainText(reason)
    await expect(alert).toContainText('Nothing was added to your assessments')
    await expect(page.getByRole('button', { name: 'Add to my assessments' })).toHaveCount(0)
    if (hash === '#hello') await expectNoViolations(page, 'a refused link')
    await page.getByRole('link', { name: 'Back to my assessments' }).click()
    await expect(page).toHaveURL(/\/$/)
  }

  await page.reload()
  await expect(page.getByRole('link', { name: /Fair share/i }).first()).toBeVisible()
  const after = await readRecords(page)
  expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id))
  expect(after.map((r) => r.doc)).toEqual(before.map((r) => r.doc))
})

test('at 320 px, the share section and the open screen do not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 })
  const id = await startFairShare(page)
  await page.goto(`/a/${id}/report`)
  const pageWidth = () =>
    page.evaluate(() => {
      const root = document.scrollingElement!
      return root.scrollWidth - root.clientWidth
    })
  const full = page.getByRole('region', { name: 'Share link' })
  await full.getByRole('button', { name: 'Make a share link' }).click()
  const summary = page.getByRole('region', { name: 'Summary link' })
  await summary.getByRole('button', { name: 'Make a summary link' }).click()
  await summary.getByRole('button', { name: 'Show QR code' }).click()
  const qr = summary.getByRole('img', { name: /^QR code/ })
  await expect(qr).toBeVisible()
  expect((await qr.boundingBox())!.width).toBeLessThanOrEqual(320)
  expect(await pageWidth(), 'report step with both links and a QR code').toBeLessThanOrEqual(0)

  const link = await full.getByRole('textbox', { name: 'The link' }).inputValue()
  await page.goto(link)
  await expect(page.getByRole('button', { name: 'Add to my assessments' })).toBeVisible()
  expect(await pageWidth(), 'what a link holds').toBeLessThanOrEqual(0)
  await page.goto('/open#a1.broken')
  await expect(page.getByRole('alert')).toBeVisible()
  expect(await pageWidth(), 'a refused link').toBeLessThanOrEqual(0)
})
