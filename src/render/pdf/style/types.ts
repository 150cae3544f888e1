/** A colour as `#rrggbb`. */
export type Colour = string

/**
 * The complete look of a PDF: every value the renderer uses. `DEFAULT_PDF_STYLE` gives all of it;
 * a template's `pdf-style.json` (a `PdfStyleSheet`) overrides any part.
 * Lengths are PostScript points (1 pt = 1/72 inch ≈ 0.353 mm).
 */
export interface PdfStyle {
  page: {
    /** Left, top, right, bottom. The running header sits inside the top margin, the footer inside the bottom one. */
    margins: [number, number, number, number]
    /** Every chapter (`#` heading) starts a new page; off, chapters run on and only `::pagebreak` breaks. */
    chapterOnNewPage: boolean
  }
  colours: {
    /** The municipal tone: cover band, chapter headings, table header rows, rules. */
    accent: Colour
    /** Text drawn on the accent colour (cover band, table header rows). */
    onAccent: Colour
    text: Colour
    /** Section headings below the chapter level. */
    heading: Colour
    /** Running header and footer, notes, captions' secondary text. */
    muted: Colour
    /** Hairlines between table rows and under the running header. */
    rule: Colour
    /** Background of group rows in money tables. */
    groupFill: Colour
    /** Background of every other body row when `table.zebra` is on. */
    zebraFill: Colour
    link: Colour
    /** Background of inline code. */
    codeFill: Colour
  }
  fontSizes: {
    body: number
    table: number
    caption: number
    small: number
    h1: number
    h2: number
    h3: number
    h4: number
    h5: number
    coverTitle: number
    coverSubtitle: number
  }
  /** Line height as a multiple of the font's natural line height. */
  lineHeight: number
  table: {
    /** Shade every other body row; otherwise body rows are separated by hairlines. */
    zebra: boolean
    /** Fill the header row with the accent colour (white text); otherwise a bold header over an accent rule. */
    filledHeader: boolean
    /**
     * How far tables (with their caption and note) reach into each side margin, in points: text
     * keeps a measure the eye can follow, while tables get the width their columns need.
     */
    bleed: number
  }
  cover: {
    /** Height of the accent band across the top of the cover, 0 for none. */
    bandHeight: number
  }
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] }

/**
 * What `templates/<name>/pdf-style.json` holds: any subset of `PdfStyle`, merged over
 * `DEFAULT_PDF_STYLE` key by key. Unknown keys and values of the wrong type are reported as
 * warnings (rule `pdf-style`) and ignored.
 *
 * ```json
 * { "colours": { "accent": "#00665e" }, "table": { "zebra": true } }
 * ```
 */
export type PdfStyleSheet = DeepPartial<PdfStyle>
