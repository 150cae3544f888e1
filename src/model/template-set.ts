import type { Diagnostic } from '../diagnostics/index.js'
import type { ImageAsset } from './image.js'

/** How a template wants the document laid out (templates/<name>/template.json). */
export interface Layout {
  /** Number headings of depth 1..numberDepth ("4.1.1"); 0 = no numbering. */
  numberDepth: number
  /** Headings of depth 1..tocDepth go into the table of contents. */
  tocDepth: number
  /** Title of the table of contents. */
  tocTitle: string
  /** Number captioned figures "Figur 1", "Figur 2" … in both outputs (default: no). */
  figureNumbers?: boolean
  /** The template's logo, a file in the template's folder (read into TemplateSet.logo). */
  logo?: string
}

/** A template's files as text, read by the loader (templates/<name>/ over templates/default/). */
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
  /** Styles for images and figures (figures.css), added only to pages that have an image. */
  figureCss?: string | undefined
  page: string
  pdfStyle: Record<string, unknown>
  /** The logo template.json names, read and checked; a plan's own `meta.logo` wins over it. */
  logo?: ImageAsset | undefined
  /** What sanitising the template's SVG logo removed, positioned in the SVG: shown with every build. */
  logoWarnings?: Diagnostic[] | undefined
}
