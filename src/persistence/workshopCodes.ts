/**
 * How a workshop travels without a server (issue 11): the join link the facilitator shows (a
 * link or QR code to `/join#j1.…`), and the ballot a participant sends back, as a short code to
 * paste or show as a QR code (`b1.…`), a link to `/ballot#b1.…`, or a small file. Codes and links
 * are packed text (`packedText.ts`: checksummed, capped), so a truncated or altered one is refused
 * with a reason rather than misread. Loaded on demand, with the workshop screens.
 */
import {
  BALLOT_LIMITS,
  ballotFromWire,
  ballotToWire,
  invitationFromWire,
  invitationToWire,
  type Ballot,
  type Invitation,
} from '@/domain'
import { packText, unpackText, type PackedKinds, type UnpackFailure } from './packedText'

const JOIN = { letter: 'j', version: 1 } as const
const BALLOT = { letter: 'b', version: 1 } as const

/** An invitation is a title, a summary and row letters: never more than this unpacked. */
const MAX_INVITATION_BYTES = 64 * 1024
/** A ballot's JSON is capped by the domain; its compact form is smaller still. */
const MAX_BALLOT_BYTES = BALLOT_LIMITS.textChars * 4
/** A ballot file: a ballot's JSON, or text holding codes; anything larger is not one. */
const MAX_BALLOT_FILE_BYTES = 256 * 1024

const JOIN_KINDS: PackedKinds = {
  [JOIN.letter]: { version: JOIN.version, maxBytes: MAX_INVITATION_BYTES },
}
const BALLOT_KINDS: PackedKinds = {
  [BALLOT.letter]: { version: BALLOT.version, maxBytes: MAX_BALLOT_BYTES },
}

/** Why a join link or a ballot code was refused; the UI puts each into words. */
export type CodeFailure =
  /** Not a join link or ballot code of this app. */
  | 'not-ours'
  /** Cut short or altered: it does not unpack, or its checksum does not match. */
  | 'damaged'
  /** Made by an older version of the app, in a format this one no longer reads. */
  | 'older-version'
  /** Made by a newer version of the app: update this one. */
  | 'newer-version'
  /** Larger than any real one. */
  | 'too-large'

const failureOf = (reason: UnpackFailure): CodeFailure =>
  reason === 'not-ours'
    ? 'not-ours'
    : reason === 'older'
      ? 'older-version'
      : reason === 'newer'
        ? 'newer-version'
        : reason === 'too-long' || reason === 'too-large'
          ? 'too-large'
          : 'damaged'

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** The address of a route of the app: its base (origin and base path) + the route + `#` + fragment. */
const routeUrl = (appBase: string, route: string, fragment: string) =>
  `${appBase.endsWith('/') ? appBase : `${appBase}/`}${route}#${fragment}`

// ---------------------------------------------------------------------------------------------
// Joining

/** The fragment (without `#`) of a round's join link. */
export function encodeInvitation(invitation: Invitation): Promise<string> {
  return packText(JOIN.letter, JOIN.version, JSON.stringify(invitationToWire(invitation)))
}

/** The join link a participant opens. */
export const joinUrl = (appBase: string, fragment: string) => routeUrl(appBase, 'join', fragment)

export type OpenedInvitation =
  { ok: true; invitation: Invitation } | { ok: false; reason: CodeFailure }

/** Reads a join link's fragment (with or without `#`). Never throws. */
export async function openInvitation(fragment: string): Promise<OpenedInvitation> {
  const unpacked = await unpackText(fragment, JOIN_KINDS)
  if (!unpacked.ok) return { ok: false, reason: failureOf(unpacked.reason) }
  const json = parseJson(unpacked.text)
  const invitation = json.ok ? invitationFromWire(json.value) : null
  return invitation ? { ok: true, invitation } : { ok: false, reason: 'not-ours' }
}

// ---------------------------------------------------------------------------------------------
// Ballots

/** A ballot's code: paste it, show it as a QR code, or put it after `/ballot#`. */
export function encodeBallotCode(ballot: Ballot): Promise<string> {
  return packText(BALLOT.letter, BALLOT.version, JSON.stringify(ballotToWire(ballot)))
}

/** The ballot link a participant sends through the share sheet. */
export const ballotUrl = (appBase: string, code: string) => routeUrl(appBase, 'ballot', code)

/** The ballot's file: its JSON, readable, a few hundred bytes. */
export function ballotFile(ballot: Ballot): { name: string; text: string } {
  const who = (ballot.pseudonym ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24)
  return {
    name: `ballot-r${ballot.round}-${who || ballot.id}.iiat-ballot.json`,
    text: `${JSON.stringify(ballot, null, 2)}\n`,
  }
}

/**
 * One ballot read from a code, a link or a file: a value for the workshop's merge to judge, or
 * why it could not even be read. `source` says which code or file it was, for the messages.
 */
export type ReadBallot =
  { ok: true; value: unknown; source: string } | { ok: false; reason: CodeFailure; source: string }

/** Every code of this app's kinds in a text: codes, links holding them, one or many per paste. */
const CODE_PATTERN = /\b([a-z])([0-9]{1,4})\.([A-Za-z0-9_-]*)/g

const shorten = (code: string) => (code.length > 24 ? `${code.slice(0, 20)}…` : code)

async function readCode(code: string): Promise<ReadBallot> {
  const source = shorten(code)
  const unpacked = await unpackText(code, BALLOT_KINDS)
  if (!unpacked.ok) return { ok: false, reason: failureOf(unpacked.reason), source }
  const json = parseJson(unpacked.text)
  const value = json.ok ? ballotFromWire(json.value) : null
  return value === null ? { ok: false, reason: 'not-ours', source } : { ok: true, value, source }
}

/**
 * The ballots in pasted text: one or more codes or ballot links (anything between them is
 * ignored), or one ballot file's JSON. Text with nothing of the kind gives one 'not-ours'.
 * Never throws.
 */
export async function readBallotText(text: string, source = ''): Promise<ReadBallot[]> {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed)
    return [
      json.ok ? { ok: true, value: json.value, source } : { ok: false, reason: 'damaged', source },
    ]
  }
  const codes = [...trimmed.matchAll(CODE_PATTERN)]
    // Only the ballot letter: a join link pasted by mistake is not a ballot.
    .filter((m) => m[1] === BALLOT.letter || m[1] === JOIN.letter)
    .map((m) => m[0])
  if (!codes.length) return [{ ok: false, reason: 'not-ours', source: source || shorten(trimmed) }]
  const read = await Promise.all(codes.map(readCode))
  return source ? read.map((r) => ({ ...r, source: `${source} (${r.source})` })) : read
}

/** The ballots in a dropped or chosen file: a ballot's JSON, or text holding codes. Never throws. */
export async function readBallotFile(file: {
  name: string
  size: number
  text(): Promise<string>
}): Promise<ReadBallot[]> {
  if (file.size > MAX_BALLOT_FILE_BYTES)
    return [{ ok: false, reason: 'too-large', source: file.name }]
  let text: string
  try {
    text = await file.text()
  } catch {
    return [{ ok: false, reason: 'damaged', source: file.name }]
  }
  const read = await readBallotText(text, file.name)
  return read.length === 1 ? [{ ...read[0]!, source: file.name }] : read
}
