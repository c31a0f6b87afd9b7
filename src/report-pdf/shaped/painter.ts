/**
 * Draws shaped lines into a jsPDF document the way OCR'd PDFs carry their text:
 *
 * - What the reader sees is each glyph's outline, a vector path written once per glyph as a Form
 *   XObject and placed with `Do`. The glyphs of a shaped line (a conjunct, a final form, a mark
 *   moved onto its base) do not stand for single characters, so no font can both draw them and
 *   give their text back.
 * - Over them goes the line's text in logical order (as typed, NFC), invisible (text rendering
 *   mode 3), in a font of its own whose codes are UTF-16 code units and whose ToUnicode map gives
 *   every code back as itself, stretched to the width of the visible line. Selecting, copying,
 *   searching and extracting (pdf.js, poppler) give back what was typed.
 */
import type { jsPDF } from 'jspdf'
import { bytesToBinaryString, type FontWeight } from '../fonts'
import { TEXT_LAYER_FONT } from '../fonts/textLayerFont'
import { useHexCoder } from '../metrics'
import type { PlacedGlyph, Shaper } from './shaper'

/** What jsPDF hands its putFont subscribers. */
interface PutFontArgs {
  font: { id: string; encoding?: string; objectNumber?: number; isAlreadyPutted?: boolean }
  out: (text: string) => void
  newObject: () => number
  putStream: (options: { data: string; objectId: number; addLength1?: boolean }) => void
}

const LAYER_ENCODING = 'IiatTextLayer'
const LAYER_FILE = 'IiatTextLayer.ttf'
/** Outline added around a script font's glyphs for bold, in ems. */
const BOLD_STROKE = 0.035

/** `#rrggbb` → PDF `rg` operands. */
function rgb(colour: string): string {
  const hex = colour.replace('#', '')
  const n = parseInt(hex.length === 3 ? hex.replace(/./g, '$&$&') : hex, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => +(v / 255).toFixed(3)).join(' ')
}

const num = (n: number) => +n.toFixed(2)

/** A glyph's outline as PDF path operators, in font units. */
function glyphPath(glyph: PlacedGlyph): string {
  const ops: string[] = []
  let cx = 0
  let cy = 0
  const draw = glyph.font.font as unknown as {
    drawGlyph(id: number, funcs: unknown, data?: unknown): void
  }
  const funcs = pathFuncs(
    ops,
    (x, y) => ((cx = x), (cy = y)),
    () => [cx, cy],
  )
  draw.drawGlyph(glyph.id, funcs)
  return ops.join('\n')
}

type HarfBuzzDrawFuncs = {
  setMoveToFunc(f: (x: number, y: number) => void): void
  setLineToFunc(f: (x: number, y: number) => void): void
  setQuadraticToFunc(f: (cx: number, cy: number, x: number, y: number) => void): void
  setCubicToFunc(
    f: (c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) => void,
  ): void
  setClosePathFunc(f: () => void): void
}

let DrawFuncsClass: (new () => HarfBuzzDrawFuncs) | null = null

/** Gives the painter HarfBuzz's DrawFuncs class (the shaped module is loaded on demand). */
export function useDrawFuncs(drawFuncs: new () => HarfBuzzDrawFuncs): void {
  DrawFuncsClass = drawFuncs
}

function pathFuncs(
  ops: string[],
  moveTo: (x: number, y: number) => void,
  current: () => [number, number],
): HarfBuzzDrawFuncs {
  if (!DrawFuncsClass) throw new Error('HarfBuzz is not loaded.')
  const funcs = new DrawFuncsClass()
  funcs.setMoveToFunc((x, y) => {
    ops.push(`${num(x)} ${num(y)} m`)
    moveTo(x, y)
  })
  funcs.setLineToFunc((x, y) => {
    ops.push(`${num(x)} ${num(y)} l`)
    moveTo(x, y)
  })
  funcs.setQuadraticToFunc((qx, qy, x, y) => {
    const [x0, y0] = current()
    // A quadratic Bézier as the cubic PDF draws: control points two thirds of the way.
    const c1x = x0 + ((qx - x0) * 2) / 3
    const c1y = y0 + ((qy - y0) * 2) / 3
    const c2x = x + ((qx - x) * 2) / 3
    const c2y = y + ((qy - y) * 2) / 3
    ops.push(`${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(x)} ${num(y)} c`)
    moveTo(x, y)
  })
  funcs.setCubicToFunc((c1x, c1y, c2x, c2y, x, y) => {
    ops.push(`${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(x)} ${num(y)} c`)
    moveTo(x, y)
  })
  funcs.setClosePathFunc(() => ops.push('h'))
  return funcs
}

interface GlyphObject {
  name: string
  font: PlacedGlyph['font']
  id: number
  /** `f` fills; `B` fills and outlines (synthetic bold). */
  paint: 'f' | 'B'
  objectNumber?: number
}

export interface ShapedStyle {
  size: number
  weight: FontWeight
  colour: string
}

/** The shaped text of one document. */
export class ShapedPainter {
  private readonly glyphs = new Map<string, GlyphObject>()
  private readonly usedCodes = new Set<number>()

  private readonly write: (text: string) => void

  constructor(
    private readonly doc: jsPDF,
    readonly shaper: Shaper,
  ) {
    const internal = doc.internal as unknown as { write(text: string): void }
    this.write = (text) => internal.write(text)
    const events = doc.internal.events
    doc.addFileToVFS(LAYER_FILE, atob(TEXT_LAYER_FONT))
    const previous = doc.getFont()
    const previousSize = doc.getFontSize()
    ;(doc.addFont as unknown as (...args: string[]) => string).call(
      doc,
      LAYER_FILE,
      LAYER_ENCODING,
      'normal',
      'normal',
      LAYER_ENCODING,
    )
    doc.setFont(LAYER_ENCODING, 'normal')
    useHexCoder(doc, LAYER_ENCODING, (text) => this.layerCodes(text))
    doc.setFont(previous.fontName, previous.fontStyle)
    doc.setFontSize(previousSize)
    events.subscribe('putFont', (args: PutFontArgs) => this.putLayerFont(args))
    events.subscribe('putResources', () => this.putGlyphs())
    events.subscribe('putXobjectDict', () => {
      for (const g of this.glyphs.values()) {
        if (g.objectNumber) this.write(`/${g.name} ${g.objectNumber} 0 R`)
      }
    })
  }

  /** Width of a line in millimetres. */
  width(text: string, style: ShapedStyle): number {
    return (this.shaper.measure(text, style.weight) * style.size) / this.doc.internal.scaleFactor
  }

  /** Draws one line with its left end (or right end, for `align: 'right'`) at `x`. */
  draw(
    text: string,
    x: number,
    baseline: number,
    style: ShapedStyle,
    direction: 'ltr' | 'rtl',
    align: 'left' | 'right' = 'left',
  ): void {
    if (text === '') return
    const doc = this.doc
    const k = doc.internal.scaleFactor
    const line = this.shaper.layout(text, style.weight, direction)
    const widthPt = line.width * style.size
    const leftPt = align === 'right' ? x * k - widthPt : x * k
    const basePt = (doc.internal.pageSize.getHeight() - baseline) * k
    const colour = rgb(style.colour)
    const ops: string[] = ['q', `${colour} rg`, `${colour} RG`]
    for (const glyph of line.glyphs) {
      const bold = style.weight === 'bold' && glyph.font.syntheticBold
      const object = this.glyphObject(glyph, bold)
      const scale = style.size / glyph.font.upem
      const gx = leftPt + glyph.x * style.size
      const gy = basePt + glyph.y * style.size
      const stroke = bold ? ` ${num(BOLD_STROKE * glyph.font.upem)} w` : ''
      ops.push(
        `q ${+scale.toFixed(6)} 0 0 ${+scale.toFixed(6)} ${num(gx)} ${num(gy)} cm${stroke} /${object.name} Do Q`,
      )
    }
    ops.push('Q')
    this.write(ops.join('\n'))
    // Extractors read right-to-left text from a PDF in the order it is seen, as every other
    // PDF writer stores it, and turn it back into the order it was typed (pdf.js exactly).
    const visual = this.shaper.visualText(text.normalize('NFC'), direction)
    this.writeTextLayer(visual, leftPt, basePt, widthPt, style.size)
  }

  private glyphObject(glyph: PlacedGlyph, bold: boolean): GlyphObject {
    const key = `${glyph.font.key}:${glyph.id}:${bold ? 'B' : 'f'}`
    let object = this.glyphs.get(key)
    if (!object) {
      object = {
        name: `IiatG${this.glyphs.size}`,
        font: glyph.font,
        id: glyph.id,
        paint: bold ? 'B' : 'f',
      }
      this.glyphs.set(key, object)
    }
    return object
  }

  /** The text layer's codes: one per UTF-16 unit, each the unit itself (hex). */
  private layerCodes(text: string): string {
    let hex = ''
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      this.usedCodes.add(code)
      hex += code.toString(16).padStart(4, '0')
    }
    return hex
  }

  /**
   * The logical text, invisible, over the glyphs, each code 1 em wide and the whole scaled to
   * the line. Written through jsPDF (which then lists the font in the page's resources), inside
   * q/Q so that the horizontal scaling ends with it.
   */
  private writeTextLayer(
    text: string,
    leftPt: number,
    basePt: number,
    widthPt: number,
    size: number,
  ): void {
    const layer = text.normalize('NFC').replace(/[\ud800-\udfff]/g, '\ufffd')
    const doc = this.doc
    const k = doc.internal.scaleFactor
    this.write('q')
    doc.setFont(LAYER_ENCODING, 'normal')
    doc.setFontSize(size)
    doc.text(layer, leftPt / k, doc.internal.pageSize.getHeight() - basePt / k, {
      renderingMode: 'invisible',
      horizontalScale: widthPt / (layer.length * size),
    })
    this.write('Q')
  }

  private putGlyphs(): void {
    const internal = this.doc.internal as unknown as {
      newObject(): number
      putStream(options: {
        data: string
        objectId: number
        additionalKeyValues: { key: string; value: string }[]
      }): void
      write(text: string): void
    }
    for (const object of this.glyphs.values()) {
      const upem = object.font.upem
      const path = glyphPath({ font: object.font, id: object.id, x: 0, y: 0 })
      object.objectNumber = internal.newObject()
      internal.putStream({
        data: path === '' ? '' : `${path}\n${object.paint}`,
        objectId: object.objectNumber,
        additionalKeyValues: [
          { key: 'Type', value: '/XObject' },
          { key: 'Subtype', value: '/Form' },
          { key: 'BBox', value: `[${-upem} ${-upem} ${3 * upem} ${2 * upem}]` },
          { key: 'Resources', value: '<<>>' },
        ],
      })
      internal.write('endobj')
    }
  }

  private putLayerFont({ font, out, newObject, putStream }: PutFontArgs): void {
    if (font.encoding !== LAYER_ENCODING) return
    const file = newObject()
    const bytes = Uint8Array.from(atob(TEXT_LAYER_FONT), (c) => c.charCodeAt(0))
    putStream({ data: bytesToBinaryString(bytes), objectId: file, addLength1: true })
    out('endobj')
    // Every code draws glyph 1 (an empty space): nothing shows, whatever the code.
    const map = newObject()
    putStream({ data: '\u0000\u0001'.repeat(0x10000), objectId: map })
    out('endobj')
    const cmap = newObject()
    putStream({ data: toUnicodeCMap(this.usedCodes), objectId: cmap })
    out('endobj')
    const descriptor = newObject()
    out(
      `<< /Type /FontDescriptor /FontName /${LAYER_ENCODING} /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 ${file} 0 R >>`,
    )
    out('endobj')
    const descendant = newObject()
    out(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${LAYER_ENCODING} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap ${map} 0 R >>`,
    )
    out('endobj')
    font.objectNumber = newObject()
    out(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${LAYER_ENCODING} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`,
    )
    out('endobj')
    font.isAlreadyPutted = true
  }
}

/** A ToUnicode map giving every code used back as the same UTF-16 unit. */
function toUnicodeCMap(codes: Set<number>): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0')
  const sorted = [...codes].sort((a, b) => a - b)
  const blocks: string[] = []
  for (let i = 0; i < sorted.length; i += 100) {
    const chunk = sorted.slice(i, i + 100)
    blocks.push(
      `${chunk.length} beginbfchar\n${chunk.map((c) => `<${hex(c)}> <${hex(c)}>`).join('\n')}\nendbfchar`,
    )
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n')
}
