import type { Layout } from '../document/index.js'

/** A template's files as text, read by the CLI (templates/<name>/ over templates/default/). */
export interface TemplateSource {
  /** Display path, for diagnostics. */
  file: string
  text: string
}

export interface TemplateSet {
  name: string
  layout: Layout
  /** The document template (document.hbs). */
  document: TemplateSource
  /** Partials by name (file name without .hbs); a municipality's own replace the default's. */
  partials: Record<string, TemplateSource>
  /** Stylesheet and page layout for the HTML renderer, PDF style for the PDF renderer. */
  css: string
  page: string
  pdfStyle: Record<string, unknown>
}
