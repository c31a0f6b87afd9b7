/**
 * Issue 11, a whole workshop with no server: the facilitator starts one on the worked example,
 * two participants on phone-sized screens join by the link, rate, and send their ballots by code
 * and by file; the console takes them in (and refuses a duplicate, a cut code and another
 * workshop's ballot, changing nothing), the projector window follows the console and never shows
 * a name; round 2 runs on the rows without consensus; the result is adopted and its PDF carries
 * the Workshop appendix. axe checks the participant, console and projector views.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { findViolations } from './axe'
import { readDownloadedPdf } from './pdf'
import { openOnPhone, startWorkshop, type NewContext } from './workshopPages'

async function expectNoViolations(page: Page, where: string) {
  const found = (await findViolations(page)).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found, where).toEqual([])
}

/** A participant on a phone: opens the join link, rates every row, makes the ballot. */
async function participant(
  newContext: NewContext,
  join: string,
  name: string,
  rating: string,
  reason: string,
  checkAxe = false,
) {
  const page = await openOnPhone(newContext, join)
  await page.getByLabel('Your name or a pseudonym (optional)').fill(name)
  if (checkAxe) {
    // Nothing answered yet: no ballot is made, and the page says why.
    await page.getByRole('button', { name: 'Make my ballot' }).click()
    await expect(page.getByRole('alert')).toContainText('Answer at least one row first')
    await expect(page.getByText('Your ballot is ready')).toHaveCount(0)
  }
  const rows = page.getByRole('group')
  const count = await rows.count()
  for (let i = 0; i < count; i++) {
    // Keyboard only: focus the row's first answer, then arrow to the wanted one.
    await rows.nth(i).getByLabel(rating, { exact: true }).focus()
    await page.keyboard.press('Space')
  }
  await page.getByLabel('Why? (optional)').first().fill(reason)
  await expect(page.getByText('Every row is answered.')).toBeVisible()
  if (checkAxe) await expectNoViolations(page, 'participant view')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.getByRole('button', { name: 'Make my ballot' }).click()
  await expect(page.getByText('Your ballot is ready')).toBeVisible()
  const code = await page.getByLabel(/Or copy this code/).inputValue()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download the ballot file' }).click()
  const file = await download
  const path = test.info().outputPath(`${name}.iiat-ballot.json`)
  await file.saveAs(path)
  await page.context().close()
  return { code, file: { name: file.suggestedFilename(), path } }
}

test('a whole workshop: join, rate, send, merge, project, round 2, adopt, PDF', async ({
  page,
  newContext,
}) => {
  test.setTimeout(300_000)
  const join = await startWorkshop(page, (start) =>
    expect(start.getByLabel('Largest spread, in steps of the scale (0 to 2)')).toHaveValue('1'),
  )
  const console = page
  await expect(console.getByRole('img', { name: 'QR code of the join link' })).toBeVisible()

  // The projector: a second window of the same browser, driven by the console.
  const projector = await page.context().newPage()
  await projector.goto(`${console.url()}/projector`)
  await expect(projector.getByText('No ballots yet')).toBeVisible()

  const amal = await participant(
    newContext,
    join,
    'Amal',
    'Negative',
    'Fees push costs onto users',
    true,
  )
  const bo = await participant(newContext, join, 'Bo', 'Positive', 'Pays for better networks')

  // Round 1: Amal by code (pasted with a cut copy of it), Bo by file, then Bo's file again.
  await console
    .getByLabel('Paste ballot codes or links (one or many)')
    .fill(`${amal.code}\n${amal.code.slice(0, -8)}`)
  await console.getByRole('button', { name: 'Add the pasted ballots' }).click()
  const report = console.locator('.workshop-console__report')
  await expect(report).toContainText('One ballot added.')
  await expect(report).toContainText('cut short or changed on the way')
  await console.getByLabel(/Choose or drop ballot files/).setInputFiles([bo.file.path])
  await expect(report).toContainText('One ballot added.')
  await console.getByLabel(/Choose or drop ballot files/).setInputFiles([bo.file.path])
  await expect(report).toContainText('already taken in')
  // Another workshop's ballot, as a file: refused, the workshop unchanged.
  const foreign = JSON.parse(readFileSync(bo.file.path, 'utf8')) as Record<string, unknown>
  foreign.workshop = 'someotherworkshop'
  foreign.participant = 'stranger'
  await console.getByLabel(/Choose or drop ballot files/).setInputFiles({
    name: 'foreign.iiat-ballot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(foreign)),
  })
  await expect(report).toContainText('for another workshop')
  await expect(console.getByText('2 ballots for this round:')).toBeVisible()
  await expect(
    console.getByText(/Agreement across the room appears from 3 participants on/),
  ).toBeVisible()
  await expectNoViolations(console, 'console')

  // The projector follows the console's keys, reveals on command, and shows no name.
  await expect(projector.getByText('2 ballots in')).toBeVisible()
  await console.getByRole('button', { name: 'Next row' }).click()
  await expect(
    projector.getByText('The result is hidden until the facilitator reveals it.'),
  ).toBeVisible()
  await console.getByRole('button', { name: 'Reveal the result' }).click()
  await expect(projector.getByText('Median')).toBeVisible()
  await expectNoViolations(projector, 'projector')
  const shown = await projector.locator('body').innerText()
  expect(shown).not.toContain('Amal')
  expect(shown).not.toContain('Bo ')
  expect(shown).not.toContain('Fees push costs')

  // Round 2 on the rows without consensus (one negative, one positive: split).
  await console
    .getByRole('button', { name: 'Start a new round on the rows without consensus' })
    .click()
  await expect(console.getByRole('heading', { name: 'Join round 2' })).toBeVisible()
  const join2 = await console.getByRole('textbox', { name: 'Join link' }).inputValue()
  expect(join2).not.toBe(join)
  const amal2 = await participant(newContext, join2, 'Amal', 'Negative', 'Still harmful')
  const bo2 = await participant(newContext, join2, 'Bo', 'Negative', 'Agreed after discussion')
  await console
    .getByLabel('Paste ballot codes or links (one or many)')
    .fill(`${amal2.code} ${bo2.code}`)
  await console.getByRole('button', { name: 'Add the pasted ballots' }).click()
  await expect(report).toContainText('2 ballots added.')
  // A round-1 ballot pasted now is still round 1's: not counted twice.
  await expect(console.getByText('2 ballots for this round:')).toBeVisible()

  // Adopt: every row by the room's consensus where it has one; the names stay out.
  const selects = console.locator('.workshop-console__decisions select')
  const rowsToSettle = await selects.count()
  for (let i = 0; i < rowsToSettle; i++) {
    const options = await selects.nth(i).locator('option').allInnerTexts()
    const consensus = options.find((o) => o.startsWith('The room’s consensus'))
    if (consensus) await selects.nth(i).selectOption({ label: consensus })
  }
  await console.getByRole('button', { name: 'Adopt the result as a new assessment' }).click()
  await expect(console).toHaveURL(/\/a\/[^/]+\/report$/)
  await expect(console.getByRole('heading', { name: 'Workshop appendix' })).toBeVisible()

  const download = console.waitForEvent('download')
  await console.getByRole('button', { name: 'Download PDF report' }).click()
  const pdf = await readDownloadedPdf(await download, test.info().outputPath('workshop.pdf'))
  expect(pdf.flat).toContain('Workshop appendix')
  // Each phone here is a fresh browser, so round 2's two devices are new participants.
  expect(pdf.flat).toMatch(/Participants: 4\. Rounds of voting: 2\./)
  expect(pdf.flat).toContain('Agreement across the room was not computed')
  expect(pdf.flat).not.toContain('Amal')

  // Back on the console after a reload: both rounds are still there, nothing was lost.
  await console.goBack()
  await console.reload()
  await expect(console.getByRole('heading', { name: 'Join round 2' })).toBeVisible()
  await projector.close()
})
