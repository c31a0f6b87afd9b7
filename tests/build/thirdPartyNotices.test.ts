import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import {
  NOTICES_FILE,
  noticeOf,
  packageRootOf,
  thirdPartyNotices,
  type Notice,
} from '../../scripts/build/thirdPartyNotices'

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url))

describe('packageRootOf', () => {
  it.each([
    ['/app/node_modules/vue/dist/vue.js', '/app/node_modules/vue'],
    ['/app/node_modules/@vue/shared/dist/x.js?v=1', '/app/node_modules/@vue/shared'],
    ['\0/app/node_modules/a/node_modules/b/i.js', '/app/node_modules/a/node_modules/b'],
    ['C:\\app\\node_modules\\zod\\index.js', 'C:/app/node_modules/zod'],
    ['/app/src/main.ts', null],
    ['\0vite/preload-helper.js', null],
  ])('%s → %s', (id, root) => {
    expect(packageRootOf(id)).toBe(root)
  })
})

describe('noticeOf', () => {
  it('reads the name, version, licence and its text', () => {
    const vue = noticeOf(`${NODE_MODULES}/vue`)
    expect(vue.name).toBe('vue')
    expect(vue.license).toBe('MIT')
    expect(vue.text).toMatch(/Permission is hereby granted/)
  })

  it('gives a compound licence without its outer brackets (the page adds its own)', () => {
    expect(noticeOf(`${NODE_MODULES}/pako`).license).toBe('MIT AND Zlib')
  })
})

describe('thirdPartyNotices', () => {
  it('lists each bundled package once, sorted, then the extras; never the app itself', () => {
    const emitted: { fileName: string; source: string }[] = []
    const plugin = thirdPartyNotices({
      nodeModules: NODE_MODULES,
      extra: [{ name: 'A font', version: '1', license: 'OFL-1.1', text: 'licence' }],
    })
    const bundle = {
      'a.js': {
        type: 'chunk',
        modules: {
          [`${NODE_MODULES}/vue/index.js`]: {},
          [`${NODE_MODULES}/zod/index.js`]: {},
          '/app/src/main.ts': {},
        },
      },
      'b.js': { type: 'chunk', modules: { [`${NODE_MODULES}/vue/dist/vue.js`]: {} } },
      'c.css': { type: 'asset' },
    } as unknown as Rolldown.OutputBundle
    const context = {
      emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
      error: (message: string) => {
        throw new Error(message)
      },
    }
    const hook = plugin.generateBundle as (
      this: unknown,
      o: unknown,
      b: Rolldown.OutputBundle,
    ) => void
    hook.call(context, {}, bundle)
    expect(emitted).toHaveLength(1)
    expect(emitted[0]!.fileName).toBe(NOTICES_FILE)
    const names = (JSON.parse(emitted[0]!.source) as Notice[]).map((n) => n.name)
    expect(names).toEqual([
      'vue',
      'workbox-core',
      'workbox-precaching',
      'workbox-routing',
      'workbox-strategies',
      'zod',
      'A font',
    ])
  })
})
