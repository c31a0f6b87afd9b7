import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { findViolations } from './axe'
import { ar as arUi } from '../../src/i18n/ar'
import { arSteps } from '../../src/i18n/ar/steps'

const STEP_PATHS = [
  'flag',
  'analyze',
  'analyze/privacy',
  'strategize',
  'together',
  'report',
  'history',
]

/** Runs axe on the page as it is and reports every violation with the nodes behind it. */
async function expectNoViolations(page: Page, where: string) {
  const found = (await findViolations(page)).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n'),
  )
  expect.soft(found, `axe violations on ${where}`).toEqual([])
}

/** Opens a path by its address and waits until the page's main heading is on screen. */
async function visit(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('main h1')).toBeVisible()
}

/** Creates an assessment from the library with the given button and returns its id. */
async function create(page: Page, button: string) {
  await visit(page, '/')
  await page.getByRole('button', { name: button }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Flag the proposal' })).toBeVisible()
  return /\/a\/([^/]+)\//.exec(page.url())![1]
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme })
    // Each test runs axe on up to eight pages.
    test.describe.configure({ timeout: 120_000 })

    test('the library, the method, about and a page that does not exist', async ({ page }) => {
      for (const path of ['/', '/method', '/about', '/no/such/page']) {
        await visit(page, path)
        await expectNoViolations(page, path)
      }
    })

    test('every step of the worked example', async ({ page }) => {
      const id = await create(page, 'Start from the worked example')
      for (const step of STEP_PATHS) {
        await visit(page, `/a/${id}/${step}`)
        await expectNoViolations(page, `worked example, ${step}`)
      }
      // The library lists it, with its verdict badge.
      await visit(page, '/')
      await expectNoViolations(page, '/ with the worked example listed')
    })

    test('every step of a blank assessment', async ({ page }) => {
      const id = await create(page, 'New blank assessment')
      for (const step of STEP_PATHS) {
        await visit(page, `/a/${id}/${step}`)
        await expectNoViolations(page, `blank assessment, ${step}`)
      }
      await visit(page, '/a/no-such-assessment/flag')
      await expectNoViolations(page, 'a missing assessment')
    })

    test('states reached by working: errors, open panels, ratings and notices', async ({
      page,
    }) => {
      const id = await create(page, 'New blank assessment')
      await page.getByRole('button', { name: 'Add a source' }).click()
      await page.getByRole('group', { name: 'Source 1' }).getByLabel('Web address').fill('ftp:x')
      await expect(page.locator('.field__error')).toBeVisible()
      await expectNoViolations(page, 'flag with a field error')

      await visit(page, `/a/${id}/analyze`)
      const card = page.getByRole('article', { name: 'Privacy', exact: true })
      await card.getByRole('radio', { name: 'Slightly negative', exact: true }).check()
      const accountability = page.getByRole('article', { name: 'Accountability', exact: true })
      await accountability.getByRole('radio', { name: 'Mixed: harms and helps' }).check()
      await expect(accountability.getByRole('group', { name: 'Harm and benefit' })).toBeVisible()
      const integrity = page.getByRole('article', { name: /^Integrity/ })
      await integrity.getByRole('radio', { name: 'Not discussed', exact: true }).check()
      for (const summary of await page.locator('main summary').all()) await summary.click()
      await expectNoViolations(page, 'analyze with ratings (mixed, not discussed), panels open')

      await visit(page, `/a/${id}/report`)
      await page.locator('main summary').first().click()
      await page.getByRole('button', { name: 'Save assessment file' }).click()
      await expect(page.getByRole('status').filter({ hasText: /file ready/ })).toBeVisible()
      await expectNoViolations(page, 'report with the chart data open and a status')

      await visit(page, '/')
      await page.getByRole('button', { name: 'Start from the worked example' }).click()
      await visit(page, '/')
      await page
        .getByRole('button', { name: /^Delete “/ })
        .first()
        .click()
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
      await expectNoViolations(page, 'library with a verdict badge and a notice')
    })
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in Arabic, right to left, in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme, locale: 'ar' })
    test.describe.configure({ timeout: 120_000 })

    test('the library, the method, about and every step of the worked example', async ({
      page,
    }) => {
      for (const path of ['/', '/method', '/about']) {
        await visit(page, path)
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
        await expectNoViolations(page, `${path} in Arabic`)
      }
      await visit(page, '/')
      await page.getByRole('button', { name: arUi.library.start.template }).click()
      await expect(
        page.getByRole('heading', { level: 1, name: arSteps.flag.heading }),
      ).toBeVisible()
      const id = /\/a\/([^/]+)\//.exec(page.url())![1]
      for (const step of STEP_PATHS) {
        await visit(page, `/a/${id}/${step}`)
        await expectNoViolations(page, `worked example in Arabic, ${step}`)
      }
    })
  })
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('nothing animates, transitions or scrolls smoothly', async ({ page }) => {
    const id = await create(page, 'Start from the worked example')
    for (const path of ['/', '/method', `/a/${id}/analyze`, `/a/${id}/report`]) {
      await visit(page, path)
      const moving = await page.evaluate(() => {
        const seconds = (value: string) =>
          Math.max(
            ...value.split(',').map((v) => (v.trim().endsWith('ms') ? 1e-3 : 1) * parseFloat(v)),
          )
        const found: string[] = []
        for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo)
            const animated =
              style.animationName !== 'none' && seconds(style.animationDuration) > 0.001
            const transitioned = seconds(style.transitionDuration) > 0.001
            if (animated || transitioned || style.scrollBehavior === 'smooth')
              found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`)
          }
        }
        return found
      })
      expect(moving, `moving elements on ${path}`).toEqual([])
    }
  })
})
