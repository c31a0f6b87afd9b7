import type { FileChooser, Page } from '@playwright/test'

type Files = Parameters<FileChooser['setFiles']>[0]

/**
 * Opens files the way a person does: "Open a file…" in the library, then the browser's file
 * chooser.
 */
export async function openFile(page: Page, files: Files): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a file…', exact: true }).click()
  await (await chooser).setFiles(files)
}
