import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import prettierOff from 'eslint-config-prettier/flat'

/** Layer rules from DESIGN.md §2: the arrows point one way. */
const restrict = (files, patterns) => ({
  name: `layers/${files}`,
  files: [files],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})
const ui = ['vue', 'vue-*', 'pinia', '@vueuse/*', 'jspdf', 'jspdf-*']

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
  restrict('src/domain/**', [
    { group: ui, message: 'src/domain is pure TypeScript + zod (DESIGN.md §1).' },
    { group: ['@/*', '!@/domain', '!@/domain/*'], message: 'The domain imports nothing else.' },
  ]),
  restrict('src/report-pdf/**', [
    { group: ['vue', 'vue-*', 'pinia', '@vueuse/*'], message: 'The PDF renderer is UI-free.' },
    { group: ['@/*', '!@/domain', '!@/domain/*', '!@/report-pdf/*'], message: 'Only @/domain.' },
  ]),
  restrict('src/persistence/**', [
    { group: ui, message: 'Persistence is UI-free; browser objects are passed in.' },
    { group: ['@/*', '!@/domain', '!@/domain/*', '!@/persistence/*'], message: 'Only @/domain.' },
  ]),
  restrict('src/stores/**', [
    {
      group: ['@/components/*', '@/views/*', '@/router/*', '@/composables/*'],
      message: 'Stores sit below the UI.',
    },
  ]),
  restrict('src/components/**', [
    {
      group: ['@/views/*', '@/router/*', '@/persistence/*'],
      message: 'Components get data from props.',
    },
  ]),
  prettierOff,
)
