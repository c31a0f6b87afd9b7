/**
 * What the screen that opens a share link shows (issue 10), loaded with the link's codec only
 * when a link is opened: the link read, and the domain's words for what it holds (verdict,
 * stage, headline) in the reader's language. Kept out of the view so that the route costs the
 * first load only its own entry.
 */
import {
  ITEM_IDS,
  decideVerdict,
  domainTexts,
  loadDomainTexts,
  newId,
  verdictBlock,
  type Assessment,
  type Locale,
  type VerdictBlock,
} from '@/domain'
import { openFragment, type OpenedLink, type ShareLinkFailure } from '@/persistence/shareLink'
import type { Composer } from '@/i18n'
import { describeIssues } from './describeIssues'

export type SharedContent =
  | {
      kind: 'assessment'
      /** The copy to add, as a file import gives it. */
      result: Extract<OpenedLink, { kind: 'assessment' }>['result']
      changedAt: string | null
      verdict: string
      stage: string | null
      rated: number
      total: number
    }
  | { kind: 'summary'; title: string; block: VerdictBlock }
  | {
      kind: 'refused'
      reason: ShareLinkFailure | 'newer'
      /** For a document that does not parse: its issues in words. */
      details: string[]
    }

/** Read by the bench (scripts/bench/share.ts): decoding alone, parse and migrate included. */
async function measured<T>(decoding: Promise<T>): Promise<T> {
  const start = performance.now()
  const result = await decoding
  performance.measure('iiat:share-decode', { start })
  return result
}

/** Reads a link's fragment and puts what it holds into the reader's words; never throws. */
export async function readSharedLink(
  hash: string,
  locale: Locale,
  i18n: Pick<Composer, 't' | 'te'>,
): Promise<SharedContent> {
  const [opened] = await Promise.all([
    measured(openFragment(hash, { newId, now: new Date() })),
    loadDomainTexts(locale),
  ])
  const texts = domainTexts(locale)
  if (!opened.ok) {
    const issues = opened.issues ?? []
    return {
      kind: 'refused',
      reason: issues.some((issue) => issue.code === 'newer-version') ? 'newer' : opened.reason,
      details: issues.length ? describeIssues(issues, i18n, texts) : [],
    }
  }
  if (opened.kind === 'summary')
    return {
      kind: 'summary',
      title: opened.summary.title,
      block: verdictBlock(opened.summary.ratings, texts),
    }
  const doc: Assessment = opened.result.assessment
  return {
    kind: 'assessment',
    result: opened.result,
    changedAt: opened.changedAt,
    verdict: texts.verdict.label[decideVerdict(doc.analysis).verdict],
    stage: doc.flag.stage ? texts.stage[doc.flag.stage] : null,
    rated: ITEM_IDS.filter((id) => doc.analysis[id].impact !== 'not-assessed').length,
    total: ITEM_IDS.length,
  }
}
