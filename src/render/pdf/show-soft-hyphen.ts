/**
 * Drawing the hyphen of a line that breaks inside a word (soft-hyphens.ts): pdfkit lays U+00AD
 * out as fontkit does, as nothing, so a text that ends in one is drawn with the font's own
 * soft-hyphen glyph there instead. Its ToUnicode entry is U+00AD, which is how PDF marks an
 * incidental hyphen (ISO 32000-1, 14.8.2.2.3): text extraction and assistive technology may join
 * the word again, while a hard hyphen ("LSS-verksamhet") stays U+002D.
 */

const SHY = '\u00ad'

interface Glyph {
  id: number
  advanceWidth: number
}

interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

/** pdfkit's EmbeddedFont: the fontkit font, its subset and the tables encode() fills. */
interface EmbeddedFont {
  font: { glyphForCodePoint(codePoint: number): Glyph }
  scale: number
  subset: { includeGlyph(glyph: number): number }
  widths: number[]
  unicode: (number[] | undefined)[]
  encode(text: string, features?: unknown): [string[], Position[]]
}

/**
 * The width in points of the hyphen `font` (a pdfkit font, as pdfmake hands it over with each
 * measured run) draws at a line's end, and makes sure it draws one; 0 for a font that cannot.
 */
export function softHyphenWidth(font: unknown, fontSize: number): number {
  if (!isEmbeddedFont(font)) return 0
  showSoftHyphens(font)
  return (softHyphenGlyph(font).advanceWidth * font.scale * fontSize) / 1000
}

const SHOWN = new WeakSet<object>()

/** Makes one pdfkit font draw a trailing U+00AD as a visible soft hyphen. */
function showSoftHyphens(font: EmbeddedFont): void {
  if (SHOWN.has(font)) return
  SHOWN.add(font)
  const encode = font.encode
  font.encode = function (this: EmbeddedFont, text, features) {
    if (!text.endsWith(SHY)) return encode.call(this, text, features)
    const [encoded, positions] = encode.call(this, text.slice(0, -1), features)
    const glyph = softHyphenGlyph(this)
    const id = this.subset.includeGlyph(glyph.id)
    const advance = glyph.advanceWidth * this.scale
    this.widths[id] ??= advance
    this.unicode[id] ??= [SHY.codePointAt(0)!]
    return [
      [...encoded, id.toString(16).padStart(4, '0')],
      [...positions, { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }],
    ]
  }
}

/** The font's own U+00AD glyph (Roboto has one, drawn as its hyphen), else its hyphen-minus. */
function softHyphenGlyph(font: EmbeddedFont): Glyph {
  const glyph = font.font.glyphForCodePoint(0xad)
  return glyph.id !== 0 ? glyph : font.font.glyphForCodePoint(0x2d)
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  const font = value as EmbeddedFont | undefined
  if (typeof font?.font?.glyphForCodePoint !== 'function') return false
  if (typeof font.subset?.includeGlyph !== 'function' || !Array.isArray(font.widths) || !Array.isArray(font.unicode) || typeof font.encode !== 'function') {
    throw new Error("soft hyphens: pdfkit's EmbeddedFont no longer has subset, widths, unicode and encode(); see show-soft-hyphen.ts")
  }
  return true
}
