import type { Diagnostic } from '../../diagnostics/index.js'
import type { PlanDocument } from '../../document/index.js'
import { documentDefinition } from './document-definition.js'
import { loadFonts } from './fonts.js'
import { printPdf } from './print-pdf.js'
import { mergeStyle } from './style/merge-style.js'
import type { PdfStyleSheet } from './style/types.js'

export type { PdfStyle, PdfStyleSheet } from './style/types.js'
export { DEFAULT_PDF_STYLE } from './style/defaults.js'

export interface PdfOptions {
  /** The template's `pdf-style.json`, merged over `DEFAULT_PDF_STYLE`. */
  style?: PdfStyleSheet | undefined
}

/**
 * PlanDocument → PDF bytes (A4; cover, table of contents, body; running header and footer;
 * bookmarks; metadata), identical on every call for the same input. Problems in the content
 * (unsupported nodes, raw HTML, images, characters the font lacks, a bad style sheet) come back as
 * warnings; the PDF is still made.
 */
export async function renderPdf(doc: PlanDocument, options: PdfOptions = {}): Promise<{ bytes: Uint8Array; diagnostics: Diagnostic[] }> {
  const { style, diagnostics: styleDiagnostics } = mergeStyle(options.style)
  const { diagnostics, ...job } = documentDefinition(doc, style, loadFonts())
  const bytes = await printPdf(job)
  return { bytes, diagnostics: [...styleDiagnostics, ...diagnostics] }
}
