/**
 * Workshops (issue 11): taking in 200 ballots and showing the result.
 * - in Node: the domain alone, `addBallots` (parse, check, de-duplicate) then `resultOfRound`
 *   (every row's statistics and the room's alpha), for 200 ballots of 15 rows with reasons;
 * - in Chromium: a workshop started in the built app on the worked example, and 200 ballot files
 *   handed at once to the console's file input, as a facilitator drops them. The console records
 *   the `iiat:workshop-intake` measure (ballots read → result rendered, WorkshopConsoleView.vue);
 *   the bench adds its own wall time from the files chosen (the input's `change`) to two frames
 *   after "200 ballots added." is in the page, which also counts reading the files and painting.
 *   Each run is a new context and a new workshop: the first intake, as a facilitator meets it.
 */
import type { Page } from '@playwright/test'
import {
  addBallots,
  createBallot,
  createWorkshop,
  ITEM_IDS,
  resultOfRound,
  WORKSHOP_RATINGS,
  type Ballot,
  type WorkshopSession,
} from '@/domain'
import { TEMPLATES } from '@/domain/templates/templates'
import { ballotFile } from '@/persistence/workshopCodes'
import { explainFailure, newContext } from './browser'
import { RUNS } from './config'
import { stats } from './stats'

export type WorkshopResult = ReturnType<typeof benchWorkshopDomain> & {
  console?: WorkshopConsoleResult
}
export type WorkshopConsoleResult = Awaited<ReturnType<typeof benchWorkshopConsole>>

/** Ballots a workshop takes in at once in the bench (issue 11: 200). */
export const WORKSHOP_BALLOTS = 200

/** A deterministic source of bytes, so every run rates the same way. */
function seeded(seed: number) {
  let x = seed
  return (n: number) =>
    Uint8Array.from({ length: n }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31
      return x >>> 16
    })
}

/** 200 round-1 ballots for the workshop `key`: every row rated, a reason on every third. */
function workshopBallots(key: string, random: ReturnType<typeof seeded>): Ballot[] {
  return Array.from({ length: WORKSHOP_BALLOTS }, (_, p) => {
    const ratings = Object.fromEntries(
      ITEM_IDS.map((id, row) => {
        const rating = WORKSHOP_RATINGS[(p * 3 + row * 5) % WORKSHOP_RATINGS.length]
        const reason = (p + row) % 3 === 0 ? `Participant ${p} on row ${row}: a reason.` : undefined
        return [id, reason ? { rating, reason } : { rating }]
      }),
    )
    return createBallot({ workshop: key, round: 1, participant: `p${p}`, seq: 0, ratings }, random)
  })
}

/** A workshop on the worked example and its 200 ballots. */
function workshopFixture(): { session: WorkshopSession; ballots: Ballot[] } {
  const now = new Date('2026-11-28T10:00:00Z')
  const random = seeded(7)
  const source = TEMPLATES[0].create({ id: 'bench', now, locale: 'en' })
  const session = createWorkshop({ source, now, random })
  return { session, ballots: workshopBallots(session.key, random) }
}

/** The domain alone: merge 200 ballots into an empty workshop, then the round's result. */
export function benchWorkshopDomain() {
  const { session, ballots } = workshopFixture()
  // Through JSON, as they arrive from files.
  const incoming = ballots.map((b) => JSON.parse(JSON.stringify(b)) as unknown)
  const merge: number[] = []
  const result: number[] = []
  for (let run = 0; run < RUNS * 3; run++) {
    const t0 = performance.now()
    const added = addBallots(session, incoming, new Date())
    const t1 = performance.now()
    resultOfRound(added.session, 1)
    const t2 = performance.now()
    merge.push(t1 - t0)
    result.push(t2 - t1)
    if (added.session.ballots.length !== WORKSHOP_BALLOTS)
      throw new Error(`kept ${added.session.ballots.length} of ${WORKSHOP_BALLOTS} ballots`)
  }
  return { ballots: WORKSHOP_BALLOTS, merge: stats(merge), result: stats(result) }
}

/**
 * "Start a workshop" on the worked example, all rows, the default rule; returns the workshop's
 * key, which ballots must carry: the console's URL (`/workshop/<key>`) and the saved session
 * (`localStorage` `iiat.workshop.<key>`) must agree on it. Returns once the console has settled.
 */
async function startWorkshop(page: Page): Promise<string> {
  await page.goto('/workshop/new')
  // selectOption waits until the templates are listed.
  await page.getByLabel('Proposal to assess').selectOption(`t:${TEMPLATES[0].id}`)
  await page.getByRole('button', { name: 'Start the workshop' }).click()
  await page.waitForURL(/\/workshop\/[a-z0-9]{16}$/)
  const key = new URL(page.url()).pathname.split('/')[2]
  const saved = await page.evaluate(
    (k) =>
      (JSON.parse(localStorage.getItem(`iiat.workshop.${k}`) ?? 'null') as { key?: string } | null)
        ?.key,
    key,
  )
  if (saved !== key)
    throw new Error(`the console is /workshop/${key} but its saved key is ${saved}`)
  // The join link's QR code is the console's last work on opening: once it is shown, nothing of
  // the console's start competes with the intake measured next.
  await page.getByRole('img', { name: 'QR code of the join link' }).waitFor()
  return key
}

/** The page's window with the marks the bench leaves on it. */
type BenchWindow = Window & { __benchChosen?: number; __benchPainted?: number }

/**
 * The console, in a new context per run: 200 ballot files (as `ballotFile` writes them) chosen at
 * once; the app's `iiat:workshop-intake` measure and the bench's files-chosen → painted time.
 */
export async function benchWorkshopConsole() {
  const intake: (number | null)[] = []
  const chosenToPainted: (number | null)[] = []
  const problems: string[] = []
  const added = `${WORKSHOP_BALLOTS} ballots added.`
  for (let run = 0; run < RUNS; run++) {
    const { context, problems: p } = await newContext()
    try {
      const page = await context.newPage()
      const key = await startWorkshop(page)
      const files = workshopBallots(key, seeded(run + 1)).map((ballot) => {
        const file = ballotFile(ballot)
        return { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }
      })
      await page.evaluate((text) => {
        const w = window as BenchWindow
        performance.clearMeasures('iiat:workshop-intake')
        // Capture: before the console's own handler reads the files.
        document.addEventListener('change', () => (w.__benchChosen = performance.now()), {
          capture: true,
          once: true,
        })
        const observer = new MutationObserver(() => {
          // textContent, not innerText: reading it forces no layout into what is measured.
          const statuses = [...document.querySelectorAll('[role=status]')]
          if (!statuses.some((s) => s.textContent?.includes(text))) return
          observer.disconnect()
          // The second frame callback runs after the frame holding the result was painted.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => (w.__benchPainted = performance.now())),
          )
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      }, added)
      await page.getByLabel(/Choose or drop ballot files/).setInputFiles(files)
      // Only the page's own marks are polled until the result is painted: a locator would query
      // roles and labels, which forces style and layout into the time measured.
      await page.waitForFunction(
        () =>
          (window as BenchWindow).__benchPainted &&
          performance.getEntriesByName('iiat:workshop-intake', 'measure').length,
        null,
        { timeout: 60_000 },
      )
      await page.getByRole('status').filter({ hasText: added }).waitFor()
      const t = await page.evaluate(() => {
        const w = window as BenchWindow
        return {
          intake: performance.getEntriesByName('iiat:workshop-intake', 'measure').at(-1)!.duration,
          chosenToPainted: (w.__benchPainted ?? NaN) - (w.__benchChosen ?? NaN),
        }
      })
      intake.push(t.intake)
      chosenToPainted.push(t.chosenToPainted)
    } catch (error) {
      throw await explainFailure(error, context, `workshop-run${run + 1}`, p)
    } finally {
      problems.push(...p)
      await context.close()
    }
  }
  return {
    ballots: WORKSHOP_BALLOTS,
    intake: stats(intake),
    chosenToPainted: stats(chosenToPainted),
    pageProblems: [...new Set(problems)],
  }
}
