/**
 * Share links (issue 10): an assessment, or a summary of it, carried in the fragment of a link to
 * `/open`, e.g. `https://host/open#a1.<payload>`. The part after `#` never leaves the browser: no
 * server sees it. Loaded on demand (when someone shares or opens a link), never in the first load.
 *
 * A fragment is packed text (`packedText.ts`: compact JSON, raw deflate, CRC-32, base64url,
 * capped by length and unpacked size): `a1.` is a whole assessment, `s1.` a summary (title,
 * verdict, ratings). A whole assessment is read back through `readAssessmentFile`, the same
 * parse-and-migrate path as a file, so it becomes a copy under a new id.
 */
import { z } from 'zod/mini'
import {
  BENEFIT_LEVELS,
  HARM_LEVELS,
  IMPACT_LEVELS,
  ITEM_IDS,
  LIMITS,
  MAX_FILE_BYTES,
  VERDICTS,
  decideVerdict,
  withKeptFields,
  type Assessment,
  type BenefitLevel,
  type HarmLevel,
  type Impact,
  type ItemId,
  type ParseIssue,
  type Verdict,
} from '@/domain'
import { MAX_PACKED_CHARS, packText, unpackText, type PackedKinds } from './packedText'
import type { ImportResult } from './importFile'

/** The route a share link opens. */
const SHARE_ROUTE_PATH = '/open'

/**
 * The longest fragment decoded at all: Chromium drops URLs over 2 MiB, so a longer one cannot
 * have come from a link. A 5 MiB document (the file cap) compresses far below this.
 */
export const MAX_FRAGMENT_CHARS = MAX_PACKED_CHARS

/** A summary is a title and 15 letters: anything that unpacks to more than this is not one. */
const MAX_SUMMARY_BYTES = 16 * 1024

const KINDS = { assessment: 'a', summary: 's' } as const
const VERSIONS = { assessment: 1, summary: 1 } as const
const PACKED_KINDS: PackedKinds = {
  [KINDS.assessment]: { version: VERSIONS.assessment, maxBytes: MAX_FILE_BYTES },
  [KINDS.summary]: { version: VERSIONS.summary, maxBytes: MAX_SUMMARY_BYTES },
}

/** Why a link was refused; the UI puts each into words. */
export type ShareLinkFailure =
  /** Empty, or not a fragment this app writes. */
  | 'not-ours'
  /** A link of ours in a format newer than this version reads. */
  | 'newer-link'
  /** Longer than any link a browser carries: refused before decoding. */
  | 'too-long'
  /** Characters that are not base64url, or a length base64url never has. */
  | 'bad-encoding'
  /** The bytes do not unpack: the link is damaged, cut short, or not ours. */
  | 'bad-compression'
  /** It unpacks, but the checksum does not match: damaged or cut short. */
  | 'damaged'
  /** It unpacks to more than the cap (a file's, or a summary's). */
  | 'too-large'
  /** The content is not a valid document (see `issues`; it may be a newer schema version). */
  | 'invalid'

export type ShareLinkKind = keyof typeof KINDS

/** What a summary link holds: the title, the verdict and one rating per catalogue item. */
export interface SharedSummary {
  title: string
  verdict: Verdict
  ratings: Record<ItemId, SharedRating>
}

export interface SharedRating {
  impact: Impact
  mixed: { harm: HarmLevel; benefit: BenefitLevel }
}

export type OpenedLink =
  | {
      ok: true
      kind: 'assessment'
      /** The copy to add, as a file import gives it (under a new id and creation time). */
      result: Extract<ImportResult, { ok: true }>
      /** When the shared document was last changed, as it says; null if it does not say. */
      changedAt: string | null
    }
  | { ok: true; kind: 'summary'; summary: SharedSummary }
  | { ok: false; reason: ShareLinkFailure; issues?: ParseIssue[] }

// ---------------------------------------------------------------------------------------------
// Encoding

/** The fragment (without `#`) that carries the whole assessment, as its file would hold it. */
export async function encodeAssessmentFragment(doc: Assessment): Promise<string> {
  return frame('assessment', JSON.stringify(withKeptFields(doc)))
}

/** The fragment (without `#`) of the summary link: title, verdict, ratings. */
export async function encodeSummaryFragment(doc: Assessment): Promise<string> {
  const ratings = ITEM_IDS.map((id) => ratingCode(doc.analysis[id])).join('')
  const verdict = decideVerdict(doc.analysis).verdict
  return frame('summary', JSON.stringify({ t: doc.flag.title, v: verdict, r: ratings }))
}

/** The full link: the app's address (origin and base path) + `open#` + the fragment. */
export function shareUrl(appBase: string, fragment: string): string {
  const base = appBase.endsWith('/') ? appBase : `${appBase}/`
  return `${base}${SHARE_ROUTE_PATH.slice(1)}#${fragment}`
}

const frame = (kind: ShareLinkKind, json: string) => packText(KINDS[kind], VERSIONS[kind], json)

// ---------------------------------------------------------------------------------------------
// Decoding

/**
 * Reads a fragment (with or without its `#`). A whole assessment comes back as an import result
 * (a copy under `newId()`, never stored here); a summary as its title, verdict and ratings.
 * Never throws; every refusal has its reason.
 */
export async function openFragment(
  fragment: string,
  options: { newId: () => string; now: Date },
): Promise<OpenedLink> {
  try {
    return await open(fragment, options)
  } catch {
    return { ok: false, reason: 'bad-compression' }
  }
}

async function open(
  fragment: string,
  options: { newId: () => string; now: Date },
): Promise<OpenedLink> {
  const unpacked = await unpackText(fragment, PACKED_KINDS)
  if (!unpacked.ok) {
    const { reason } = unpacked
    return {
      ok: false,
      reason: reason === 'older' ? 'not-ours' : reason === 'newer' ? 'newer-link' : reason,
    }
  }
  const { text } = unpacked
  const kind = kindOf(unpacked.letter)!
  if (kind === 'summary') {
    const summary = readSummary(text)
    return summary ? { ok: true, kind, summary } : { ok: false, reason: 'invalid', issues: [] }
  }
  // Loaded by name, as the library loads it for files: a static import here would make the
  // build wrap importFile.ts in a namespace object, at the first load's expense.
  const { readAssessmentFile } = await import('./importFile')
  const result = await readAssessmentFile(
    { size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) },
    options,
  )
  if (!result.ok) return { ok: false, reason: 'invalid', issues: result.issues }
  return { ok: true, kind, result, changedAt: changedAt(text) }
}

/** The `updatedAt` of a document that has already parsed, if it is a valid time. */
function changedAt(text: string): string | null {
  const value: unknown = (JSON.parse(text) as { updatedAt?: unknown }).updatedAt
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null
}

function kindOf(letter: string): ShareLinkKind | undefined {
  return letter === KINDS.assessment
    ? 'assessment'
    : letter === KINDS.summary
      ? 'summary'
      : undefined
}

// ---------------------------------------------------------------------------------------------
// The summary's ratings: one character per catalogue item, in catalogue order. The ten levels
// other than "mixed" are a…j; a mixed row is A…I, its harm and benefit as 3 × 3.

const PLAIN_LEVELS = IMPACT_LEVELS.filter((level) => level !== 'mixed')
const UNSET_MIXED = { harm: 'negative', benefit: 'positive' } as const

function ratingCode(row: { impact: Impact; mixed: { harm: HarmLevel; benefit: BenefitLevel } }) {
  if (row.impact !== 'mixed') return String.fromCharCode(97 + PLAIN_LEVELS.indexOf(row.impact))
  const code = HARM_LEVELS.indexOf(row.mixed.harm) * 3 + BENEFIT_LEVELS.indexOf(row.mixed.benefit)
  return String.fromCharCode(65 + code)
}

function ratingOf(code: string): SharedRating {
  const c = code.charCodeAt(0)
  if (c >= 97) return { impact: PLAIN_LEVELS[c - 97]!, mixed: { ...UNSET_MIXED } }
  const n = c - 65
  return {
    impact: 'mixed',
    mixed: { harm: HARM_LEVELS[Math.floor(n / 3)]!, benefit: BENEFIT_LEVELS[n % 3]! },
  }
}

const SummarySchema = z.object({
  t: z.string().check(z.maxLength(LIMITS.text)),
  v: z.enum(VERDICTS),
  r: z.string().check(z.regex(new RegExp(`^[a-jA-I]{${ITEM_IDS.length}}$`))),
})

/**
 * A summary from its JSON, or null. Its verdict must be the one its ratings give: it is carried
 * so a summary says what its author saw, and a mismatch means it is not what it claims to be.
 */
function readSummary(text: string): SharedSummary | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = SummarySchema.safeParse(value)
  if (!parsed.success) return null
  const { t, v, r } = parsed.data
  const ratings = Object.fromEntries(ITEM_IDS.map((id, i) => [id, ratingOf(r[i]!)])) as Record<
    ItemId,
    SharedRating
  >
  if (decideVerdict(ratings).verdict !== v) return null
  return { title: t, verdict: v, ratings }
}
