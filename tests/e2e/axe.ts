import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG 2.2 A and AA rules every axe check of the end-to-end tests runs. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe's WCAG rules on the page as it is (or on `include` only) and returns the violations.
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode runs `axe.runPartial` in each
 * frame and then `axe.finishRun` in a new blank tab, which costs a renderer process and two
 * more copies of axe per check: two thirds of each check's time. The app has no frames (its
 * policy says `frame-src 'none'`), so both modes check the same nodes against the same rules.
 * Only violations carry their nodes: listing every passing node costs time and is never read.
 */
export async function findViolations(page: Page, { include }: { include?: string } = {}) {
  const builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
  if (include) builder.include(include)
  const { violations } = await builder.analyze()
  return violations
}
