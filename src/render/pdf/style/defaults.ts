import type { PdfStyle } from './types.js'

/**
 * The one documented defaults object. Chosen to look like a Swedish municipal report: A4 with
 * 2.5 cm side margins (what Word templates in the sector use), 10 pt body text, a single
 * restrained accent colour (the same palette as templates/default/style.css, so PDF and HTML
 * agree), and tables one step smaller than the body so that five-column budget
 * tables fit the text width.
 */
export const DEFAULT_PDF_STYLE: PdfStyle = {
  page: { margins: [71, 78, 71, 64] },
  colours: {
    accent: '#1f4e79',
    onAccent: '#ffffff',
    text: '#1b1f24',
    heading: '#163a5a',
    muted: '#4a5561',
    rule: '#c8d0d9',
    groupFill: '#e9f0f7',
    zebraFill: '#f4f6f8',
    link: '#163a5a',
    codeFill: '#eef0f2',
  },
  fontSizes: {
    body: 10,
    table: 8.5,
    caption: 9,
    small: 8,
    h1: 18,
    h2: 14,
    h3: 12,
    h4: 10.5,
    h5: 10,
    coverTitle: 28,
    coverSubtitle: 14,
  },
  lineHeight: 1.25,
  table: { zebra: false, filledHeader: true },
  cover: { bandHeight: 118 },
}
