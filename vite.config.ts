/// <reference types="vitest/config" />
import { readFileSync, realpathSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, minify, searchForWorkspaceRoot, type Plugin, type Rolldown } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { jspdfWithoutCdn } from './scripts/build/jspdfWithoutCdn.ts'
import { noticeOf, thirdPartyNotices } from './scripts/build/thirdPartyNotices.ts'
import { SCRIPT_ASSETS_CACHE } from './src/report-pdf/shaped/assetsCache.ts'
import {
  EARLY_SUMMARIES_KEY,
  LIBRARY_DB_NAME,
  SUMMARIES_STORE,
  startEarlySummaries,
} from './src/persistence/earlySummaries.ts'

/**
 * The Content-Security-Policy of the built app. Only in the build: the dev server injects
 * styles and a client script inline. No inline scripts, no eval, no third-party hosts.
 * 'wasm-unsafe-eval' lets the page compile WebAssembly (HarfBuzz, which shapes the PDF's text
 * in other scripts), and nothing else: JavaScript eval stays blocked.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'iiat-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * A deep link (`/a/<id>/analyze`) used to load its route's chunks only once the whole first load
 * had run: one more round trip on the way to the first real paint. This emits a tiny script,
 * deferred just before the entry, that matches the address against the routes and
 * modulepreloads the route's views with everything they import (and, for the assessment screens
 * and the method, the English step messages and domain texts they always load), while the first
 * load is still downloading. A wrong guess only costs a preload; the router still loads what
 * it needs. Keep the paths in step with src/router/index.ts. On the library's address it also
 * starts reading the stored summaries (src/persistence/earlySummaries.ts), which the app then
 * takes instead of reading them once it has loaded.
 */
function routePreload(): Plugin {
  let fileName = ''
  return {
    name: 'iiat-route-preload',
    apply: 'build',
    enforce: 'pre',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
      const byFacade = (pattern: RegExp) =>
        chunks.find((c) => pattern.test((c.facadeModuleId ?? '').replaceAll('\\', '/')))
      const closure = (start: (typeof chunks)[number] | undefined, skip = new Set<string>()) => {
        const files = new Set<string>()
        const visit = (file: string) => {
          const chunk = bundle[file]
          if (skip.has(file) || files.has(file) || chunk?.type !== 'chunk') return
          // A chunk of stylesheets only (styles/tables.css) is dropped by Vite after this
          // step: its CSS is preloaded, the empty script is not.
          const cssOnly = Object.keys(chunk.modules).every((id) => /\.css($|\?)/.test(id))
          if (!cssOnly) files.add(file)
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
          chunk.imports.forEach(visit)
        }
        if (start) visit(start.fileName)
        return files
      }
      const initial = closure(chunks.find((c) => c.isEntry))
      const filesOf = (pattern: RegExp) =>
        [...closure(byFacade(pattern), initial)].map((f) => `/${f}`)
      const views = Object.fromEntries(
        [
          'Library',
          'Method',
          'Assessment',
          'Flag',
          'Analyze',
          'Strategize',
          'Together',
          'Report',
          'History',
        ].map((view) => [view, filesOf(new RegExp(`/src/views/${view}View\\.vue$`))]),
      )
      const steps = [
        ...filesOf(/\/src\/i18n\/en\/steps\.ts$/),
        ...filesOf(/\/src\/domain\/texts\/enGuidance\.ts$/),
      ]
      const source = `const v=${JSON.stringify(views)},s=${JSON.stringify(steps)},p=location.pathname.replace(/\\/+$/,'')||'/';
const a=/^\\/a\\/[^/]+(?:\\/([a-z]+))?/.exec(p),n=a&&{flag:'Flag',analyze:'Analyze',strategize:'Strategize',together:'Together',report:'Report',history:'History'}[a[1]||'flag'];
const f=p==='/'?v.Library:p==='/method'?[...v.Method,...s]:n?[...v.Assessment,...v[n],...s]:[];
document.head.append(...[...new Set(f)].map(h=>{const l=document.createElement('link');if(h.endsWith('.css')){l.rel='preload';l.as='style'}else l.rel='modulepreload';l.crossOrigin='';l.href=h;return l}))
if(p==='/')try{(${startEarlySummaries.toString()})(indexedDB,${JSON.stringify(LIBRARY_DB_NAME)},${JSON.stringify(SUMMARIES_STORE)},window,${JSON.stringify(EARLY_SUMMARIES_KEY)})}catch{}
`
      // Part of every first load: minified like the app's own chunks.
      const { code } = await minify('route-preload.js', source)
      fileName = this.getFileName(
        this.emitFile({ type: 'asset', name: 'route-preload.js', source: code }),
      )
    },
    transformIndexHtml: {
      order: 'post',
      // A deferred classic script, placed just before the entry module: deferred scripts and
      // modules run in document order once the page is parsed, so it always runs before the app
      // (the early summaries read is always there to take), it is fetched alongside the first
      // load, and it never blocks the parser (a blocking script in <head> held back the app
      // shell's first paint by its round trip: FCP 420 -> 260 ms, mobile emulation, localhost).
      handler: (html) => {
        if (!fileName) return html
        const entry = html.indexOf('<script type="module"')
        if (entry === -1) throw new Error('route preload: no entry module in index.html')
        const tag = `<script defer src="/${fileName}"></script>\n    `
        return html.slice(0, entry) + tag + html.slice(entry)
      },
    },
  }
}

/**
 * Chunks named after what they hold. Libraries get their own chunks; `$initial` keeps the domain
 * code the first screen needs apart from the domain code only later screens load.
 */
const CHUNK_GROUPS = [
  // Loaded by almost every chunk; left alone it would join the first group that reaches it.
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
  { name: 'vue', test: /node_modules[\\/](@vue|vue|pinia)[\\/]/, priority: 2 },
  { name: 'router', test: /node_modules[\\/]vue-router[\\/]/, priority: 2 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
  // Not fflate: the Word export zips with it too, and must not fetch the PDF engine for that.
  {
    name: 'pdf-engine',
    test: /node_modules[\\/](jspdf|jspdf-autotable|fast-png|pako|iobuffer|@babel[\\/]runtime)[\\/]/,
    priority: 2,
  },
  { name: 'domain', test: /[\\/]src[\\/]domain[\\/]/, tags: ['$initial' as const], priority: 1 },
]

/** The route views' chunks and styles: `step-analyze`, `view-library`. */
function viewChunkName(view: string): string {
  const kebab = view.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()
  return STEP_VIEWS.has(view) ? `step-${kebab}` : `view-${kebab}`
}

/**
 * The name of a chunk loaded for one module (a view, a language, the PDF export). Other chunks
 * keep the name of their first module, or of their group.
 */
function chunkName(chunk: Rolldown.PreRenderedChunk): string {
  const path = (chunk.facadeModuleId ?? '').replaceAll('\\', '/')
  const view = /\/src\/views\/(\w+)View\.vue$/.exec(path)?.[1]
  if (view) return viewChunkName(view)
  const messages = /\/src\/i18n\/(\w+)\/(index|steps)\.ts$/.exec(path)
  if (messages)
    return messages[2] === 'steps' ? `messages-steps-${messages[1]}` : `messages-${messages[1]}`
  const texts = /\/src\/domain\/texts\/(\w+)\.ts$/.exec(path)?.[1]
  if (texts) return `texts-${texts.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()}`
  if (path.endsWith('/src/report-pdf/index.ts')) return 'pdf-report'
  if (path.endsWith('/src/report-docx/index.ts')) return 'docx-report'
  if (path.includes('/node_modules/workbox-window/')) return 'workbox-window'
  return chunk.name
}
const STEP_VIEWS = new Set(['Flag', 'Analyze', 'Strategize', 'Together', 'Report'])

/**
 * harfbuzzjs's Emscripten glue imports Node's `module` on a path that only runs in Node; in the
 * browser build it resolves to nothing, instead of an empty chunk and a warning.
 */
function noNodeModuleInBrowser(): Plugin {
  const id = '\0iiat-no-node-module'
  return {
    name: 'iiat-no-node-module',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'module' ? id : null),
    load: (module) =>
      module === id ? 'export function createRequire() { throw new Error("Node only") }' : null,
  }
}

/**
 * harfbuzzjs starts its WebAssembly with a top-level await. Any such module in the graph makes
 * Rolldown stop merging the app's shared modules into the entry chunk (to keep execution order),
 * which split the first load into five more files (1.4 kB more gzip). Here the module exports
 * the start as a promise instead (`ready`), which src/report-pdf/shaped awaits before use.
 */
function harfbuzzWithoutTopLevelAwait(): Plugin {
  const start = 'init(await createHarfBuzz());'
  return {
    name: 'iiat-harfbuzz-without-top-level-await',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]harfbuzzjs[\\/]dist[\\/]index\.mjs$/.test(id)) return null
      if (!code.includes(start)) throw new Error('harfbuzzjs no longer starts as expected.')
      return code.replace(start, 'const ready = createHarfBuzz().then(init);\nexport { ready };')
    },
  }
}

const stub = fileURLToPath(new URL('./src/report-pdf/optionalStub.ts', import.meta.url))

export default defineConfig({
  plugins: [
    vue(),
    contentSecurityPolicy(),
    routePreload(),
    jspdfWithoutCdn(),
    noNodeModuleInBrowser(),
    harfbuzzWithoutTopLevelAwait(),
    // The About page's list of what the app ships and under which licence.
    thirdPartyNotices({
      nodeModules: fileURLToPath(new URL('./node_modules', import.meta.url)),
      extra: [
        {
          ...noticeOf(fileURLToPath(new URL('./node_modules/dejavu-fonts-ttf', import.meta.url))),
          name: 'DejaVu Sans (the PDF report’s font, subset)',
          license: 'Bitstream Vera Fonts licence; DejaVu changes in the public domain',
        },
        {
          name: 'Noto Sans Arabic, Hebrew, Thai, Khmer, Devanagari, Bengali and Tamil; Noto Sans CJK SC, TC, JP and KR (the PDF report’s fonts for those scripts, subsets)',
          version: '2022 (Google Fonts); CJK 2.004',
          license: 'OFL-1.1',
          text: readFileSync(
            fileURLToPath(
              new URL('./src/report-pdf/fonts/scripts/LICENSE-Noto.txt', import.meta.url),
            ),
            'utf8',
          ).trim(),
        },
      ],
    }),
    // Precaches the whole app (PDF engine and font included) so it works offline after one visit.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Internet Impact Assessment Toolkit',
        short_name: 'Impact Assessment',
        description:
          'Assess how a proposal affects the open, global Internet, plan advocacy and export a report.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1d3b5c',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The script fonts and the shaper are not precached: most people never need them. Each is
        // kept the first time a report needs it (its name carries its hash, so a cached copy is
        // never stale), or ahead of time from the About page.
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              url.origin === self.location.origin &&
              /\/assets\/[^/]+\.(gz|wasm)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: SCRIPT_ASSETS_CACHE },
          },
        ],
      },
    }),
  ],
  // The project, and its node_modules where it really is (a linked worktree shares another's):
  // `?url` imports of a package's file (the shaper's WebAssembly) are served from there.
  server: {
    fs: {
      allow: [
        searchForWorkspaceRoot(process.cwd()),
        realpathSync(fileURLToPath(new URL('./node_modules', import.meta.url))),
      ],
    },
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      html2canvas: stub,
      dompurify: stub,
      canvg: stub,
    },
  },
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Browsers without `modulepreload` (Firefox before 115, Safari before 17) still load every
    // module, only without fetching it early; the polyfill would cost every first load 0.5 kB.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The domain is pure (ARCHITECTURE.md): a module of it that no code in a chunk uses is
      // left out of that chunk, even though the barrel domain/index.ts re-exports it. Without
      // this, the report builder and its chart rode in the first load.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]domain[\\/]/.test(id) },
      output: {
        codeSplitting: { groups: CHUNK_GROUPS },
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
        assetFileNames: (asset) => {
          const view = /^(\w+)View\.css$/.exec(asset.names[0] ?? '')?.[1]
          return `assets/${view ? viewChunkName(view) : '[name]'}-[hash][extname]`
        },
      },
    },
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    globalSetup: ['tests/setup/printFastCheckRuns.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'tests/{domain,report-pdf,report-docx,persistence,i18n,lint,build}/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/fastCheck.ts', 'tests/setup/texts.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/{components,stores,views,composables}/**/*.test.ts'],
          setupFiles: ['tests/setup/fastCheck.ts', 'tests/setup/texts.ts', 'tests/setup/ui.ts'],
          // One jsdom per worker instead of one per file: starting jsdom took most of this
          // project's time. tests/setup/ui.ts clears what a file may leave behind.
          isolate: false,
        },
      },
    ],
  },
})
