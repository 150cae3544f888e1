import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { ContentText } from 'pdfmake/interfaces.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { lineHeight, textHeight } from './estimate.js'
import { headingType, type Tag } from './tagging/structure.js'

/**
 * A heading: its printed text ("4.1.1 Title" when numbered), a named destination (its slug) that
 * the table of contents links to, and when it belongs in the table of contents a bookmark nested
 * under the heading above it. Styled by its Markdown depth, tagged by its outline level (one below
 * the cover's title, as in the HTML). Chapters start on a new page unless the template's
 * style says they run on (page.chapterOnNewPage).
 */
export function headingBlock(node: Heading, ctx: RenderContext): Block {
  const data = node.data ?? {}
  const text = cleanText(toString(node).trim(), node, ctx)
  const label = data.number ? `${data.number} ${text}` : text
  const depth = node.depth
  const tag: Tag = headingType((data.level ?? depth) + 1)
  const content: ContentText & { id?: string; tag: Tag } = { text: label, style: `h${Math.min(depth, 5)}`, headlineLevel: depth, tag }
  if (data.id) content.id = data.id
  if (data.toc && data.id) Object.assign(content, bookmark(data.id, depth, label, ctx))
  const fontSize = ctx.style.fontSizes[`h${Math.min(depth, 5) as 1 | 2 | 3 | 4 | 5}`]
  const [, top, , bottom] = HEADING_MARGINS[Math.min(depth, 5) - 1]!
  return {
    content,
    height: top + bottom + textHeight(label, fontSize, 1.15, ctx.contentWidth, ctx.measure, true),
    lead: top + lineHeight(fontSize, 1.15),
    keepWithNext: true,
    breakBefore: depth === 1 && ctx.style.page.chapterOnNewPage,
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
