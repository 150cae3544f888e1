import type { PdfStyle } from './types.js'

/**
 * The one documented defaults object. Chosen to look like a Swedish municipal report set by a
 * typographer rather than a word processor: A4, 10.5 pt body text on a measure of about 75
 * characters (3.4 cm side margins; Word's 2.5 cm at 10 pt gave 95, which tires the eye), headings
 * on a ratio of about 1.13 (major second) with the two lowest levels set apart by weight and colour
 * rather than size, a single restrained accent colour (the same palette as
 * templates/default/style.css, so PDF and HTML agree), and tables two steps smaller than the body
 * so that five-column budget tables fit the measure.
 */
export const DEFAULT_PDF_STYLE: PdfStyle = {
  page: { margins: [96, 78, 96, 64], chapterOnNewPage: true },
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
    body: 10.5,
    table: 8.5,
    caption: 9.5,
    small: 8,
    h1: 19,
    h2: 15,
    h3: 13,
    h4: 11.5,
    h5: 10.5,
    coverTitle: 28,
    coverSubtitle: 14,
  },
  lineHeight: 1.2,
  table: { zebra: false, filledHeader: true, bleed: 24 },
  cover: { bandHeight: 118 },
}
