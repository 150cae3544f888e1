import type { RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import type { Content } from 'pdfmake/interfaces.js'
import type { Block, FlowItem } from './block.js'
import type { RenderContext } from './context.js'
import { arrangeBlocks } from './keep-with-next.js'
import { tableBlocks } from './table.js'
import { chartBlocks } from './chart.js'

type Convert = (nodes: readonly RootContent[], ctx: RenderContext, width: number) => FlowItem[]

/** A `:::keep` taller than this share of a page is not kept: pdfmake drops what does not fit. */
const KEEP_LIMIT = 0.9

/**
 * The directives of docs/markdown.md: `:::table`, `:::chart`, `:::keep`, `:::note`, `:::label` and
 * `::pagebreak`. Unknown directives are reported and rendered as their content.
 */
export function directiveBlocks(node: ContainerDirective | LeafDirective, ctx: RenderContext, width: number, convert: Convert): FlowItem[] {
  if (node.type === 'leafDirective') {
    if (node.name === 'pagebreak') return [{ pageBreak: true }]
    ctx.report(node, 'pdf-unsupported', `unknown directive "::${node.name}"; its text is printed as a paragraph`)
    return node.children.length > 0 ? convert([{ type: 'paragraph', children: node.children, position: node.position }], ctx, width) : []
  }
  switch (node.name) {
    case 'table':
      return node.children.flatMap((child) =>
        child.type === 'table' ? tableBlocks(child, { caption: node.attributes?.caption ?? undefined, note: node.attributes?.note ?? undefined }, ctx) : convert([child], ctx, width),
      )
    case 'chart':
      return chartBlocks(node, ctx, width)
    case 'keep':
      return keepBlock(node, convert(node.children, ctx, width), ctx)
    case 'note':
      return [styled(convert(node.children, ctx, width), 'note', false)]
    case 'label':
      return [styled(convert(node.children, ctx, width), 'label', true)]
    default:
      ctx.report(node, 'pdf-unsupported', `unknown directive ":::${node.name}"; its content is printed as it is`)
      return convert(node.children, ctx, width)
  }
}

/** Content kept on one page, unless it is too tall for a page, which is reported instead of lost. */
function keepBlock(node: ContainerDirective, items: FlowItem[], ctx: RenderContext): FlowItem[] {
  const blocks = items.filter((item): item is Block => !('pageBreak' in item))
  const height = blocks.reduce((sum, block) => sum + block.height, 0)
  if (height > ctx.contentHeight * KEEP_LIMIT) {
    ctx.report(node, 'pdf-keep-too-long', 'this :::keep block is about as tall as a page or taller; it may break across pages')
    return items
  }
  const inner = blocks.map((block) => (block.grouped ? { ...block, content: block.grouped } : block))
  const content = { stack: arrangeBlocks(inner, ctx.contentHeight), unbreakable: true }
  return [{ content, grouped: content, height, lead: height, unbreakable: true }]
}

/** A label sits close to what it labels. */
function tight(content: Content): Content {
  return typeof content === 'object' && !Array.isArray(content) && 'text' in content ? ({ ...content, margin: [0, 0, 0, 2] } as Content) : content
}

/** Notes and labels: a named style over their paragraphs. Labels stay with what follows them. */
function styled(items: FlowItem[], style: string, keepWithNext: boolean): Block {
  const blocks = items.filter((item): item is Block => !('pageBreak' in item))
  const height = blocks.reduce((sum, block) => sum + block.height, 0)
  const content = { stack: blocks.map((block) => (keepWithNext ? tight(block.content) : block.content)), style }
  return { content, height, lead: Math.min(height, blocks[0]?.lead ?? 0), keepWithNext }
}
