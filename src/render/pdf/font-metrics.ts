import { findTable, fontView, readCmap } from './read-cmap.js'

/** Advance widths of one font face, enough to measure a string without laying it out. */
export interface FaceMetrics {
  /**
   * Width of `text` at `fontSize` in points (no kerning: Roboto's kerning only ever narrows text
   * slightly). A soft hyphen (U+00AD) is as wide as the layout makes it where no line breaks:
   * nothing (soft-hyphens.ts).
   */
  width(text: string, fontSize: number): number
  /** Whether the face has a glyph for the code point. */
  has(codePoint: number): boolean
}

const SOFT_HYPHEN = '\u00ad'

/** Reads `head` (units per em), `hhea` (number of long metrics) and `hmtx` (advances). */
export function readFaceMetrics(font: Uint8Array): FaceMetrics {
  const view = fontView(font)
  const glyphs = readCmap(font)
  const head = table(view, 'head')
  const hhea = table(view, 'hhea')
  const hmtx = table(view, 'hmtx')
  const unitsPerEm = view.getUint16(head + 18)
  const longMetrics = view.getUint16(hhea + 34)
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1))
  const missing = advance(0)
  return {
    width(text, fontSize) {
      let units = 0
      for (const char of text) {
        if (char === SOFT_HYPHEN) continue
        const glyph = glyphs.get(char.codePointAt(0) ?? 0)
        units += glyph === undefined ? missing : advance(glyph)
      }
      return (units / unitsPerEm) * fontSize
    },
    has: (codePoint) => glyphs.has(codePoint),
  }
}

function table(view: DataView, tag: string): number {
  const offset = findTable(view, tag)
  if (offset === undefined) throw new Error(`font has no ${tag} table`)
  return offset
}
