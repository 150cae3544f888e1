import type { Content, DynamicBackground, DynamicContent } from 'pdfmake/interfaces.js'
import type { Meta } from '../../model/index.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'

/**
 * Running header (municipality · title) and footer (board, "Sida X av Y") on every page but the
 * cover. Page numbers count the cover, like the TOC's numbers, so both name the same page.
 * Every node is styled 'furniture', which also tells them apart from content where pdfmake lists
 * all nodes of a page (the pageBreakBefore benchmark variant in document-definition.ts).
 */
export function pageFurniture(meta: Meta, ctx: RenderContext): { header: DynamicContent; footer: DynamicContent; background: DynamicBackground } {
  const { colours, page, cover } = ctx.style
  const [left, top, right, bottom] = page.margins
  const running = cleanText(`${meta.municipality} · ${meta.title}`, undefined, ctx)
  const board = cleanText(meta.board, undefined, ctx)
  const header: DynamicContent = (current, _count, size) => {
    if (current === 1) return null
    const width = size.width - left - right
    return {
      stack: [
        { text: running, style: 'furniture' },
        { canvas: [{ type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 0.5, lineColor: colours.rule }], style: 'furniture' },
      ],
      style: 'furniture',
      margin: [left, top - 34, right, 0],
    }
  }
  const footer: DynamicContent = (current, count) => {
    if (current === 1) return null
    return {
      columns: [
        { text: board, style: 'furniture' },
        { text: `Sida ${current} av ${count}`, style: 'furniture', alignment: 'right' },
      ],
      style: 'furniture',
      margin: [left, Math.max(8, bottom - 40), right, 0],
    }
  }
  const background: DynamicBackground = (current, size) => {
    if (current !== 1 || cover.bandHeight <= 0) return null
    const band: Content = { canvas: [{ type: 'rect', x: 0, y: 0, w: size.width, h: cover.bandHeight, color: colours.accent }] }
    return band
  }
  return { header, footer, background }
}
