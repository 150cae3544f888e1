import type { Content } from 'pdfmake/interfaces.js'

/**
 * One converted block-level node with what the page-flow decisions need to know about it.
 * Converters produce blocks; `arrangeBlocks` (keep-with-next.ts) turns them into pdfmake content.
 */
export interface Block {
  content: Content
  /** Estimated height in points, margins included, erring high (estimate.ts). */
  height: number
  /**
   * The part that must stand on the same page as a heading right above it, in points: the first
   * two lines of a paragraph, a table's header row and first body row, all of an unbreakable block.
   */
  lead: number
  /** Headings, labels and table captions: never the last thing on a page. */
  keepWithNext?: boolean
  /** A variant to use inside an unbreakable group: tables drop their repeating header row there. */
  grouped?: Content
  /** Already unbreakable (a `:::keep`); its lead is all of it. */
  unbreakable?: boolean
  /** Starts a new page (chapters; what follows `::pagebreak`). */
  breakBefore?: boolean
}

/** `::pagebreak`: not content, but an instruction for the block after it. */
export interface PageBreakMarker {
  pageBreak: true
}

export type FlowItem = Block | PageBreakMarker

export function isPageBreak(item: FlowItem): item is PageBreakMarker {
  return 'pageBreak' in item
}
