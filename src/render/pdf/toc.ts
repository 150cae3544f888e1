import type { Content, ContentPageReference, ContentTable, Margins } from 'pdfmake/interfaces.js'
import type { PlanDocument, TocEntry } from '../../document/index.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import type { AfterLayout } from './print-pdf.js'
import { drawTocLeaders } from './toc-leaders.js'

/** TOC indentation per heading depth (pt). */
const TOC_INDENT = 14

/**
 * The table of contents on its own page: a heading, then one row per entry, the entry's text and
 * its page number, both linking to the heading. The page numbers are pdfmake page references,
 * filled in after layout, so they are the pages the headings really landed on, including headings
 * moved by a keep-with-next group. Dot leaders are drawn onto the laid-out page afterwards
 * (toc-leaders.ts). Tagged as a TOC whose rows are TOCI, each with one Link (mark-structure.ts).
 * Nothing when the document has no TOC entries.
 */
export function tocContent(doc: PlanDocument, ctx: RenderContext): { content: Content[]; afterLayout: AfterLayout[] } {
  if (doc.toc.length === 0) return { content: [], afterLayout: [] }
  const table: ContentTable & { tag: 'TOC' } = {
    table: { dontBreakRows: true, widths: ['*', 'auto'], body: doc.toc.map((entry) => tocRow(entry, ctx)) },
    layout: 'noBorders',
    tag: 'TOC',
  }
  const title = { text: cleanText(doc.layout.tocTitle, undefined, ctx), style: 'tocTitle', tag: 'H2' }
  const leaderStyle = { fontSize: ctx.style.fontSizes.body, colour: ctx.style.colours.muted, boldStyles: new Set(['tocChapter']) }
  return {
    content: [{ stack: [title, table], pageBreak: 'before' } as Content],
    afterLayout: [(surface) => drawTocLeaders(table, surface, leaderStyle, ctx.measure)],
  }
}

function tocRow(entry: TocEntry, ctx: RenderContext): Content[] {
  const style = entry.depth === 1 ? 'tocChapter' : 'tocSection'
  const margin: Margins = [(entry.depth - 1) * TOC_INDENT, entry.depth === 1 ? 7 : 2, 0, 0]
  const label = cleanText(entry.number ? `${entry.number} ${entry.text}` : entry.text, undefined, ctx)
  return [
    { text: label, linkToDestination: entry.id, style, margin },
    { pageReference: entry.id, linkToDestination: entry.id, alignment: 'right', style, margin: [0, margin[1], 0, margin[3]] } as ContentPageReference,
  ]
}
