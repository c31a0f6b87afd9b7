/**
 * Short random ids for documents and list entries. Uses getRandomValues, which (unlike
 * randomUUID) also works on plain-http workshop networks that are not secure contexts.
 */
export function newId(length = 12): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let id = ''
  for (const b of bytes) id += alphabet[b % alphabet.length]
  return id
}

/** Today's date as YYYY-MM-DD in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
