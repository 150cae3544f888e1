import type { Node } from 'mdast'
import type { RenderContext } from './context.js'

/**
 * Characters the font lacks but for which a drawn equivalent exists. U+202F (narrow no-break
 * space) is what `Intl.NumberFormat('sv-SE')` puts between thousands; Roboto has no glyph for it,
 * and U+00A0 keeps the same "never break here" meaning. Tabs would otherwise print as a box.
 */
const SUBSTITUTES = new Map<number, string>([
  [0x202f, '\u00a0'],
  [0x2007, '\u00a0'],
  [0x0009, ' '],
])

/**
 * Makes a text safe to lay out with the embedded font: known substitutes are applied, and any
 * other character the font cannot draw becomes "?" with one warning per character, so a PDF never
 * shows an empty box where the plan had text.
 */
export function cleanText(value: string, node: Node | undefined, ctx: RenderContext): string {
  let out = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    const substitute = SUBSTITUTES.get(code)
    if (substitute !== undefined) out += substitute
    else if (code === 0x0a || ctx.coverage.has(code)) out += char
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue
    else {
      out += '?'
      if (!ctx.reportedGlyphs.has(code)) {
        ctx.reportedGlyphs.add(code)
        const hex = code.toString(16).toUpperCase().padStart(4, '0')
        ctx.report(node, 'pdf-missing-glyph', `the PDF font has no glyph for "${char}" (U+${hex}); it is printed as "?"`)
      }
    }
  }
  return out
}
