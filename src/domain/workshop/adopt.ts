/**
 * Adopting a workshop's result (issue 11): the facilitator's decision on each row becomes a new,
 * normal assessment, a copy of the one the workshop started from (never the original, which
 * stays as it was). A row settled by consensus takes the room's median (`ratingOfMedian`); a row
 * settled by choice takes the chosen rating, with the wording the room agreed at the head of
 * "how it is affected"; a row left undecided keeps its rating. Participants' reasons become
 * evidence notes of their rows (with names only when the facilitator chose to show them), and the
 * document's `workshop` record keeps the facts the report's Workshop appendix prints.
 */
import type { ItemId } from '../catalogue/ids'
import { LIMITS, type Assessment } from '../assessment/schema'
import { fill, type DomainTexts } from '../texts/types'
import { todayIso } from '../ids/newId'
import type { RowResult } from './aggregate'
import { SCALE_LEVELS, type WorkshopRating } from './consensus'
import { ratingOfMedian } from './describe'
import { lastRoundOfRow, resultOfRound, type WorkshopSession } from './session'

type WorkshopRecord = NonNullable<Assessment['workshop']>
type RecordRow = WorkshopRecord['rows'][number]

/** The result each row was settled on: that of the last round that asked about it. */
export function settledResults(
  session: WorkshopSession,
): { row: ItemId; round: number; result: RowResult }[] {
  const last = lastRoundOfRow(session)
  const byRound = new Map<number, RowResult[]>()
  return session.rounds[0]!.map((row) => {
    const round = last[row] ?? 1
    if (!byRound.has(round)) byRound.set(round, resultOfRound(session, round).rows)
    return { row, round, result: byRound.get(round)!.find((r) => r.rowId === row)! }
  })
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** The new assessment; `texts` are the words of the source document's language. */
export function adoptWorkshop(
  session: WorkshopSession,
  options: { now: Date; newId: () => string; texts: DomainTexts },
): Assessment {
  const { now, texts } = options
  const w = texts.report.workshop
  const at = now.toISOString()
  const doc = JSON.parse(JSON.stringify(session.source)) as Assessment
  const rows: RecordRow[] = []
  const ratingWords = (rating: WorkshopRating) => texts.impact[rating]

  for (const { row, round, result } of settledResults(session)) {
    const c = result.consensus
    const decision =
      session.decisions[row] ??
      (c.status === 'consensus' ? ({ kind: 'consensus' } as const) : undefined)
    const analysis = doc.analysis[row]
    let settled: RecordRow['decision'] = 'kept'
    if (decision?.kind === 'consensus' && c.median !== null) {
      analysis.impact = ratingOfMedian(c.median)
      settled = 'consensus'
    } else if (decision?.kind === 'chosen') {
      analysis.impact = decision.rating
      const wording = decision.wording?.trim()
      if (wording)
        analysis.howAffected = clip(
          analysis.howAffected.trim() ? `${wording}\n\n${analysis.howAffected}` : wording,
          LIMITS.longText,
        )
      settled = 'chosen'
    }
    // Every reason given in the round the row was settled on, as an evidence note.
    const reasons = session.ballots.flatMap((b) => {
      const vote = b.round === round ? b.ratings[row] : undefined
      return vote?.reason ? [{ rating: vote.rating, reason: vote.reason, name: b.pseudonym }] : []
    })
    for (const r of reasons) {
      if (analysis.evidence.length >= LIMITS.listItems) break
      const named = session.namesShown && r.name
      analysis.evidence.push({
        id: options.newId(),
        sourceId: '',
        note: clip(
          fill(named ? w.evidenceNamed : w.evidence, {
            round,
            rating: ratingWords(r.rating),
            reason: r.reason,
            ...(named ? { name: r.name! } : {}),
          }),
          LIMITS.text,
        ),
      })
    }
    rows.push({
      item: row,
      round,
      n: c.n,
      medianTimesTwo: c.median === null ? null : Math.round(c.median * 2),
      iqr: c.iqr,
      agreementPercent: c.agreement ? Math.round(c.agreement.share * 100) : null,
      distribution: SCALE_LEVELS.map((level) => c.distribution[level]),
      mixed: c.offScale.mixed,
      unclear: c.offScale.unclear,
      status: c.status,
      decision: settled,
      dissent: c.outliers
        .filter((o) => o.reason)
        .slice(0, LIMITS.listItems)
        .map((o) => ({
          rating: o.rating,
          reason: clip(o.reason!, LIMITS.text),
          ...(session.namesShown && o.pseudonym ? { name: o.pseudonym } : {}),
        })),
    })
  }

  const first = settledResults(session).length ? resultOfRound(session, 1) : null
  const room = first?.room
  doc.workshop = {
    heldOn: todayIso(now),
    participants: new Set(session.ballots.map((b) => b.participant)).size,
    rounds: session.rounds.length,
    alphaThousandths: room && room.alpha !== null ? Math.round(room.alpha * 1000) : null,
    namesShown: session.namesShown,
    rule: { ...session.rule },
    rows,
  }
  doc.id = options.newId()
  doc.createdAt = at
  doc.updatedAt = at
  doc.flag.title = clip(
    fill(w.adoptedTitle, { title: session.source.flag.title.trim() }),
    LIMITS.text,
  )
  return doc
}
