import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { ContentText, Margins } from 'pdfmake/interfaces.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { lineHeight, textHeight } from './estimate.js'

/** TOC indentation per heading depth (pt). */
const TOC_INDENT = 14

/**
 * A heading: its printed text ("4.1.1 Title" when numbered), a named destination (its slug), and
 * when it belongs in the table of contents a `tocItem` (pdfmake fills in its page number after
 * layout) and a bookmark nested under the heading above it. Chapters start on a new page.
 */
export function headingBlock(node: Heading, ctx: RenderContext): Block {
  const data = node.data ?? {}
  const text = cleanText(toString(node).trim(), node, ctx)
  const label = data.number ? `${data.number} ${text}` : text
  const depth = node.depth
  const content: ContentText & { id?: string } = { text: label, style: `h${Math.min(depth, 5)}`, headlineLevel: depth }
  if (data.id) content.id = data.id
  if (data.toc && data.id) Object.assign(content, tocEntry(depth), bookmark(data.id, depth, label, ctx))
  const fontSize = ctx.style.fontSizes[`h${Math.min(depth, 5) as 1 | 2 | 3 | 4 | 5}`]
  const [, top, , bottom] = HEADING_MARGINS[Math.min(depth, 5) - 1]!
  return {
    content,
    height: top + bottom + textHeight(label, fontSize, 1.15, ctx.contentWidth, ctx.measure, true),
    lead: top + lineHeight(fontSize, 1.15),
    keepWithNext: true,
    breakBefore: depth === 1,
  }
}

/** Space above and below headings by depth; used by the style dictionary too. */
export const HEADING_MARGINS: readonly [number, number, number, number][] = [
  [0, 0, 0, 14],
  [0, 14, 0, 6],
  [0, 12, 0, 4],
  [0, 10, 0, 3],
  [0, 8, 0, 2],
]

function tocEntry(depth: number): Partial<ContentText> & { tocItem: boolean; tocStyle: string; tocNumberStyle: string; tocMargin: Margins } {
  const style = depth === 1 ? 'tocChapter' : 'tocSection'
  return {
    tocItem: true,
    tocStyle: style,
    tocNumberStyle: style,
    tocMargin: [(depth - 1) * TOC_INDENT, depth === 1 ? 7 : 2, 0, 0],
  }
}

function bookmark(id: string, depth: number, label: string, ctx: RenderContext): Partial<ContentText> {
  while (ctx.outline.length > 0 && ctx.outline[ctx.outline.length - 1]!.depth >= depth) ctx.outline.pop()
  const parent = ctx.outline[ctx.outline.length - 1]
  ctx.outline.push({ depth, id })
  return {
    outline: true,
    outlineText: label,
    outlineExpanded: depth === 1,
    ...(parent ? { outlineParentId: parent.id } : {}),
  }
}
