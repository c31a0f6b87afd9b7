import { vi } from 'vitest'

/**
 * Records the files the page downloads (`downloadBlob`: an object URL on a link with `download`,
 * clicked), at the DOM, without mocking a module: the `ui` project runs its files in one module
 * registry (isolate: false), where two files' mocks of the same module would not be one function.
 * Call in `beforeEach`; `vi.restoreAllMocks()` ends it.
 */
export function captureDownloads(): { blob: Blob; fileName: string }[] {
  const files: { blob: Blob; fileName: string }[] = []
  const blobs = new Map<string, Blob>()
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, object as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (blob && this.download) files.push({ blob, fileName: this.download })
  })
  return files
}
