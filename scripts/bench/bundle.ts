/**
 * Bundle sizes: gzip (level 9) of the initial JS+CSS that index.html loads (following static
 * imports), of every lazy chunk, and the raw size of the font assets; plus size-limit's check.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DIST, ROOT } from './config'
import { run } from './server'

export type BundleResult = ReturnType<typeof measureBundle> & {
  budget?: { limitBytes: number; pass: boolean; sizeLimitBytes: number }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

function attrsOf(tag: string) {
  const attrs: Record<string, string | undefined> = {}
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  return attrs
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in a built chunk; never `import("x")`. */
function staticImports(code: string) {
  const specs = []
  const re =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.(?:js|mjs|css))["']/g
  for (const m of code.matchAll(re)) specs.push(m[1])
  return specs
}

/** Sizes of the build in DIST: initial load, lazy chunks, fonts and files outside assets/. */
export function measureBundle() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const toFile = (url: string) => join(DIST, url.replace(/^\//, '').split(/[?#]/)[0])
  const initial = new Map<string, string>() // file → how it is loaded
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attrsOf(m[0].slice(m[1].length + 1))
    const rel = (a.rel ?? '').toLowerCase()
    if (m[1].toLowerCase() === 'script' && a.src && /^module$/i.test(a.type ?? ''))
      initial.set(toFile(a.src), 'script')
    else if (rel === 'modulepreload' && a.href) initial.set(toFile(a.href), 'modulepreload')
    else if (rel === 'stylesheet' && a.href) initial.set(toFile(a.href), 'stylesheet')
  }
  const queue = [...initial.keys()].filter((f) => f.endsWith('.js'))
  while (queue.length) {
    const file = queue.shift()
    if (file === undefined || !existsSync(file)) continue
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue
      const target = spec.startsWith('/') ? toFile(spec) : resolve(dirname(file), spec)
      if (initial.has(target)) continue
      initial.set(target, `static import of ${relative(DIST, file)}`)
      if (target.endsWith('.js')) queue.push(target)
    }
  }
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
  const rel = (f: string) => relative(DIST, f).split('\\').join(posix.sep)
  const files = walk(DIST)
  const initialRows = [...initial.entries()].map(([file, how]) => ({
    file: rel(file),
    how,
    raw: existsSync(file) ? statSync(file).size : 0,
    gzip: existsSync(file) ? gz(file) : 0,
    missing: !existsSync(file),
  }))
  const assets = files.filter((f) => rel(f).startsWith('assets/'))
  const lazy = assets
    .filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
    .map((f) => ({ file: rel(f), raw: statSync(f).size, gzip: gz(f) }))
    .sort((a, b) => b.gzip - a.gzip)
  const fonts = files
    .filter((f) => /\.(ttf|otf|woff2?)$/i.test(f))
    .map((f) => ({ file: rel(f), raw: statSync(f).size }))
  const other = files
    .filter((f) => /\.(js|css)$/.test(f) && !rel(f).startsWith('assets/'))
    .map((f) => ({ file: rel(f), raw: statSync(f).size, gzip: gz(f) }))
  const initialGzip = initialRows.reduce((n, r) => n + r.gzip, 0)
  const initialRaw = initialRows.reduce((n, r) => n + r.raw, 0)
  return {
    initial: { gzipBytes: initialGzip, rawBytes: initialRaw, files: initialRows },
    lazy: { gzipBytes: lazy.reduce((n, r) => n + r.gzip, 0), files: lazy },
    fonts: { rawBytes: fonts.reduce((n, r) => n + r.raw, 0), files: fonts },
    outsideAssets: other,
  }
}

/** The first-load budget as size-limit checks it (.size-limit.js), on the bench's own build. */
export async function sizeLimit(): Promise<{
  name: string
  size: number
  limit: number
  pass: boolean
}> {
  const { stdout, stderr } = await run('npx', ['size-limit', '--json'], {
    cwd: ROOT,
    env: { ...process.env, SIZE_LIMIT_DIST: DIST },
  })
  let checks: { name: string; size: number; sizeLimit: number; passed: boolean }[]
  try {
    checks = JSON.parse(stdout)
  } catch {
    throw new Error(`size-limit printed no JSON: ${String(stderr).trim().split('\n').at(-1)}`)
  }
  const [first] = checks
  return { name: first.name, size: first.size, limit: first.sizeLimit, pass: first.passed }
}
