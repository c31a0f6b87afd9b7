/**
 * Share links of the worked example in headless Chromium (issue 10): the link's length, and the
 * time to encode it (Report step, "Make a share link") and to decode it (opening `/open#…`, parse
 * and migrate included), read from the app's `iiat:share-encode-assessment` and
 * `iiat:share-decode` performance measures (useShareLink.ts, openShared.ts). Each run is a new
 * context: the first encode and decode of a run are cold (codec just loaded), then two warm.
 */
import type { Page } from '@playwright/test'
import { explainFailure, newContext, startWorkedExample } from './browser'
import { RUNS } from './config'
import { stats } from './stats'

export type ShareResult = Awaited<ReturnType<typeof benchShareLink>>

async function lastMeasure(page: Page, name: string): Promise<number | null> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? null,
    name,
  )
}

async function makeLink(page: Page): Promise<{ link: string; ms: number | null }> {
  const region = page.getByRole('region', { name: 'Share link' })
  await region.getByRole('button', { name: 'Make a share link' }).click()
  const field = region.getByRole('textbox', { name: 'The link' })
  await field.waitFor()
  return {
    link: await field.inputValue(),
    ms: await lastMeasure(page, 'iiat:share-encode-assessment'),
  }
}

async function openLink(page: Page, link: string): Promise<number | null> {
  await page.goto(link)
  await page.getByRole('region', { name: 'What the link holds' }).waitFor()
  return lastMeasure(page, 'iiat:share-decode')
}

export async function benchShareLink() {
  const encode: (number | null)[] = []
  const decode: (number | null)[] = []
  let linkChars: number | null = null
  const problems: string[] = []
  for (let run = 0; run < RUNS; run++) {
    const { context, problems: p } = await newContext()
    try {
      const page = await context.newPage()
      const id = await startWorkedExample(page)
      for (let k = 0; k < 3; k++) {
        await page.goto(`/a/${id}/report`)
        await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor()
        const made = await makeLink(page)
        linkChars = made.link.length
        encode.push(made.ms)
        decode.push(await openLink(page, made.link))
      }
    } catch (error) {
      throw await explainFailure(error, context, `share-run${run + 1}`, p)
    } finally {
      problems.push(...p)
      await context.close()
    }
  }
  return {
    linkChars,
    encode: stats(encode),
    decode: stats(decode),
    pageProblems: [...new Set(problems)],
  }
}
