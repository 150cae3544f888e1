import type { ChartPart } from '../model/index.js'

export type { ChartDrawing } from '../model/index.js'

export type ChartKind = NonNullable<ChartPart['kind']>

/** One line or one set of bars: a name and a value per category, null where the plan has none. */
export interface ChartSeries {
  name: string
  values: (number | null)[]
}

/**
 * What a chart shows, taken from the plan's own figures (the same the tables print), before any
 * drawing: the renderers' data table, the words for screen readers and the SVG all come from it.
 */
export interface ChartData {
  /** The figure's id on the page, unique in the document. */
  id: string
  /** Its entry in the plan's `document` list. */
  part: number
  kind: ChartKind
  title: string
  caption?: string
  /** Bars by table row run across (long labels read on the left); years run along the x axis. */
  orientation: 'vertical' | 'horizontal'
  /** The header of the category column in the data table: "År", "Nämndens verksamheter". */
  categoryHeader: string
  /** The categories in the plan's order: column headings ("Utfall 2022") or row labels. */
  categories: string[]
  series: ChartSeries[]
  /** What the values are measured in, as the value axis title: "Andel (%)", "tkr". */
  valueTitle: string
  /** The unit a value is read with in words and labels: "%", "tkr"; none for a count. */
  unit?: string
  /** A numeric target, drawn as a reference line. */
  target?: { value: number; text: string }
  /** The plan's judgement in words when its target is not a number: "öka", "bibehålla", "NY". */
  goal?: string
}
