import type { Definition, Node, Table } from 'mdast'
import type { Diagnostic } from '../../diagnostics/index.js'
import type { PlanDocument } from '../../document/index.js'
import type { ChartDrawing, ImageAsset } from '../../model/index.js'
import type { Measure } from './fonts.js'
import type { PdfStyle } from './style/types.js'

/** What every node converter needs: the style, where to report problems, and the page geometry. */
export interface RenderContext {
  style: PdfStyle
  /** Code points the embedded font can draw. */
  coverage: ReadonlySet<number>
  /** Text widths in the embedded font, for column widths and height estimates. */
  measure: Measure
  /** Link reference definitions by normalised identifier, for `[text][ref]` links. */
  definitions: ReadonlyMap<string, Definition>
  /** Heading ids of the document, so `[see](#slug)` can become an internal link. */
  anchors: ReadonlySet<string>
  /** Width and height of the text area of a body page (pt). */
  contentWidth: number
  contentHeight: number
  /** Open bookmark parents, shallowest first, while headings are converted in document order. */
  outline: { depth: number; id: string }[]
  /** Characters already reported as missing from the font, so each is reported once. */
  reportedGlyphs: Set<number>
  diagnostics: Diagnostic[]
  /** Column widths shared by all tables of one kind (table-kinds.ts); filled once the context exists. */
  sharedWidths: Map<Table, number[]>
  report(node: Node | undefined, ruleId: string, message: string): void
  /** The plan's images by their address in the tree (PlanDocument.images). */
  images: ReadonlyMap<string, ImageAsset>
  /** The charts drawn for the document's `:::chart` directives, by id (PlanDocument.charts). */
  charts: ReadonlyMap<string, ChartDrawing>
  /** PNG and JPEG data URIs by key, for the definition's `images` (pdf-image.ts). */
  pdfImages: Map<string, string>
}

const A4 = { width: 595.28, height: 841.89 }

export function createContext(
  doc: PlanDocument,
  style: PdfStyle,
  fonts: { coverage: ReadonlySet<number>; measure: Measure },
  definitions: ReadonlyMap<string, Definition>,
  anchors: ReadonlySet<string>,
): RenderContext {
  const [left, top, right, bottom] = style.page.margins
  const diagnostics: Diagnostic[] = []
  return {
    style,
    coverage: fonts.coverage,
    measure: fonts.measure,
    definitions,
    anchors,
    contentWidth: A4.width - left - right,
    contentHeight: A4.height - top - bottom,
    outline: [],
    reportedGlyphs: new Set(),
    diagnostics,
    sharedWidths: new Map(),
    images: doc.images ?? new Map(),
    charts: doc.charts ?? new Map(),
    pdfImages: new Map(),
    report(node, ruleId, message) {
      const start = node?.position?.start
      const where = start
        ? (doc.origin?.(start.line, start.column) ?? { file: '<document>', line: start.line, column: start.column })
        : { file: '<document>', line: 1, column: 1 }
      diagnostics.push({ ...where, severity: 'warning', ruleId, message })
    },
  }
}

export const PAGE_SIZE = A4
