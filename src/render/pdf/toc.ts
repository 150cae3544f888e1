import type { Content } from 'pdfmake/interfaces.js'
import type { PlanDocument } from '../../document/index.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import type { AfterLayout } from './print-pdf.js'
import { drawTocLeaders } from './toc-leaders.js'

/**
 * The table of contents on its own page, built by pdfmake's `toc` node from the headings marked
 * `tocItem` (heading.ts). pdfmake fills in the page numbers after layout, so they are the pages
 * the headings really landed on, including headings moved by a keep-with-next group. Dot leaders
 * are drawn onto the laid-out page afterwards (toc-leaders.ts).
 * Nothing when the document has no TOC entries.
 */
export function tocContent(doc: PlanDocument, ctx: RenderContext): { content: Content[]; afterLayout: AfterLayout[] } {
  if (doc.toc.length === 0) return { content: [], afterLayout: [] }
  const node = {
    toc: {
      title: { text: cleanText(doc.layout.tocTitle, undefined, ctx), style: 'tocTitle' },
      numberStyle: 'tocSection',
    },
    pageBreak: 'before' as const,
  }
  const leaderStyle = { fontSize: ctx.style.fontSizes.body, colour: ctx.style.colours.muted, boldStyles: new Set(['tocChapter']) }
  return {
    content: [node],
    afterLayout: [(surface) => drawTocLeaders(node, surface, leaderStyle, ctx.measure)],
  }
}
