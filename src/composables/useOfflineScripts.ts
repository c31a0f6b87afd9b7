import { computed, onMounted, ref } from 'vue'
import { useI18n } from '@/i18n'
import { SCRIPT_FONT_FILES } from '@/report-pdf/fonts/scriptFonts'
import type { ScriptFontId } from '@/report-pdf/shaped/fontChoice'

/** A download's size, in kB under a megabyte, else in MB, written the locale's way. */
function downloadSize(bytes: number, locale: string): string {
  const mb = bytes >= 1e6
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1e6 : bytes / 1e3)
}

/** ISO 15924 codes, which `Intl.DisplayNames` names in every language. */
const SCRIPT_CODES: Record<ScriptFontId, string> = {
  arabic: 'Arab',
  hebrew: 'Hebr',
  thai: 'Thai',
  khmer: 'Khmr',
  devanagari: 'Deva',
  bengali: 'Beng',
  tamil: 'Taml',
  sc: 'Hans',
  tc: 'Hant',
  jp: 'Jpan',
  kr: 'Kore',
}

/**
 * Ahead of a workshop: keeps chosen scripts' PDF fonts (and the shaper) on this device, so that a
 * report in those scripts exports offline. Without this, each is fetched on its first export.
 * Says what was kept only once the cache holds it.
 */
export function useOfflineScripts() {
  const { t, locale } = useI18n()
  const supported = typeof caches !== 'undefined'
  const kept = ref(new Set<ScriptFontId>())
  const chosen = ref<ScriptFontId[]>([])
  const busy = ref(false)
  const message = ref('')
  const failed = ref(false)

  const scripts = computed(() => {
    const names = new Intl.DisplayNames([locale.value], { type: 'script' })
    return SCRIPT_FONT_FILES.map((file) => ({
      id: file.id,
      name: names.of(SCRIPT_CODES[file.id]) ?? file.name,
      size: downloadSize(file.bytes, locale.value),
    }))
  })
  const nameOf = (id: ScriptFontId) => scripts.value.find((s) => s.id === id)?.name ?? id
  const list = (ids: ScriptFontId[]) =>
    new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(ids.map(nameOf))

  async function refresh(): Promise<void> {
    const { keptOffline } = await import('@/report-pdf/shaped/loadScriptFonts')
    kept.value = await keptOffline()
  }

  onMounted(() => {
    if (supported) refresh().catch(() => undefined)
  })

  async function keepChosen(): Promise<void> {
    if (busy.value || chosen.value.length === 0) return
    busy.value = true
    failed.value = false
    message.value = t('about.offline.working')
    try {
      const { keepOffline } = await import('@/report-pdf/shaped/loadScriptFonts')
      const result = await keepOffline(chosen.value)
      await refresh()
      chosen.value = result.failed
      failed.value = result.failed.length > 0
      message.value = [
        result.kept.length ? t('about.offline.kept', { scripts: list(result.kept) }) : '',
        result.failed.length ? t('about.offline.failed', { scripts: list(result.failed) }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    } catch {
      failed.value = true
      message.value = t('about.offline.failed', { scripts: list(chosen.value) })
    } finally {
      busy.value = false
    }
  }

  return { supported, scripts, kept, chosen, busy, message, failed, keepChosen }
}
