#!/usr/bin/env node
// Writes the report fonts: DejaVu Sans regular and bold cut down to the scripts the app's users
// write in (Latin with its extensions, Greek, Cyrillic) plus punctuation and symbols. A third of
// the full size, which makes every PDF export faster (jsPDF parses the whole font each time) and
// the offline precache smaller. Characters outside these ranges print as U+FFFD in the PDF.
// Run `npm run fonts` after changing the ranges; the output is committed.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { jsPDF } from 'jspdf'
import subsetFont from 'subset-font'

const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x2b0, 0x36f], // spacing modifiers, combining diacritics
  [0x370, 0x3ff], // Greek and Coptic
  [0x400, 0x52f], // Cyrillic and its supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and others)
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20bf], // currency signs
  [0x2100, 0x214f], // letterlike symbols
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators (− ≤ ≥)
  [0x25a0, 0x25ff], // geometric shapes (chart legend)
  [0x2600, 0x26ff], // miscellaneous symbols
  [0x2700, 0x27bf], // dingbats (✓ ✗)
  [0xfffd, 0xfffd], // the replacement character itself
]

const source = fileURLToPath(new URL('../node_modules/dejavu-fonts-ttf/', import.meta.url))
const target = fileURLToPath(new URL('../src/report-pdf/fonts/', import.meta.url))

let text = ''
for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c)

for (const name of ['DejaVuSans', 'DejaVuSans-Bold']) {
  const full = readFileSync(`${source}ttf/${name}.ttf`)
  const subset = await subsetFont(full, text, { targetFormat: 'truetype' })
  writeFileSync(`${target}${name}-subset.ttf`, subset)
  console.log(`${name}: ${full.length} → ${subset.length} bytes`)
}
copyFileSync(`${source}LICENSE`, `${target}LICENSE-DejaVu.txt`)

// What both cuts can print, read back from their character maps the way the PDF renderer reads
// them (jsPDF), as code point ranges: the Report step warns about any other character before
// export, without loading the PDF engine.
const doc = new jsPDF()
const maps = ['DejaVuSans', 'DejaVuSans-Bold'].map((name, i) => {
  const file = `${name}-subset.ttf`
  doc.addFileToVFS(file, readFileSync(`${target}${file}`).toString('binary'))
  doc.addFont(file, 'Subset', i === 0 ? 'normal' : 'bold')
  doc.setFont('Subset', i === 0 ? 'normal' : 'bold')
  return doc.getFont().metadata.cmap.unicode.codeMap
})
const ranges = []
for (let c = 0; c <= 0xffff; c++) {
  if (!maps.every((map) => map[c])) continue
  const last = ranges.at(-1)
  if (last && last[1] === c - 1) last[1] = c
  else ranges.push([c, c])
}
const hex = (n) => `0x${n.toString(16)}`
writeFileSync(
  `${target}coverage.ts`,
  `// Written by \`npm run fonts\` (scripts/subset-fonts.mjs) from the subset fonts; do not edit.
/** The code points both embedded cuts can print, as sorted, inclusive [from, to] ranges. */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
${ranges.map(([a, b]) => `  [${hex(a)}, ${hex(b)}],`).join('\n')}
]
`,
)
console.log(`coverage: ${ranges.length} ranges`)
