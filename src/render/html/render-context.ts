import type { ChartDrawing, ImageAsset } from '../../model/index.js'
import type { IdRegistry } from './unique-ids.js'
import type { Report } from './report.js'

/** What the handlers of one render share. Handlers run in document order, so "so far" is meaningful. */
export interface RenderContext {
  ids: IdRegistry
  report: Report
  /** Counts tables, to name uncaptioned ones ("Tabell 3"). */
  count: { tables: number }
  /** How often each table region name has been given, to tell equal names apart. */
  regionNames: Map<string, number>
  /** The heading the content so far stands under (set by the heading handler). */
  heading?: { id: string | undefined; text: string } | undefined
  /** The plan's images by their address in the tree (PlanDocument.images). */
  images: ReadonlyMap<string, ImageAsset>
  /** The charts drawn for the document (PDF and page alike), by id. */
  charts: ReadonlyMap<string, ChartDrawing>
  /** The charts shown, by the figure's id on the page; once one is, the page gets the figure styles. */
  chartsOnPage: Map<string, ChartDrawing>
  /** Set once an image is embedded: the page then allows `img-src data:` and gets the figure styles. */
  hasImages: boolean
}
