import type { Root } from 'mdast'
import type { ChartDrawing, ImageAsset, Layout, Meta } from '../model/index.js'

/** Template layout settings are the model's (template.json); the document carries them. */
export type { Layout }

/** One entry of the table of contents, in document order. */
export interface TocEntry {
  depth: number
  /** Outline level (level-headings.ts). */
  level: number
  /** Heading number such as "4.1.1" when the template numbers headings, else undefined. */
  number?: string | undefined
  text: string
  /** Slug, unique in the document; the heading's id/anchor. */
  id: string
}


/**
 * The parsed document every renderer takes: an mdast tree whose headings carry
 * `data.level`, `data.id`, `data.number` and `data.toc`, whose `table` directives carry caption and id,
 * and whose table rows carry `data.kind` and `data.indent` (see docs/markdown.md).
 */
export interface PlanDocument {
  meta: Meta
  layout: Layout
  tree: Root
  toc: TocEntry[]
  /**
   * Maps a position in the composed Markdown back to the file the text came from (a narrative
   * chapter, plan.yaml or a template), for diagnostics. Absent in tests that parse Markdown directly.
   */
  origin?: ((line: number, column: number) => { file: string; line: number; column: number }) | undefined
  /** The images the loader read, by their address in the tree (LoadedPlan.images); none when absent. */
  images?: ReadonlyMap<string, ImageAsset> | undefined
  /** The charts drawn for the document's `:::chart` directives, by their id; none when absent. */
  charts?: ReadonlyMap<string, ChartDrawing> | undefined
  /** The logo for the cover and the page header: the plan's `meta.logo`, else the template's. */
  logo?: ImageAsset | undefined
}

export type RowKind = 'header' | 'body' | 'group' | 'total'

declare module 'mdast' {
  interface HeadingData {
    /** Outline level from the nesting (level-headings.ts): chapters 1, siblings equal, no gaps. */
    level?: number
    id?: string
    number?: string
    toc?: boolean
  }
  interface TableRowData {
    kind?: RowKind
    indent?: number
  }
  interface TableData {
    /** How many leading columns head their rows (mark-row-headers.ts); 1 unless the directive says. */
    headerColumns?: number
    /** How many leading columns hold group labels that span rows (mark-row-headers.ts). */
    groupColumns?: number
    /** `:::table{row-groups="true"}`: the HTML spans the group cells (rowspan) and names every cell's headers. */
    rowGroups?: boolean
    /** The table's kind (`:::table{kind="…"}`): tables of one kind share one column layout. */
    kind?: string
  }
  interface TableCellData {
    /** A header cell that also heads the rows below it whose cell in this column is empty. */
    rowSpan?: number
    /** Covered by the header cell above it (rowSpan): not drawn, not tagged. */
    spanned?: boolean
    /** An empty data cell: the value is missing, shown as "–" and announced as "uppgift saknas". */
    missing?: boolean
  }
}
