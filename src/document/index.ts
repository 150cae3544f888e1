import type { Meta } from '../model/index.js'
import { parseMarkdown } from '../markdown/index.js'
import { levelHeadings } from './level-headings.js'
import { numberHeadings } from './number-headings.js'
import { markTableRows } from './mark-table-rows.js'
import { markRowHeaders } from './mark-row-headers.js'
import { nameTables } from './name-tables.js'
import { markFigures } from './mark-figures.js'
import type { Layout, PlanDocument } from './types.js'

export type { Layout, PlanDocument, TocEntry, RowKind } from './types.js'
export { parseMarkdown } from '../markdown/index.js'
export { cellScope, type CellScope } from './cell-scope.js'

/** Composed Markdown → the annotated tree both renderers take. */
export function parseDocument(markdown: string, meta: Meta, layout: Layout): PlanDocument {
  const tree = parseMarkdown(markdown)
  markTableRows(tree)
  markRowHeaders(tree)
  levelHeadings(tree)
  const toc = numberHeadings(tree, layout)
  nameTables(tree)
  markFigures(tree, layout)
  return { meta, layout, tree, toc }
}
