#!/usr/bin/env node
// Writes the report fonts. Run `npm run fonts` after changing what they cover; the output is
// committed, so neither the build nor CI downloads a font.
//
// 1. DejaVu Sans regular and bold, cut down to Latin with its extensions, Greek, Cyrillic,
//    punctuation and symbols: the base font of every PDF, embedded as text by jsPDF.
// 2. One Noto font per script the base font lacks (Arabic, Hebrew, Thai, Khmer, Devanagari,
//    Bengali, Tamil, Chinese, Japanese, Korean), cut down to its script's blocks (and, for the
//    ideographs, to a national standard's character set), gzipped. The app fetches only the fonts
//    a report needs, on its first export, and draws their glyphs shaped by HarfBuzz.
// 3. A tiny font with one empty glyph: the invisible text layer over shaped glyphs.
// 4. What all of this can print, as a bitset the Report step checks before export.
//
// The Noto sources come from npm packages (OFL 1.1), fetched with `npm pack` into
// node_modules/.cache/iiat-fonts the first time.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { jsPDF } from 'jspdf'
import subsetFont from 'subset-font'
import { Blob as HbBlob, Face } from 'harfbuzzjs'

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
const cache = fileURLToPath(new URL('../node_modules/.cache/iiat-fonts/', import.meta.url))

const textOf = (ranges) => {
  let text = ''
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) text += String.fromCodePoint(c)
  return text
}

for (const name of ['DejaVuSans', 'DejaVuSans-Bold']) {
  const full = readFileSync(`${source}ttf/${name}.ttf`)
  const subset = await subsetFont(full, textOf(RANGES), { targetFormat: 'truetype' })
  writeFileSync(`${target}${name}-subset.ttf`, subset)
  console.log(`${name}: ${full.length} → ${subset.length} bytes`)
}
copyFileSync(`${source}LICENSE`, `${target}LICENSE-DejaVu.txt`)

// What both cuts can print, read back from their character maps the way the PDF renderer reads
// them (jsPDF), as code point ranges: text made only of these is drawn by jsPDF as it is.
const doc = new jsPDF()
const maps = ['DejaVuSans', 'DejaVuSans-Bold'].map((name, i) => {
  const file = `${name}-subset.ttf`
  doc.addFileToVFS(file, readFileSync(`${target}${file}`).toString('binary'))
  doc.addFont(file, 'Subset', i === 0 ? 'normal' : 'bold')
  doc.setFont('Subset', i === 0 ? 'normal' : 'bold')
  return doc.getFont().metadata.cmap.unicode.codeMap
})
const toRanges = (has) => {
  const ranges = []
  for (let c = 0; c <= 0xffff; c++) {
    if (!has(c)) continue
    const last = ranges.at(-1)
    if (last && last[1] === c - 1) last[1] = c
    else ranges.push([c, c])
  }
  return ranges
}
const baseRanges = toRanges((c) => maps.every((map) => map[c]))

// Script fonts -----------------------------------------------------------------------------------

/** Characters of a legacy double-byte character set, read through its decoder. */
function charset(encoding, leads, trails, script) {
  const decoder = new TextDecoder(encoding)
  const pattern = new RegExp(`^\\p{Script=${script}}$`, 'u')
  let text = ''
  for (let a = leads[0]; a <= leads[1]; a++) {
    for (const [from, to] of trails) {
      for (let b = from; b <= to; b++) {
        const ch = decoder.decode(new Uint8Array([a, b]))
        if (pattern.test(ch)) text += ch
      }
    }
  }
  return text
}

/** Spaces, ASCII punctuation and digits, and the joiners and marks that shaping uses. */
const COMMON = [
  [0x20, 0x7e],
  [0xa0, 0xa0],
  [0x2000, 0x206f],
  [0x25cc, 0x25cc], // dotted circle, which HarfBuzz puts under a mark that has no base
]
const CJK_COMMON = [
  [0x3000, 0x303f], // ideographic space and punctuation
  [0xff00, 0xffef], // fullwidth and halfwidth forms
  [0x2e80, 0x2fdf], // radicals
  [0x3200, 0x33ff], // enclosed letters, compatibility
]

const SCRIPT_FONTS = [
  {
    id: 'arabic',
    name: 'Noto Sans Arabic',
    pkg: '@expo-google-fonts/noto-sans-arabic@0.4.3',
    file: '400Regular/NotoSansArabic_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x600, 0x6ff],
      [0x750, 0x77f],
      [0x870, 0x8ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ],
  },
  {
    id: 'hebrew',
    name: 'Noto Sans Hebrew',
    pkg: '@expo-google-fonts/noto-sans-hebrew@0.4.1',
    file: '400Regular/NotoSansHebrew_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x590, 0x5ff],
      [0xfb1d, 0xfb4f],
    ],
  },
  {
    id: 'thai',
    name: 'Noto Sans Thai',
    pkg: '@expo-google-fonts/noto-sans-thai@0.4.2',
    file: '400Regular/NotoSansThai_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [[0xe00, 0xe7f]],
  },
  {
    id: 'khmer',
    name: 'Noto Sans Khmer',
    pkg: '@expo-google-fonts/noto-sans-khmer@0.4.3',
    file: '400Regular/NotoSansKhmer_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x1780, 0x17ff],
      [0x19e0, 0x19ff],
    ],
  },
  {
    id: 'devanagari',
    name: 'Noto Sans Devanagari',
    pkg: '@expo-google-fonts/noto-sans-devanagari@0.4.1',
    file: '400Regular/NotoSansDevanagari_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x900, 0x97f],
      [0x1cd0, 0x1cff],
      [0x20b9, 0x20b9],
      [0xa830, 0xa839],
      [0xa8e0, 0xa8ff],
    ],
  },
  {
    id: 'bengali',
    name: 'Noto Sans Bengali',
    pkg: '@expo-google-fonts/noto-sans-bengali@0.4.4',
    file: '400Regular/NotoSansBengali_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x964, 0x965],
      [0x980, 0x9ff],
    ],
  },
  {
    id: 'tamil',
    name: 'Noto Sans Tamil',
    pkg: '@expo-google-fonts/noto-sans-tamil@0.4.3',
    file: '400Regular/NotoSansTamil_400Regular.ttf',
    licence: 'LICENSE_FONT',
    ranges: [
      [0x964, 0x965],
      [0xb80, 0xbff],
    ],
  },
  {
    id: 'sc',
    name: 'Noto Sans CJK SC (GB 2312 level 1 hanzi)',
    pkg: '@embedpdf/fonts-sc@1.0.0',
    file: 'fonts/NotoSansHans-Regular.otf',
    licence: 'LICENSE',
    ranges: CJK_COMMON,
    extra: () => charset('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]], 'Han'),
  },
  {
    id: 'tc',
    name: 'Noto Sans CJK TC (Big5 common hanzi)',
    pkg: '@embedpdf/fonts-tc@1.0.0',
    file: 'fonts/NotoSansHant-Regular.otf',
    licence: 'LICENSE',
    ranges: [...CJK_COMMON, [0x3100, 0x312f]],
    extra: () =>
      charset(
        'big5',
        [0xa4, 0xc6],
        [
          [0x40, 0x7e],
          [0xa1, 0xfe],
        ],
        'Han',
      ),
  },
  {
    id: 'jp',
    name: 'Noto Sans CJK JP (JIS X 0208 level 1 kanji)',
    pkg: '@embedpdf/fonts-jp@1.0.0',
    file: 'fonts/NotoSansJP-Regular.otf',
    licence: 'LICENSE',
    ranges: [...CJK_COMMON, [0x3040, 0x30ff], [0x31f0, 0x31ff]],
    extra: () => charset('euc-jp', [0xb0, 0xcf], [[0xa1, 0xfe]], 'Han'),
  },
  {
    id: 'kr',
    name: 'Noto Sans CJK KR (KS X 1001 hangul)',
    pkg: '@embedpdf/fonts-kr@1.0.0',
    file: 'fonts/NotoSansKR-Regular.otf',
    licence: 'LICENSE',
    ranges: [...CJK_COMMON, [0x1100, 0x11ff], [0x3130, 0x318f]],
    extra: () => charset('euc-kr', [0xb0, 0xc8], [[0xa1, 0xfe]], 'Hangul'),
  },
]

/** The unpacked package of a pinned font, fetched once. */
function packageDir(pkg) {
  const dir = `${cache}${pkg.replace(/[@/]/g, '_')}/`
  if (!existsSync(`${dir}package/package.json`)) {
    mkdirSync(dir, { recursive: true })
    const tgz = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
    }).trim()
    execFileSync('tar', ['xzf', `${dir}${tgz.split('\n').at(-1)}`, '-C', dir])
  }
  return `${dir}package/`
}

/** The code points a font maps, read with HarfBuzz. */
function unicodesOf(bytes) {
  const face = new Face(new HbBlob(bytes))
  const set = new Set(face.collectUnicodes())
  return set
}

mkdirSync(`${target}scripts`, { recursive: true })
const covered = new Set()
for (let c = 0; c <= 0xffff; c++) if (baseRanges.some(([a, b]) => a <= c && c <= b)) covered.add(c)
const licences = []
const summary = []
const hanBits = {}
const HAN = [0x4e00, 0x9fff]
for (const font of SCRIPT_FONTS) {
  const dir = packageDir(font.pkg)
  const full = readFileSync(`${dir}${font.file}`)
  const text = textOf([...COMMON, ...font.ranges]) + (font.extra?.() ?? '')
  const subset = await subsetFont(full, text, { targetFormat: 'truetype' })
  const gz = gzipSync(subset, { level: 9 })
  writeFileSync(`${target}scripts/${font.id}.ttf.gz`, gz)
  const unicodes = unicodesOf(subset)
  for (const c of unicodes) if (c <= 0xffff) covered.add(c)
  if (['sc', 'tc', 'jp'].includes(font.id)) {
    const bits = new Uint8Array((HAN[1] - HAN[0] + 1) / 8)
    for (const c of unicodes) {
      if (c >= HAN[0] && c <= HAN[1]) bits[(c - HAN[0]) >> 3] |= 1 << ((c - HAN[0]) & 7)
    }
    hanBits[font.id] = Buffer.from(bits).toString('base64')
  }
  summary.push({ id: font.id, name: font.name, bytes: gz.length, characters: unicodes.size })
  const licence = readFileSync(`${dir}${font.licence}`, 'utf8').trim()
  const head = licence.slice(0, licence.indexOf('This Font Software')).trim()
  licences.push(`${font.name} (${font.pkg}):\n${head}`)
  console.log(`${font.id}: ${full.length} → ${subset.length} bytes, ${gz.length} gzipped`)
}
const ofl = readFileSync(`${packageDir(SCRIPT_FONTS[0].pkg)}LICENSE_FONT`, 'utf8')
writeFileSync(
  `${target}scripts/LICENSE-Noto.txt`,
  `${licences.join('\n\n')}\n\n${ofl.slice(ofl.indexOf('This Font Software')).trim()}\n`,
)

// The text layer's font: one empty glyph (.notdef) and a space, nothing to draw.
const layer = await subsetFont(readFileSync(`${source}ttf/DejaVuSans.ttf`), ' ', {
  targetFormat: 'truetype',
})

// Every BMP code point the PDF can print, one bit each, for the Report step's check.
const bits = new Uint8Array(0x10000 / 8)
for (const c of covered) bits[c >> 3] |= 1 << (c & 7)

const hex = (n) => `0x${n.toString(16)}`
const header = `// Written by \`npm run fonts\` (scripts/subset-fonts.mjs) from the subset fonts; do not edit.\n`
// Four files, each loaded by the chunk that needs it: the base font's ranges by the PDF engine,
// the bitset by the Report step's pre-export check, the fonts' sizes by the About page, the
// text layer's font by the shaped-text engine.
writeFileSync(
  `${target}baseRanges.ts`,
  `${header}/** The code points both cuts of the base font print as text, sorted, inclusive [from, to]. */
export const BASE_RANGES: readonly (readonly [number, number])[] = [
${baseRanges.map(([a, b]) => `  [${hex(a)}, ${hex(b)}],`).join('\n')}
]
`,
)
writeFileSync(
  `${target}coverage.ts`,
  `${header}/**
 * Every code point of the Basic Multilingual Plane the PDF can print, in the base font or in a
 * script font: bit \`c & 7\` of byte \`c >> 3\`, base64.
 */
export const PRINTABLE_BITS =
  '${Buffer.from(bits).toString('base64')}'
`,
)
writeFileSync(
  `${target}scriptFonts.ts`,
  `${header}/** The script fonts, their size as fetched (gzip) and how many characters each maps. */
export const SCRIPT_FONT_FILES: readonly {
  id: import('../shaped/fontChoice').ScriptFontId
  name: string
  bytes: number
  characters: number
}[] = ${JSON.stringify(summary, null, 2)}
`,
)
writeFileSync(
  `${target}textLayerFont.ts`,
  `${header}/** The text layer's font (TrueType, one empty glyph), base64. */
export const TEXT_LAYER_FONT = '${Buffer.from(layer).toString('base64')}'
`,
)
writeFileSync(
  `${target}hanCoverage.ts`,
  `// Written by \`npm run fonts\` (scripts/subset-fonts.mjs) from the subset fonts; do not edit.
/** The first code point of the bits below: CJK Unified Ideographs. */
export const HAN_START = ${hex(HAN[0])}

/** Which ideographs each Chinese or Japanese font has, one bit each from HAN_START, base64. */
export const HAN_BITS = {
${Object.entries(hanBits)
  .map(([id, b]) => `  ${id}: '${b}',`)
  .join('\n')}
} as const
`,
)
console.log(`coverage: ${baseRanges.length} base ranges, ${covered.size} printable code points`)
