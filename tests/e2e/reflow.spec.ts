import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { putRecords } from './idb'
import { ar as arUi } from '../../src/i18n/ar'
import { arSteps } from '../../src/i18n/ar/steps'

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px and wider, no page scrolls sideways and nothing sticks out
 * of the viewport, on every route, with real content: long titles, a word longer than a phone
 * is wide, a 2,000-character address, every list and table filled.
 */

const ID = 'reflow-example'
const LONG_WORD = 'Telekommunikationsnetzbetreiberentgeltverordnungsentwurfsbegründung'
const TITLE = `EU “fair share”: ${LONG_WORD} and network usage fees paid by content providers to telecom operators in every member state`

/** The worked example with longer texts and the lists it leaves empty filled in. */
async function seededDocument() {
  const fixture = JSON.parse(
    await readFile(new URL('../fixtures/v1-fair-share.iia.json', import.meta.url), 'utf8'),
  )
  const longUrl = `https://example.org/${'very-long-path-segment/'.repeat(20)}?q=${'a'.repeat(400)}`
  return {
    ...fixture,
    id: ID,
    authors: ['Jane Q. Researcher-Longname', `Internet Society ${LONG_WORD} chapter`],
    flag: {
      ...fixture.flag,
      title: TITLE,
      jurisdiction: `European Union (${LONG_WORD})`,
      sources: [
        ...fixture.flag.sources,
        {
          id: 'src-long',
          title: `${LONG_WORD} ${LONG_WORD}`,
          url: longUrl,
          accessed: '2026-01-02',
        },
      ],
    },
    together: {
      ...fixture.together,
      shareLog: [
        { id: 'share-1', date: '2026-01-10', with: LONG_WORD, note: `Sent ${longUrl}` },
        { id: 'share-2', date: '2026-01-12', with: 'National regulators', note: 'Briefing call.' },
      ],
    },
  }
}

/** Opens the app, seeds the long worked example and a second assessment, and reloads. */
async function seed(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const doc = await seededDocument()
  await putRecords(page, [
    { id: ID, savedAt: doc.updatedAt, doc },
    {
      id: 'reflow-second',
      savedAt: doc.updatedAt,
      doc: { ...doc, id: 'reflow-second', flag: { ...doc.flag, title: LONG_WORD.repeat(2) } },
    },
  ])
}

/** Every route of src/router, with what must be on screen once it has rendered. */
const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /My assessments/ },
  { path: '/method', heading: /./ },
  { path: '/about', heading: /About and licences/ },
  { path: '/no/such/page', heading: /./ },
  { path: `/a/${ID}/flag`, heading: /Flag the proposal/ },
  { path: `/a/${ID}/analyze`, heading: /./ },
  { path: `/a/${ID}/analyze/privacy`, heading: /./ },
  { path: `/a/${ID}/strategize`, heading: /./ },
  { path: `/a/${ID}/together`, heading: /./ },
  { path: `/a/${ID}/report`, heading: /./ },
  { path: `/a/${ID}/history`, heading: /History/ },
  { path: '/a/no-such-assessment/flag', heading: /./ },
  { path: `/compare?first=${ID}&second=reflow-second`, heading: /Compare two assessments/ },
]

/**
 * What sticks out of the viewport: elements whose box, clipped by the scroll or clip containers
 * around them, reaches past either side; and elements that scroll sideways inside themselves
 * (form fields aside), since tables here reflow instead of scrolling.
 */
function findOverflow() {
  const width = document.documentElement.clientWidth
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.classList.length ? `.${[...el.classList].join('.')}` : ''
    } “${(el.textContent ?? '').trim().slice(0, 40)}”`
  const found: string[] = []
  // Only the outermost: what is inside an element that sticks out sticks out with it.
  const out = new Set<Element>()
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect()
    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue
    let { left, right } = box
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflowX === 'visible') continue
      const clip = p.getBoundingClientRect()
      left = Math.max(left, clip.left)
      right = Math.min(right, clip.right)
    }
    if (right > left && (right > width + 1 || left < -1)) out.add(el)
    if (out.has(el) && !out.has(el.parentElement!))
      found.push(`${name(el)} spans ${Math.round(left)}–${Math.round(right)} of ${width}`)
    const style = getComputedStyle(el)
    const scrolls = ['auto', 'scroll'].includes(style.overflowX)
    if (scrolls && !el.matches('input, textarea, select') && el.scrollWidth > el.clientWidth + 1)
      found.push(`${name(el)} scrolls sideways: ${el.scrollWidth} in ${el.clientWidth}`)
  }
  return found
}

/** Fails when the page scrolls sideways or anything sticks out, naming what does. */
async function expectReflow(page: Page, where: string) {
  const page_ = await page.evaluate(() => {
    const root = document.scrollingElement!
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
  })
  expect
    .soft(page_.scrollWidth, `${where}: the page's width`)
    .toBeLessThanOrEqual(page_.clientWidth)
  expect.soft(await page.evaluate(findOverflow), `${where}: what sticks out`).toEqual([])
}

/** Expects the control on screen with its whole box inside the viewport. */
async function expectWithinViewport(page: Page, name: string | RegExp) {
  const control = page.getByRole('button', { name }).first()
  await expect(control).toBeVisible()
  const box = (await control.boundingBox())!
  const width = page.viewportSize()!.width
  expect.soft(box.x, `${name}: left edge`).toBeGreaterThanOrEqual(0)
  expect.soft(box.x + box.width, `${name}: right edge`).toBeLessThanOrEqual(width)
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 844 } })
    test.describe.configure({ timeout: 120_000 })

    test('no route scrolls sideways and nothing sticks out', async ({ page }) => {
      await seed(page)
      // An earlier version for the history: leaving the assessment keeps its state.
      await page.goto(`/a/${ID}/flag`)
      await page.getByLabel('Summary').fill('Changed for the history.')
      await expect(page.getByText('All changes saved on this device')).toBeVisible()

      for (const { path, heading } of ROUTES) {
        await page.goto(path)
        await expect(page.locator('main h1')).toHaveText(heading)
        await expectReflow(page, path)
      }

      // The history's version view is a table too.
      await page.goto(`/a/${ID}/history`)
      await page
        .getByRole('button', { name: /^View the version of / })
        .first()
        .click()
      await expect(page.getByRole('region', { name: /^Version of / })).toBeVisible()
      await expectReflow(page, 'a version in the history')
    })

    test('every action of every library row is on screen', async ({ page }) => {
      await seed(page)
      await page.goto('/')
      await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
      for (const title of [TITLE, LONG_WORD.repeat(2)]) {
        for (const name of [
          `Duplicate “${title}”`,
          `Save “${title}” as a file`,
          `Delete “${title}”`,
        ])
          await expectWithinViewport(page, name)
      }
      await expectReflow(page, 'the library')
    })
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the header and the step bar leave the screen to the content', async ({ page }) => {
    await seed(page)
    for (const step of ['flag', 'analyze', 'report']) {
      await page.goto(`/a/${ID}/${step}`)
      const heading = page.locator('main h1')
      await expect(heading).toBeVisible()
      const top = (await heading.boundingBox())!.y
      expect.soft(top, `${step}: where the page's heading starts`).toBeLessThanOrEqual(200)
    }
  })
})

test.describe('in Arabic, right to left', () => {
  // The Arabic interface sets the page's direction itself; the styles are logical (start and
  // end), so the layout mirrors.
  test.use({ viewport: { width: 320, height: 844 }, locale: 'ar' })
  test.describe.configure({ timeout: 120_000 })

  /** The routes again, with the Arabic headings where the English list names one. */
  const ARABIC_HEADINGS: Record<string, RegExp> = {
    '/': new RegExp(arUi.library.title),
    '/about': new RegExp(arSteps.about.title),
    [`/a/${ID}/flag`]: new RegExp(arSteps.flag.heading),
    [`/a/${ID}/history`]: new RegExp(arSteps.history.title),
  }

  test('no route scrolls sideways, and the step bar and arrows read right to left', async ({
    page,
  }) => {
    await seed(page)
    for (const { path } of ROUTES) {
      await page.goto(path)
      await expect(page.locator('main h1')).toHaveText(ARABIC_HEADINGS[path] ?? /./)
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
      await expectReflow(page, `${path}, in Arabic`)
    }

    await page.goto(`/a/${ID}/analyze`)
    const pager = page.getByRole('navigation', { name: arUi.common.steps.pagerLabel })
    const previousName = new RegExp(`^${arUi.common.steps.previous.replace('{step}', '')}`)
    const nextName = new RegExp(`^${arUi.common.steps.next.replace('{step}', '')}`)
    const previous = (await pager.getByRole('link', { name: previousName }).boundingBox())!
    const next = (await pager.getByRole('link', { name: nextName }).boundingBox())!
    expect(next.x).toBeLessThan(previous.x)
    // The arrow of "next" points left, the way the page reads.
    const flipped = await pager
      .getByRole('link', { name: nextName })
      .locator('.step-nav__arrow')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
    expect(flipped).toBe(-1)
  })
})
