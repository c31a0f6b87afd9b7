/**
 * User text keeps its own direction on screen (issue 9, item 5): an Arabic title is right to left
 * inside the English interface, where it is typed, in the library and in the report preview.
 */
import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'

const TITLE = 'قانون رسوم الشبكة 2023'
const SUMMARY = 'يفرض على مزودي المحتوى دفع رسوم لمشغلي الاتصالات (EU).'

const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction)

test('an Arabic title and summary read right to left in the English interface', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'New blank assessment' }).click()
  const title = page.getByLabel('Title', { exact: true }).first()
  await title.fill(TITLE)
  const summary = page.getByRole('textbox', { name: /^Summary/ })
  await summary.fill(SUMMARY)
  expect(await direction(title)).toBe('rtl')
  expect(await direction(summary)).toBe('rtl')
  // The interface around them stays left to right.
  expect(await direction(page.getByRole('heading', { level: 1 }))).toBe('ltr')
  await expect(page.getByText('All changes saved on this device')).toBeVisible()

  await page
    .getByRole('link', { name: /^Report/ })
    .first()
    .click()
  const preview = page.getByRole('article', { name: 'Report preview' })
  const abstract = preview.getByText(SUMMARY, { exact: true }).first()
  expect(await direction(abstract)).toBe('rtl')
  // Right to left, the paragraph's text starts at its right edge.
  const [text, box] = await abstract.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return [range.getBoundingClientRect(), el.getBoundingClientRect()].map((r) => r.right)
  })
  expect(Math.abs(text - box)).toBeLessThan(2)

  await page.goto('/')
  const row = page.getByRole('link', { name: TITLE, exact: true })
  await expect(row).toBeVisible()
  expect(await direction(row)).toBe('rtl')
})
