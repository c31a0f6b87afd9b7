import { test, expect } from './fixtures'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'
import { ITEM_IDS, PROPERTY_IDS } from '../../src/domain/catalogue/ids'
import { PROFILE_SECTION_IDS } from '../../src/domain/report/sections'

const TITLE = 'Закон о суверенном интернете — Ελληνικά δίκτυα — Łódź'

test('a blank assessment, through all four steps, to a downloaded PDF', async ({ page }, info) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()

  // Flag
  await page.getByLabel('Title', { exact: true }).first().fill(TITLE)
  await page.getByLabel('Where it applies').fill('Republic of Examplia')
  await page.getByLabel('Proposed by').fill('Ministry of Communications')
  await page.getByLabel('Summary').fill('All traffic must pass through one state gateway.')
  await page.getByLabel('Consultation closes').fill('2031-03-01')
  await page.getByLabel('Vote or decision').fill('2031-06-15')
  await page.getByRole('button', { name: 'Add a source' }).click()
  const source = page.getByRole('group', { name: 'Source 1' })
  await source.getByLabel('Title').fill('Draft decree, official text')
  await source.getByLabel('Web address').fill('https://example.org/decree')
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()

  // Analyze: every row gets an answer; properties harmed, enablers mixed.
  await expect(page.getByRole('heading', { level: 1, name: 'Analyze the impact' })).toBeVisible()
  for (const id of ITEM_IDS) {
    const card = page.getByRole('article', { name: en.catalogue.items[id].name, exact: true })
    const rating = PROPERTY_IDS.includes(id as never)
      ? 'Strongly negative'
      : id === 'privacy'
        ? 'Unclear'
        : 'Negative'
    await card.getByRole('radio', { name: rating, exact: true }).check()
  }
  const routing = page.getByRole('article', {
    name: en.catalogue.items['decentralized-management-distributed-routing'].name,
    exact: true,
  })
  await routing
    .getByLabel('How could it be affected?')
    .fill('Forces every network through a single state-run chokepoint.')
  await routing
    .getByLabel('What effect could this have on people?')
    .fill('Slower, costlier access and a kill switch over the whole country.')
  await expect(page.getByText('15 of 15 assessed')).toBeVisible()
  await page.getByRole('link', { name: /^Next: Strategize/ }).click()

  // Strategize
  await expect(page.getByRole('heading', { level: 1, name: 'Plan your strategy' })).toBeVisible()
  await page
    .getByLabel('Goal statement')
    .fill('Get the gateway clause removed from the decree before the June 2031 vote.')
  await page.getByLabel('Specific: the one change you want').fill('Remove the gateway clause.')
  await page
    .getByLabel('Measurable: how you will know it happened')
    .fill('The adopted text has no gateway clause.')
  await page
    .getByLabel('Achievable: why it is realistic for you')
    .fill('Two committee members already oppose it.')
  await page
    .getByRole('checkbox', {
      name: new RegExp(en.catalogue.items['decentralized-management-distributed-routing'].name),
    })
    .first()
    .check()
  await page.getByLabel('Deadline').fill('2031-06-01')
  await page.getByLabel('Decision point').fill('Committee vote')
  await expect(page.getByText('5 of 5 criteria met')).toBeVisible()
  await page.getByRole('button', { name: 'Add an audience' }).click()
  await page.getByRole('group', { name: 'Audience 1' }).getByLabel('Who').fill('Committee members')
  await page.getByRole('button', { name: 'Draft messages from the findings' }).click()
  await expect(page.getByText(/draft messages were added/)).toBeVisible()
  await page.getByRole('button', { name: 'Add a tactic' }).click()
  const tactic = page.getByRole('group', { name: 'Tactic 1' })
  await tactic.getByLabel('What exactly').fill('Written response to the consultation')
  await tactic.getByLabel('Who leads it').fill('Examplia chapter')
  await page.getByRole('link', { name: /^Next: Together/ }).click()

  // Together
  await expect(page.getByRole('heading', { level: 1, name: 'Act together' })).toBeVisible()
  await page.getByRole('button', { name: 'Add an ally' }).click()
  await page
    .getByRole('group', { name: 'Ally 1' })
    .getByLabel('Organisation or person')
    .fill('Examplia Digital Rights')
  await page.getByRole('button', { name: 'Add a next step' }).click()
  const step = page.getByRole('group', { name: /Next step 1|Step 1/ })
  await step.getByLabel('Who').fill('Ana')
  await step.getByLabel('What').fill('Circulate the draft response')
  await page.getByRole('link', { name: /^Next: Report/ }).click()

  // Report: verdict in words, chart with its text alternative, then the PDF.
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
  await expect(page.getByText(en.verdict.label['seriously-undermines']).first()).toBeVisible()
  await expect(page.getByRole('img', { name: en.findings.chart.title })).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  expect(download.suggestedFilename()).toContain('Закон')
  await expect(page.getByText(/PDF ready/)).toBeVisible()

  const pdf = await readDownloadedPdf(download, info.outputPath('report.pdf'))
  expect(pdf.pages).toBeGreaterThan(3)
  expect(pdf.flat).toContain(TITLE)
  // A new assessment prints the public brief.
  for (const id of PROFILE_SECTION_IDS.brief) expect(pdf.flat).toContain(en.report.sections[id])
  expect(pdf.flat).toContain(en.verdict.label['seriously-undermines'])
  expect(pdf.flat).toContain('Forces every network through a single state-run chokepoint.')
  expect(pdf.flat).toContain('https://example.org/decree')
  expect(pdf.info).toMatch(/Title:\s+.*Закон/)
})
