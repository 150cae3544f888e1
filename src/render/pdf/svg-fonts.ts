import { loadFonts } from './fonts.js'

interface FontRegistry {
  _registeredFonts?: Record<string, unknown>
  _fontFamilies?: Record<string, unknown>
  _font?: unknown
  registerFont(name: string, src: Buffer): unknown
  font(src: unknown, family?: unknown, size?: unknown): unknown
}

const REMEMBERS = Symbol.for('vplan.render.pdf.svg-fonts.remembers')

/**
 * Text in an SVG is drawn by svg-to-pdfkit, which asks pdfmake for the font and gets the font's
 * virtual file name ("Roboto-Regular.ttf"); pdfkit would then open that name on disk and fail.
 * Registering each face under that very name lets pdfkit find it by name instead, with no I/O;
 * pdfkit shares one embedded font per PostScript name, so the body text's fonts are reused.
 *
 * pdfkit does not remember the registered name when the font it opens turns out to be one it
 * already has (`font()` returns early before caching it), so every text element of a chart
 * would open, and hash, the font file again: a third of the time a chart took. The document
 * remembers the name once it is resolved.
 */
export function registerSvgFonts(kit: FontRegistry): void {
  for (const [name, bytes] of loadFonts().files) {
    if (!kit._registeredFonts?.[name]) kit.registerFont(name, bytes)
  }
  rememberRegisteredFonts(kit)
}

function rememberRegisteredFonts(kit: FontRegistry & { [REMEMBERS]?: true }): void {
  if (kit[REMEMBERS]) return
  kit[REMEMBERS] = true
  const font = kit.font
  kit.font = function (this: FontRegistry, src, family, size) {
    const result = font.call(this, src, family, size)
    if (typeof src === 'string' && this._registeredFonts?.[src] && this._fontFamilies && !this._fontFamilies[src]) this._fontFamilies[src] = this._font
    return result
  }
}
