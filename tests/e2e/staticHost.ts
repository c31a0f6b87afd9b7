/**
 * A static host for the built app that does what README's "Hosting" asks of one, as Netlify or
 * Cloudflare Pages would: the headers of `_headers`, and index.html for every path that is not a
 * file. Also readers for the two sample configurations, public/_headers and docs/hosting/nginx.conf.
 */
import { readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

type Headers = Record<string, string>

/** The rules of a `_headers` file: a path (`*` matches anything), then its `Name: value` lines. */
export function readHeadersFile(text: string): { path: string; headers: Headers }[] {
  const rules: { path: string; headers: Headers }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line)
    if (!header) rules.push({ path: line.trim(), headers: {} })
    else if (rules.length) rules[rules.length - 1].headers[header[1]] = header[2].trim()
    else throw new Error(`a header before any path: ${line}`)
  }
  return rules
}

/** Whether a `_headers` path matches a request's path. */
function matches(rule: string, path: string) {
  const pattern = rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')
  return new RegExp(`^${pattern}$`).test(path)
}

/**
 * The `add_header` directives and the `try_files` of the nginx sample, read by a small parser of
 * nginx's syntax (blocks, quoted strings, `;`) that throws on unbalanced braces or a missing `;`.
 */
export function readNginxConf(text: string): { headers: Headers; tryFiles: string[] } {
  const tokens = text.replace(/#.*$/gm, '').match(/"[^"]*"|'[^']*'|[{};]|[^\s{};]+/g) ?? []
  const headers: Headers = {}
  let tryFiles: string[] = []
  let statement: string[] = []
  let depth = 0
  for (const token of tokens) {
    if (token === '{') {
      if (!statement.length) throw new Error('a block without a name')
      statement = []
      depth++
    } else if (token === '}') {
      if (statement.length) throw new Error(`missing ";" after ${statement.join(' ')}`)
      if (--depth < 0) throw new Error('unbalanced "}"')
    } else if (token === ';') {
      const [name, ...args] = statement.map((t) => t.replace(/^(["'])(.*)\1$/, '$2'))
      if (name === 'add_header') headers[args[0]] = args[1]!
      if (name === 'try_files') tryFiles = args
      statement = []
    } else statement.push(token)
  }
  if (depth !== 0 || statement.length) throw new Error('unclosed block or statement')
  return { headers, tryFiles }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

/** Serves `root` on a free port of 127.0.0.1; resolves to its origin and a `close`. */
export async function startStaticHost(folder: string) {
  const root = resolve(folder)
  const rules = readHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    let file = normalize(join(root, path))
    const isFile = file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile()
    if (!isFile) file = join(root, 'index.html')
    for (const rule of rules.filter((r) => matches(r.path, path)))
      for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value)
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
    response.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
