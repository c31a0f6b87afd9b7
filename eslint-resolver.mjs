// Resolves the `@/` alias (vite.config.ts, tsconfig paths) and extension-less local imports for
// eslint-plugin-boundaries, which reads `import/resolver`; packages are left to the plugin.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('src', import.meta.url))
const EXTENSIONS = ['', '.ts', '.vue', '.js', '.mjs', '.json']

const isFile = (file) => existsSync(file) && statSync(file).isFile()

export const interfaceVersion = 2

/** The file an import of `source` from `importer` means, when it is one of ours. */
export function resolve(source, importer) {
  const base = source.startsWith('@/')
    ? path.join(SRC, source.slice(2))
    : source.startsWith('.')
      ? path.resolve(path.dirname(importer), source)
      : null
  if (base === null) return { found: false }
  const candidates = [
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.slice(1).map((ext) => path.join(base, 'index' + ext)),
  ]
  const found = candidates.find(isFile)
  return found ? { found: true, path: found } : { found: false }
}
