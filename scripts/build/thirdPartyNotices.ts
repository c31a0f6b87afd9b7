import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** One component the built app ships, with its licence text (the About page lists them). */
export interface Notice {
  name: string
  version: string
  /** The licence's SPDX expression, or what the package says instead. */
  license: string
  text: string
}

/**
 * The packages of the service worker's code: vite-plugin-pwa bundles workbox's runtime after the
 * app's bundle is written, so they are named here (the built file marks each as
 * `workbox:<module>:<version>`, and a test holds this list to those marks).
 */
export const SERVICE_WORKER_PACKAGES = [
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
] as const

/** The file the build writes, at the site's root. */
export const NOTICES_FILE = 'third-party-notices.json'

/** The folder of the package a bundled module comes from, or null for the app's own code. */
export function packageRootOf(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/')
  const at = path.lastIndexOf('/node_modules/')
  if (at === -1) return null
  const rest = path.slice(at + '/node_modules/'.length).split('/')
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0]
  return name ? `${path.slice(0, at)}/node_modules/${name}` : null
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

/** A package's name, version, licence and licence text, read from its folder. */
export function noticeOf(root: string): Notice {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string
    version: string
    license?: string | { type?: string }
  }
  const file = readdirSync(root).find((f) => LICENCE_FILE.test(f))
  if (!file) throw new Error(`${pkg.name} ships no licence file; its notice cannot be shown.`)
  const declared = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '')
  // "(MIT AND Zlib)": the page shows the licence in brackets of its own.
  const license = declared.replace(/^\((.*)\)$/, '$1')
  return {
    name: pkg.name,
    version: pkg.version,
    license,
    text: readFileSync(join(root, file), 'utf8').trim(),
  }
}

/**
 * Writes `third-party-notices.json`: every package whose code is in the built app (found from
 * the bundle's own module list, so nothing that only builds the app is listed), the service
 * worker's packages, and the `extra` components such as fonts.
 */
export function thirdPartyNotices(options: { nodeModules: string; extra: Notice[] }): Plugin {
  return {
    name: 'iiat-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const roots = new Set<string>()
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const id of Object.keys(output.modules)) {
          const root = packageRootOf(id)
          if (root) roots.add(root)
        }
      }
      for (const name of SERVICE_WORKER_PACKAGES) {
        const root = join(options.nodeModules, name)
        if (!existsSync(root)) this.error(`${name} is not installed; its notice is missing.`)
        roots.add(root)
      }
      const notices = [...roots].map(noticeOf)
      const byName = new Map(notices.map((n) => [n.name, n]))
      const list = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
      this.emitFile({
        type: 'asset',
        fileName: NOTICES_FILE,
        source: JSON.stringify([...list, ...options.extra]),
      })
    },
  }
}
