/**
 * The logical structure of a PDF (ISO 32000-1 §14.8, the PDF/UA-1 subset vplan writes), as plain
 * data: converters name an element per pdfmake node (`tag`), mark-structure.ts builds this tree
 * from them and stamps every text run with the slot its marked content belongs to, and the
 * tagging renderer (tagged-renderer.ts, page-tagger.ts) marks the content as pdfmake draws it, and
 * write-structure.ts writes the tree into the PDF once the pages are drawn.
 */
export type StructType =
  | 'Document'
  | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6'
  | 'P'
  | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Caption'
  | 'TOC' | 'TOCI'
  | 'Link'
  | 'BlockQuote'
  | 'Code'
  | 'Figure'

/** What a converter puts on a pdfmake node as `tag`: the element its content forms. */
export interface TagSpec {
  type: StructType
  /** TH only: the cells it heads, as the HTML's `scope` says. */
  scope?: 'Column' | 'Row'
  /** Figure only: the text alternative. */
  alt?: string
  /** What assistive technology reads instead of the drawn text ("uppgift saknas" for a "–"). */
  actual?: string
  /** TH only: how many rows the header cell spans (a group written once for several rows). */
  rowSpan?: number
  /** Table only: how many leading rows are the header (THead); the rest is the body (TBody). */
  headerRows?: number
}

export type Tag = StructType | TagSpec

export interface StructElement {
  kind: 'element'
  type: StructType
  scope?: 'Column' | 'Row' | undefined
  alt?: string | undefined
  actual?: string | undefined
  rowSpan?: number | undefined
  /** Link only: the target, so the runs of one link (or a TOC row's entry and page number) share one element. */
  target?: string | undefined
  children: StructChild[]
}

/**
 * A place in an element for marked content: the text runs stamped with it, wherever they land
 * (a paragraph split by a page break fills one slot from two pages).
 */
export interface ContentSlot {
  kind: 'slot'
  owner: StructElement
}

export type StructChild = StructElement | ContentSlot

/** Artifact kinds (ISO 32000-1 §14.8.2.2.2): running header and footer, or layout decoration. */
export type ArtifactType = 'Pagination' | 'Layout'

/** Properties stamped on pdfmake text runs; pdfmake copies them onto the laid-out inlines. */
export const SLOT = '_vplanSlot'
export const ARTIFACT = '_vplanArtifact'

export function element(tag: Tag): StructElement {
  const spec: TagSpec = typeof tag === 'string' ? { type: tag } : tag
  return { kind: 'element', type: spec.type, scope: spec.scope, alt: spec.alt, actual: spec.actual, rowSpan: spec.rowSpan, children: [] }
}

/** H1–H6 for an outline level, where level 1 is the document title. PDF has no H7. */
export function headingType(level: number): StructType {
  return `H${Math.min(Math.max(level, 1), 6)}` as StructType
}

declare module 'pdfmake/interfaces.js' {
  interface ContentBase {
    /** The structure element this node's content forms in the tagged PDF (mark-structure.ts). */
    tag?: Tag
    /** All text under this node is an artifact of this kind (running header and footer). */
    artifact?: ArtifactType
  }
}
