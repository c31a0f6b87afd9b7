/**
 * Issue 8, "Done when": a case entered through the interface, with 3 of the 5 critical properties
 * and all four goals harmed, exported as the public Internet Impact Brief and as the internal
 * advocacy plan. The brief states the headline and carries none of the SMART self-check's
 * advice; the plan carries it.
 */
import type { Download, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { readDownloadedPdf } from './pdf'
import { en } from '../../src/domain/texts/en'
import { ITEM_IDS, type ItemId } from '../../src/domain/catalogue/ids'
import type { Impact } from '../../src/domain/scoring/scale'
import type { AnalysisRowRating, RatedAnalysis } from '../../src/domain/scoring/verdict'
import { writeHeadline } from '../../src/domain/report/findings'
import { PROFILE_SECTION_IDS } from '../../src/domain/report/sections'

const TITLE = 'National Gateway Decree'

/** Three properties and one enabler of every goal harmed; the rest no impact or not discussed. */
const RATINGS: Partial<Record<ItemId, Impact>> = {
  'accessible-infrastructure-common-protocol': 'strongly-negative',
  'decentralized-management-distributed-routing': 'negative',
  'common-global-identifiers': 'slightly-negative',
  'open-architecture-building-blocks': 'none',
  'technology-neutral-general-purpose': 'none',
  'easy-unrestricted-access': 'negative',
  'unrestricted-reachability': 'strongly-negative',
  'data-confidentiality': 'negative',
  privacy: 'slightly-negative',
}
const ratingOf = (id: ItemId): Impact => RATINGS[id] ?? 'not-discussed'

/** The case as the verdict reads it. */
function caseAnalysis(): RatedAnalysis {
  const rows = {} as Record<ItemId, AnalysisRowRating>
  for (const id of ITEM_IDS)
    rows[id] = { impact: ratingOf(id), mixed: { harm: 'negative', benefit: 'positive' } }
  return rows
}

/** The headline the case must print, in the app's own words. */
const HEADLINE = writeHeadline(caseAnalysis(), en)

/** Text compared without any white space: the PDF wraps lines (and may break after a hyphen). */
const squeeze = (text: string) => text.replace(/\s+/g, '')

/** The SMART self-check's advice a goal with only a statement receives. */
const ADVICE = [en.smart.problem['no-specific-change'], en.smart.problem['no-indicator']]

async function exportPdf(page: Page): Promise<Download> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PDF report' }).click()
  return download
}

test('a case with 3 properties and 4 goals harmed, as the public brief and as the plan', async ({
  page,
}, info) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()

  // Flag
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
  await page.getByLabel('Title', { exact: true }).first().fill(TITLE)
  await page.getByLabel('Where it applies').fill('Republic of Examplia')
  await page.getByLabel('Summary').fill('All international traffic must pass one state gateway.')
  await page.getByRole('link', { name: /^Next: Analyze/ }).click()

  // Analyze: the rows of the case; the other enablers are not discussed.
  await expect(page.getByRole('heading', { level: 1, name: 'Analyze the impact' })).toBeVisible()
  for (const id of ITEM_IDS) {
    const card = page.getByRole('article', { name: en.catalogue.items[id].name, exact: true })
    await card.getByRole('radio', { name: en.impact[ratingOf(id)], exact: true }).check()
  }
  const routing = page.getByRole('article', {
    name: en.catalogue.items['decentralized-management-distributed-routing'].name,
    exact: true,
  })
  await routing
    .getByLabel('How could it be affected?')
    .fill('Every route abroad must pass through one state-run gateway.')
  await page.getByRole('link', { name: /^Next: Strategize/ }).click()

  // Strategize: a goal with a statement only, so the SMART self-check has advice to give.
  await expect(page.getByRole('heading', { level: 1, name: 'Plan your strategy' })).toBeVisible()
  await page
    .getByLabel('Goal statement')
    .fill('Get the gateway clause removed from the decree before it takes effect.')
  await expect(page.getByText(ADVICE[1]).first()).toBeVisible()
  await page.getByRole('button', { name: 'Add a tactic' }).click()
  const tactic = page.getByRole('group', { name: 'Tactic 1' })
  await tactic.getByLabel('What exactly').fill('Brief the minister’s cabinet')
  await tactic.getByLabel('Who leads it').fill('Examplia chapter policy lead')

  // Report: the public brief is the default document.
  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Internet Impact Brief' })).toBeChecked()
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByRole('heading', { name: en.report.sections.summary })).toBeVisible()
  await expect(preview.getByText(ADVICE[1])).toHaveCount(0)

  const briefDownload = await exportPdf(page)
  expect(briefDownload.suggestedFilename()).toBe(
    'National-Gateway-Decree-Internet-Impact-Brief.pdf',
  )
  const brief = await readDownloadedPdf(briefDownload, info.outputPath('brief.pdf'))
  const briefText = squeeze(brief.flat)
  expect(HEADLINE).toMatch(/^Undermines 3 of the 5 critical properties .* all four goals/)
  expect(briefText).toContain(squeeze(HEADLINE))
  expect(briefText).toContain(squeeze(`Internet Impact Brief: ${TITLE}`))
  for (const id of PROFILE_SECTION_IDS.brief)
    expect(briefText).toContain(squeeze(en.report.sections[id]))
  for (const id of Object.keys(RATINGS) as ItemId[])
    expect(briefText).toContain(squeeze(en.catalogue.items[id].name))
  for (const advice of Object.values(en.smart.problem))
    expect(briefText).not.toContain(squeeze(advice))
  expect(briefText).not.toContain(squeeze('Examplia chapter policy lead'))
  expect(briefText).not.toContain(squeeze(en.report.sections.strategy))

  // The advocacy plan: the SMART goal with its advice, and the tactic with its owner.
  await page.getByRole('radio', { name: 'Advocacy plan' }).check()
  await expect(preview.getByText(ADVICE[1]).first()).toBeVisible()
  const planDownload = await exportPdf(page)
  expect(planDownload.suggestedFilename()).toBe('National-Gateway-Decree-Advocacy-plan.pdf')
  const plan = await readDownloadedPdf(planDownload, info.outputPath('plan.pdf'))
  const planText = squeeze(plan.flat)
  for (const advice of ADVICE) expect(planText).toContain(squeeze(advice))
  expect(planText).toContain(squeeze(HEADLINE))
  expect(planText).toContain(squeeze('Examplia chapter policy lead'))
  expect(planText).not.toContain(squeeze(en.report.sections.appendix))

  // The choice was saved with the document.
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Advocacy plan' })).toBeChecked()
})
