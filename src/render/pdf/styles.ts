import type { Style, StyleDictionary } from 'pdfmake/interfaces.js'
import { FONT_FAMILY } from './fonts.js'
import { HEADING_MARGINS } from './heading.js'
import type { PdfStyle } from './style/types.js'

/** The document's default text style: everything not styled otherwise is body text. */
export function defaultStyle(style: PdfStyle): Style {
  return { font: FONT_FAMILY, fontSize: style.fontSizes.body, lineHeight: style.lineHeight, color: style.colours.text }
}

/** Named pdfmake styles, derived from the style sheet. */
export function styleDictionary(style: PdfStyle): StyleDictionary {
  const { colours, fontSizes } = style
  const heading = (depth: 1 | 2 | 3 | 4 | 5, extra: Style = {}): Style => ({
    fontSize: fontSizes[`h${depth}`],
    bold: true,
    lineHeight: 1.15,
    color: colours.heading,
    margin: HEADING_MARGINS[depth - 1],
    ...extra,
  })
  return {
    h1: heading(1, { color: colours.accent }),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    // Body size, so set apart by the medium weight, the heading colour and space above.
    h5: heading(5),
    caption: { fontSize: fontSizes.caption, bold: true, color: colours.heading, lineHeight: 1.15, margin: [0, 8, 0, 3] },
    table: { fontSize: fontSizes.table, lineHeight: 1.15 },
    note: { fontSize: fontSizes.small, italics: true, color: colours.muted, margin: [0, 0, 0, 4] },
    label: { fontSize: fontSizes.small, bold: true, color: colours.accent, characterSpacing: 0.4, margin: [0, 4, 0, 0] },
    tocTitle: { fontSize: fontSizes.h1, bold: true, color: colours.accent, margin: [0, 0, 0, 14] },
    tocChapter: { fontSize: fontSizes.body, bold: true, color: colours.heading },
    tocSection: { fontSize: fontSizes.body, color: colours.text },
    furniture: { fontSize: fontSizes.small, color: colours.muted },
  }
}
