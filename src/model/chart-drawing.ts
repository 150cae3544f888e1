/**
 * A chart drawn at build time (src/chart/), ready for the renderers like an ImageAsset: the SVG
 * both embed, its size in CSS pixels, and its words.
 */
export interface ChartDrawing {
  svg: string
  width: number
  height: number
  /** The accessible name: the title. */
  label: string
  /** The figures in words, for the HTML's description and the PDF's /Alt. */
  description: string
}
