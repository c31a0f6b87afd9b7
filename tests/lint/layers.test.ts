/**
 * The layer map of ARCHITECTURE.md is enforced by lint (eslint.config.js, `layers`): a few
 * imports per arrow, aliased and relative, linted as if they were in the named file.
 */
import { ESLint, type Linter } from 'eslint'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// Loaded by URL: the config is plain JavaScript, outside the type-checked program.
const configUrl = new URL('../../eslint.config.js', import.meta.url).href
const { layers } = (await import(configUrl)) as { layers: Linter.Config }

const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    ...pluginVue.configs['flat/base'],
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    { files: ['**/*.vue'], languageOptions: { parserOptions: { parser: tseslint.parser } } },
    layers,
  ],
})

/** The boundaries errors for one import statement placed in `file`. */
async function lintImport(file: string, source: string): Promise<string[]> {
  const statement = `import * as probe from '${source}'\nexport { probe }\n`
  const code = file.endsWith('.vue')
    ? `<script setup lang="ts">\n${statement}</script>\n`
    : statement
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('lint enforces the layer map', () => {
  it.each([
    ['src/domain/assessment/probe.ts', '../../stores/library'],
    ['src/domain/probe.ts', '@/persistence'],
    ['src/domain/probe.ts', '../i18n'],
    ['src/report-pdf/probe.ts', '../persistence'],
    ['src/report-docx/probe.ts', '@/report-pdf'],
    ['src/components/report/ReportEditableExports.vue', '@/report-docx'],
    ['src/persistence/probe.ts', '@/stores/library'],
    ['src/stores/library.ts', '@/composables/useDomainTexts'],
    ['src/stores/library.ts', '@/i18n'],
    ['src/composables/useDomainTexts.ts', '@/stores/preferences'],
    ['src/components/steps/FlagSourceList.vue', '@/views/FlagView.vue'],
    ['src/components/steps/FlagSourceList.vue', '../../views/FlagView.vue'],
    ['src/components/steps/FlagSourceList.vue', '@/stores/library'],
    ['src/components/steps/FlagSourceList.vue', '@/persistence'],
    ['src/components/steps/FlagSourceList.vue', '@/composables/useCurrentAssessment'],
    ['src/components/report/ReportPreview.vue', '@/report-pdf'],
    ['src/views/FlagView.vue', '@/router'],
    ['src/i18n/probe.ts', '@/stores/preferences'],
    ['src/main.ts', './persistence'],
    ['src/App.vue', '@/views/FlagView.vue'],
  ])('%s may not import %s', async (file, source) => {
    const errors = await lintImport(file, source)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^boundaries\/dependencies: /)
  })

  it.each([
    ['src/domain/assessment/probe.ts', '../report/model'],
    ['src/report-pdf/probe.ts', '@/domain'],
    ['src/report-docx/probe.ts', '@/domain'],
    ['src/composables/useEditableExports.ts', '@/report-docx'],
    ['src/stores/library.ts', '../persistence'],
    ['src/stores/preferences.ts', '@/i18n'],
    ['src/composables/useReportExport.ts', '@/stores/library'],
    ['src/components/steps/FlagSourceList.vue', '@/composables/useDomainTexts'],
    ['src/components/steps/FlagSourceList.vue', '../base/BaseField.vue'],
    ['src/components/shell/TheNotifications.vue', '@/stores/notifications'],
    ['src/views/FlagView.vue', '@/composables/useCurrentAssessment'],
    ['src/router/index.ts', '../views/FlagView.vue'],
    ['src/main.ts', './router'],
  ])('%s may import %s', async (file, source) => {
    expect(await lintImport(file, source)).toEqual([])
  })
})
