// @ts-check
// Size budgets, checked by `npx size-limit` after a build and by `npm run bench`.
// First load: the JS and CSS that index.html pulls in (its scripts, modulepreloads and
// stylesheets), gzip level 9, each file compressed alone. SIZE_LIMIT_DIST names another build
// folder (the bench builds into its own).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const dist = resolve(process.env.SIZE_LIMIT_DIST ?? 'dist')

/** The files index.html loads before anything else runs, as absolute paths. */
function firstLoadFiles() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = []
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1]
    const url = tag.startsWith('<script')
      ? src
      : rel === 'modulepreload' || rel === 'stylesheet'
        ? href
        : undefined
    if (url && /\.(js|css)$/.test(url)) files.push(join(dist, url.replace(/^\//, '')))
  }
  return files
}

export default [
  {
    name: 'first load (JS+CSS that index.html pulls in)',
    path: firstLoadFiles(),
    gzip: true,
    limit: '71 KiB',
  },
]
