/**
 * Layout follows the reading direction (issue 9, item 6): styles say start and end (CSS logical
 * properties), never left and right, so a right-to-left page mirrors without a second stylesheet.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

function styleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return styleFiles(path)
    return /\.(vue|css)$/.test(entry.name) ? [path] : []
  })
}

/** The CSS of a file: a .vue file's <style> blocks, a .css file whole. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8')
  if (path.endsWith('.css')) return text
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n')
}

const PHYSICAL =
  /(^|[\s;{])((margin|padding|border)-(left|right)(-\w+)?|left|right|float|clear|border-(top|bottom)-(left|right)-radius)\s*:|text-align\s*:\s*(left|right)|(float|clear)\s*:\s*(left|right)/gm

describe('styles', () => {
  it('use logical properties, not left and right', () => {
    const files = styleFiles(SRC)
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((file) =>
      cssOf(file)
        .split('\n')
        .filter((line) => !/^\s*(\/\*|\*)/.test(line) && new RegExp(PHYSICAL.source).test(line))
        .map((line) => `${file.slice(SRC.length + 1)}: ${line.trim()}`),
    )
    expect(found).toEqual([])
  })

  it('would catch a physical property', () => {
    for (const css of ['  margin-left: 1rem;', '  right: 0;', '  text-align: left;', 'a{left:0}'])
      expect(new RegExp(PHYSICAL.source).test(css), css).toBe(true)
    for (const css of ['  margin-inline-start: 1rem;', '  inset-inline-end: 0;', '  top: 0;'])
      expect(new RegExp(PHYSICAL.source).test(css), css).toBe(false)
  })
})
