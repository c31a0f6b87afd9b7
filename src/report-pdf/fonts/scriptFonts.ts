// Written by `npm run fonts` (scripts/subset-fonts.mjs) from the subset fonts; do not edit.
/** The script fonts, their size as fetched (gzip) and how many characters each maps. */
export const SCRIPT_FONT_FILES: readonly {
  id: import('../shaped/fontChoice').ScriptFontId
  name: string
  bytes: number
  characters: number
}[] = [
  {
    id: 'arabic',
    name: 'Noto Sans Arabic',
    bytes: 66131,
    characters: 1332,
  },
  {
    id: 'hebrew',
    name: 'Noto Sans Hebrew',
    bytes: 17016,
    characters: 248,
  },
  {
    id: 'thai',
    name: 'Noto Sans Thai',
    bytes: 18337,
    characters: 200,
  },
  {
    id: 'khmer',
    name: 'Noto Sans Khmer',
    bytes: 30594,
    characters: 259,
  },
  {
    id: 'devanagari',
    name: 'Noto Sans Devanagari',
    bytes: 73329,
    characters: 325,
  },
  {
    id: 'bengali',
    name: 'Noto Sans Bengali',
    bytes: 56582,
    characters: 211,
  },
  {
    id: 'tamil',
    name: 'Noto Sans Tamil',
    bytes: 24913,
    characters: 187,
  },
  {
    id: 'sc',
    name: 'Noto Sans CJK SC (GB 2312 level 1 hanzi)',
    bytes: 995404,
    characters: 5013,
  },
  {
    id: 'tc',
    name: 'Noto Sans CJK TC (Big5 common hanzi)',
    bytes: 1551258,
    characters: 6700,
  },
  {
    id: 'jp',
    name: 'Noto Sans CJK JP (JIS X 0208 level 1 kanji)',
    bytes: 1001815,
    characters: 4428,
  },
  {
    id: 'kr',
    name: 'Noto Sans CJK KR (KS X 1001 hangul)',
    bytes: 615043,
    characters: 3958,
  },
]
