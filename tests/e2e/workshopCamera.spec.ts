/**
 * Issue 11, ballots by camera: the facilitator's console reads a participant's ballot QR code
 * from the laptop camera and takes the ballot in; a camera that is refused is said plainly and
 * leaves the workshop as it was. Chromium plays a video file as its camera: a YUV4MPEG2 file
 * written here, in Node, from the ballot code the participant's phone shows, drawn with the same
 * QR library and settings as the app. Headless Chromium on Linux has no `BarcodeDetector`, so the
 * console reads the frames with the decoder it loads on demand (`qr/decode.js`).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import encodeQR from 'qr'
import { test, expect } from './fixtures'
import { CHROME_FLAGS } from './chrome'
import { openOnPhone, startWorkshop, type NewContext } from './workshopPages'
import { QR_QUIET_ZONE, qrPath, type QrMatrix } from '../../src/domain/report/qrCode'

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/**
 * The camera's video. Chromium is told its path when it is launched (before any test runs), but
 * opens the file only when a page starts the camera, so a test writes it once the participant's
 * ballot exists. One folder per worker process: tests side by side never share it.
 */
const videoDir = join(tmpdir(), `iiat-camera-${process.pid}`)
const videoPath = join(videoDir, 'ballot.y4m')

/** The participant's QR code of a ballot code, exactly as `qrMatrixForLink` makes it. */
function qrMatrixOf(code: string): boolean[][] {
  const framed = encodeQR(code, 'raw', { ecc: 'medium', border: 1 })
  return framed.slice(1, -1).map((row) => row.slice(1, -1))
}

/**
 * A grayscale YUV4MPEG2 video (4:2:0, chroma 128) of a QR code, dark on white with the quiet zone,
 * centred, each module a square of whole pixels: what Chromium's fake camera plays in a loop.
 */
function y4mOf(matrix: QrMatrix, width = 640, height = 480, frames = 5): Buffer {
  const size = matrix.length + 2 * QR_QUIET_ZONE
  const scale = Math.floor(Math.min(width, height) / size)
  expect(scale, 'pixels per module').toBeGreaterThanOrEqual(4)
  const left = Math.floor((width - size * scale) / 2) + QR_QUIET_ZONE * scale
  const top = Math.floor((height - size * scale) / 2) + QR_QUIET_ZONE * scale
  const luma = Buffer.alloc(width * height, 255)
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + y * scale + dy) * width + left + x * scale
        luma.fill(0, start, start + scale)
      }
    }),
  )
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)])
}

/**
 * Puts the video where Chromium's camera reads it: written aside, then moved in one step, so
 * the camera never reads half a file nor one another test of this worker is still playing.
 */
function playOnCamera(video: Buffer) {
  mkdirSync(videoDir, { recursive: true })
  writeFileSync(`${videoPath}.part`, video)
  renameSync(`${videoPath}.part`, videoPath)
}

/** A participant on a phone rates every row and makes the ballot; returns its code and QR. */
async function ballotOf(newContext: NewContext, join: string) {
  const phone = await openOnPhone(newContext, join)
  const rows = phone.getByRole('group')
  const count = await rows.count()
  for (let i = 0; i < count; i++) await rows.nth(i).getByLabel('Negative', { exact: true }).check()
  await expect(phone.getByText('Every row is answered.')).toBeVisible()
  await phone.getByRole('button', { name: 'Make my ballot' }).click()
  await expect(phone.getByText('Your ballot is ready')).toBeVisible()
  const code = await phone.getByLabel(/Or copy this code/).inputValue()
  expect(code).toMatch(/^b1\./)
  // The code the phone shows as QR is this code, drawn from the same matrix as ours.
  const drawn = await phone
    .getByRole('img', { name: 'QR code of your ballot' })
    .locator('path')
    .getAttribute('d')
  const matrix = qrMatrixOf(code)
  expect(drawn, 'the QR code the phone draws').toBe(qrPath(matrix))
  await phone.context().close()
  return { code, matrix }
}

// One browser for the file (launch options cannot differ by group): its camera plays the file.
// Without --use-fake-ui-for-media-stream, a page may use it only where the context grants it.
test.use({
  launchOptions: {
    executablePath,
    args: [
      ...CHROME_FLAGS,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${videoPath}`,
    ],
  },
})
test.afterAll(() => rmSync(videoDir, { recursive: true, force: true }))

test.describe('a camera that plays a ballot QR code', () => {
  test.use({ permissions: ['camera'] })

  test('the console scans a ballot from the camera and takes it in', async ({
    page,
    newContext,
  }) => {
    test.setTimeout(120_000)
    const join = await startWorkshop(page)
    await expect(page.getByText('No ballots yet for this round.')).toBeVisible()

    const { matrix } = await ballotOf(newContext, join)
    playOnCamera(y4mOf(matrix))

    // Every report the console shows, in order: the camera reads the same code again every few
    // seconds (a duplicate, refused), so the first report is soon replaced.
    await page.evaluate(() => {
      const shown: string[] = []
      Object.assign(window, { shownReports: shown })
      new MutationObserver(() => {
        const text = document.querySelector('.workshop-console__report')?.textContent ?? ''
        if (text && text !== shown.at(-1)) shown.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    const reports = () =>
      page.evaluate(() => (window as unknown as { shownReports: string[] }).shownReports)

    // No BarcodeDetector here: the frames are read by the decoder, loaded only now.
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false)
    const decoder = page.waitForResponse((r) => /\/assets\/decode-[^/]*\.js$/.test(r.url()), {
      timeout: 20_000,
    })
    await page.getByRole('button', { name: 'Scan ballots with the camera' }).click()
    expect((await decoder).ok()).toBe(true)
    await expect(page.getByRole('button', { name: 'Stop the camera' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await expect(page.getByLabel('Camera view for scanning ballot codes')).toBeVisible()

    await expect(page.getByText('One ballot for this round:')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(/^(One code|\d+ codes) read\.$/)).toBeVisible()
    const first = (await reports())[0]
    expect(first, 'the first report').toContain('One ballot added.')
    expect(first, 'the first report').not.toContain('not taken in')
    await page.getByRole('button', { name: 'Stop the camera' }).click()
    await expect(page.getByRole('button', { name: 'Scan ballots with the camera' })).toBeVisible()
    await expect(page.getByLabel('Camera view for scanning ballot codes')).toBeHidden()
    // However often it was read, the ballot counts once.
    await expect(page.getByText('One ballot for this round:')).toBeVisible()
    for (const later of (await reports()).slice(1))
      expect(later, 'a later report').toContain('This ballot was already taken in.')

    // Saved on this device: still there after a reload.
    await page.reload()
    await expect(page.getByText('One ballot for this round:')).toBeVisible()
  })
})

test.describe('a camera that is refused', () => {
  // The camera is there, but this context does not grant it: the request is refused.
  test.use({ permissions: [] })

  test('says so plainly and leaves the workshop unchanged', async ({ page }) => {
    // A camera that plays (a blank picture), so what fails is the permission, not the device.
    playOnCamera(y4mOf([]))
    await startWorkshop(page)
    await expect(page.getByText('No ballots yet for this round.')).toBeVisible()
    const saved = () => page.evaluate(() => JSON.stringify({ ...localStorage }))
    const before = await saved()

    await page.getByRole('button', { name: 'Scan ballots with the camera' }).click()
    await expect(page.getByRole('alert')).toHaveText(
      'The camera was refused. Allow it in the browser’s site settings, or take ballots in as files, links or codes.',
    )
    await expect(
      page.getByRole('button', { name: 'Scan ballots with the camera' }),
    ).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByLabel('Camera view for scanning ballot codes')).toBeHidden()
    await expect(page.locator('.workshop-console__report')).toHaveCount(0)
    await expect(page.getByText('No ballots yet for this round.')).toBeVisible()
    expect(await saved()).toBe(before)

    await page.reload()
    await expect(page.getByText('No ballots yet for this round.')).toBeVisible()
    expect(await saved()).toBe(before)
  })
})
