/**
 * Code point → glyph id, read from a TrueType font's `cmap` table. Small on purpose: vplan needs
 * only "does the font draw this character?" (to keep characters the embedded font lacks, a
 * .notdef box in print, out of the PDF) and "how wide is it?" (font-metrics.ts). Reads the Windows
 * Unicode subtables: format 12 (full range) when present, else format 4 (BMP).
 */
export function readCmap(font: Uint8Array): Map<number, number> {
  const view = fontView(font)
  const cmap = findTable(view, 'cmap')
  if (cmap === undefined) throw new Error('font has no cmap table')
  const subtables = new Map<string, number>()
  const count = view.getUint16(cmap + 2)
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8
    const key = `${view.getUint16(record)}.${view.getUint16(record + 2)}`
    subtables.set(key, cmap + view.getUint32(record + 4))
  }
  const full = subtables.get('3.10') ?? subtables.get('0.4')
  if (full !== undefined && view.getUint16(full) === 12) return readFormat12(view, full)
  const bmp = subtables.get('3.1') ?? subtables.get('0.3')
  if (bmp !== undefined && view.getUint16(bmp) === 4) return readFormat4(view, bmp)
  throw new Error('font has no Unicode cmap of format 4 or 12')
}

export function fontView(font: Uint8Array): DataView {
  return new DataView(font.buffer, font.byteOffset, font.byteLength)
}

/** Offset of a table in the font file, from the table directory. */
export function findTable(view: DataView, tag: string): number | undefined {
  const numTables = view.getUint16(4)
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)))
    if (name === tag) return view.getUint32(record + 8)
  }
  return undefined
}

function readFormat12(view: DataView, at: number): Map<number, number> {
  const covered = new Map<number, number>()
  const groups = view.getUint32(at + 12)
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12
    const start = view.getUint32(group)
    const end = view.getUint32(group + 4)
    const firstGlyph = view.getUint32(group + 8)
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) covered.set(c, firstGlyph + (c - start))
  }
  return covered
}

function readFormat4(view: DataView, at: number): Map<number, number> {
  const covered = new Map<number, number>()
  const segments = view.getUint16(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2)
    const end = view.getUint16(ends + s * 2)
    const delta = view.getUint16(deltas + s * 2)
    const rangeOffsetAt = rangeOffsets + s * 2
    const rangeOffset = view.getUint16(rangeOffsetAt)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) covered.set(c, glyph)
    }
  }
  return covered
}
