import { loadFonts } from './fonts.js'

interface FontRegistry {
  _registeredFonts?: Record<string, unknown>
  registerFont(name: string, src: Buffer): unknown
}

/**
 * Text in an SVG is drawn by svg-to-pdfkit, which asks pdfmake for the font and gets the font's
 * virtual file name ("Roboto-Regular.ttf"); pdfkit would then open that name on disk and fail.
 * Registering each face under that very name lets pdfkit find it by name instead, with no I/O;
 * pdfkit shares one embedded font per PostScript name, so the body text's fonts are reused.
 */
export function registerSvgFonts(kit: FontRegistry): void {
  for (const [name, bytes] of loadFonts().files) {
    if (!kit._registeredFonts?.[name]) kit.registerFont(name, bytes)
  }
}
