import type { BufferOptions, TCreatedPdf, TDocumentDefinitions } from 'pdfmake/interfaces.js'
import { installContentChunks } from './content-chunks.js'
import { installFontCache } from './font-cache.js'
import { FONT_FAMILY, loadFonts } from './fonts.js'
import { installSoftHyphens } from './soft-hyphens.js'
import { installTaggedRenderer } from './tagging/tagged-renderer.js'
import { installWidowsAndOrphans } from './widows-and-orphans.js'

interface PdfMake {
  createPdf(definition: TDocumentDefinitions, options?: BufferOptions): TCreatedPdf
  setFonts(fonts: Record<string, Record<string, string>>): void
  setUrlAccessPolicy(policy: (url: string) => boolean): void
  setLocalAccessPolicy(policy: (path: string) => boolean): void
  /** pdfmake's process-wide virtual file system (untyped in @types/pdfmake on the server side). */
  virtualfs: { writeFileSync(name: string, content: Buffer): void }
}

let instance: Promise<PdfMake> | undefined

/**
 * pdfmake is a process-wide singleton; it is configured exactly once, on first use (it is a heavy
 * import, so the CLI's `check` and `diff` never load it):
 * - the font cache (font-cache.ts) goes in first, while it still can: it must be in place before
 *   pdfkit loads. Fonts are then decoded and words shaped once per process rather than once per PDF;
 * - the tagging renderer (tagging/tagged-renderer.ts) wraps pdfmake's drawing, for tagged PDFs;
 * - soft hyphens (soft-hyphens.ts) become line breaks with a visible hyphen;
 * - a page break never leaves a paragraph's first or last line alone on a page (widows-and-orphans.ts);
 * - a page's content stream is kept in a few buffers (content-chunks.ts), not one per operator;
 * - fonts come from its virtual file system, filled from the bytes loadFonts() read once, so no
 *   render reads a file;
 * - every URL and every local path is refused. vplan never puts an image, attachment or remote
 *   font in a document definition, so no legitimate render needs either; the policies make sure
 *   that stays true whatever a plan's Markdown contains.
 */
export function getPdfMake(): Promise<PdfMake> {
  instance ??= loadPdfMake()
  return instance
}

async function loadPdfMake(): Promise<PdfMake> {
  installFontCache()
  installTaggedRenderer()
  installSoftHyphens()
  installWidowsAndOrphans()
  installContentChunks()
  const pdfmake = (await import('pdfmake')).default as unknown as PdfMake
  const fonts = loadFonts()
  for (const [name, bytes] of fonts.files) pdfmake.virtualfs.writeFileSync(name, bytes)
  pdfmake.setFonts({ [FONT_FAMILY]: { ...fonts.faces } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  return pdfmake
}
