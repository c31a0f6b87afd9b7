import { fileURLToPath } from 'node:url'
import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import boundaries from 'eslint-plugin-boundaries'
import prettierOff from 'eslint-config-prettier/flat'

/** Packages a pure layer must not import (DESIGN.md §1); boundaries below covers our own folders. */
const restrict = (files, group, message) => ({
  name: `layers/packages/${files}`,
  files: [files],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
})
const ui = ['vue', 'vue-*', 'pinia', '@vueuse/*', 'jspdf', 'jspdf-*']

/**
 * The map of ARCHITECTURE.md as lint: every file under src/ belongs to one layer, and a layer
 * imports only the layers listed for it (aliased and relative imports alike). A few named files
 * are allowed one more arrow; ARCHITECTURE.md lists them.
 */
const LAYERS = {
  domain: ['domain'],
  'report-pdf': ['domain'],
  'report-docx': ['domain'],
  persistence: ['domain'],
  stores: ['domain', 'persistence'],
  composables: ['domain', 'persistence', 'i18n', 'report-pdf', 'report-docx'],
  // styles: shared stylesheets a component imports for itself (styles/tables.css).
  components: ['domain', 'i18n', 'composables', 'styles'],
  views: ['domain', 'persistence', 'stores', 'composables', 'components', 'i18n'],
  router: ['domain', 'persistence', 'stores', 'composables', 'components', 'views', 'i18n'],
  i18n: ['domain'],
  // src/main.ts and src/App.vue
  app: ['domain', 'stores', 'composables', 'components', 'router', 'i18n', 'styles'],
}
/** Named exceptions: these files may also import the layers given. */
const EXCEPTIONS = {
  // Components that read a store themselves: single-instance shell pieces with no parent view.
  'src/components/shell/TheLanguageSwitcher.vue': ['stores'],
  'src/components/shell/TheNotifications.vue': ['stores'],
  // Composables that read a store (so components may not use them; views may).
  'src/composables/useCurrentAssessment.ts': ['stores'],
  'src/composables/useReportExport.ts': ['stores'],
  // Stores that hold UI messages: the language preference loads them, notices carry their keys.
  'src/stores/preferences.ts': ['i18n'],
  'src/stores/notifications.ts': ['i18n'],
}
const READS_STORES = Object.keys(EXCEPTIONS).filter((f) => f.startsWith('src/composables/'))

/** The boundaries settings and rule, exported for tests/lint/layers.test.ts. */
export const layers = {
  name: 'layers/map',
  files: ['src/**/*.{ts,vue}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { [fileURLToPath(new URL('eslint-resolver.mjs', import.meta.url))]: {} },
    'boundaries/elements': [
      ...Object.keys(LAYERS)
        .filter((type) => type !== 'app')
        .map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
      { type: 'styles', pattern: 'src/styles', partialMatch: false },
      { type: 'app', pattern: 'src', partialMatch: false },
    ],
    'boundaries/files': [
      ...Object.keys(EXCEPTIONS).map((file) => ({ category: file, pattern: file })),
      { category: 'reads-stores', pattern: READS_STORES },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          ...Object.entries(LAYERS).map(([type, to]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: [type, ...to] } } },
          })),
          ...Object.entries(EXCEPTIONS).map(([file, to]) => ({
            from: { file: { categories: file } },
            allow: { to: { element: { types: to } } },
          })),
          {
            from: { element: { type: 'components' } },
            disallow: { to: { file: { categories: 'reads-stores' } } },
            message: 'Components may use only composables that read no store (ARCHITECTURE.md).',
          },
        ],
      },
    ],
  },
}

export default defineConfigWithVueTs(
  { name: 'app/files', files: ['**/*.{ts,mts,vue}'] },
  globalIgnores([
    'dist/**',
    'dev-dist/**',
    'coverage/**',
    'playwright-report/**',
    'test-results/**',
    'lighthouse/**',
    'reports/**',
    'bench-results/**',
  ]),
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    name: 'app/rules',
    rules: {
      'vue/no-v-html': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { name: 'app/scripts', files: ['scripts/**', 'tests/**'], rules: { 'no-console': 'off' } },
  restrict('src/domain/**', ui, 'src/domain is pure TypeScript + zod (DESIGN.md §1).'),
  restrict(
    'src/report-pdf/**',
    ['vue', 'vue-*', 'pinia', '@vueuse/*'],
    'The PDF renderer is UI-free.',
  ),
  restrict(
    'src/report-docx/**',
    ['vue', 'vue-*', 'pinia', '@vueuse/*', 'jspdf', 'jspdf-*'],
    'The Word renderer is UI-free.',
  ),
  restrict('src/persistence/**', ui, 'Persistence is UI-free; browser objects are passed in.'),
  layers,
  prettierOff,
)
