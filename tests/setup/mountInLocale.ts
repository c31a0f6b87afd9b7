import { mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import type { Locale } from '@/domain'
import { createAppI18n, loadUiMessages } from '@/i18n'
import { createTestI18n } from './i18n'

/**
 * Mounts a component that needs only the i18n plugin (no router, no store), in `locale` with
 * its core and step messages, so a test can check the words another language shows.
 */
export async function mountInLocale(
  locale: Locale,
  component: Component,
  props: Record<string, unknown> = {},
): Promise<VueWrapper> {
  const i18n = locale === 'en' ? createTestI18n() : createAppI18n(locale)
  if (locale !== 'en') i18n.global.mergeLocaleMessage(locale, await loadUiMessages(locale))
  return mount(component, { props, global: { plugins: [i18n] } }) as VueWrapper
}
