import type { List, ListItem, RootContent } from 'mdast'
import type { Content, ContentOrderedList, ContentText, ContentUnorderedList } from 'pdfmake/interfaces.js'
import type { Block, FlowItem } from './block.js'
import type { RenderContext } from './context.js'
import { lineHeight } from './estimate.js'

/** Horizontal space a list level takes (marker + gap), for width estimates. */
const LEVEL_INDENT = 16
const MARKERS = ['disc', 'circle', 'square'] as const
/**
 * Deeper lists are laid out flat under the last level: every level takes width, and once the
 * indentation is wider than the page pdfmake never finishes its layout.
 */
const MAX_LIST_DEPTH = 8

export type ConvertChildren = (nodes: readonly RootContent[], ctx: RenderContext, width: number) => FlowItem[]

/**
 * Bulleted and numbered lists, nested to any depth. Markers are drawn shapes (disc, circle,
 * square by level), not glyphs, so no font coverage question arises. A task item shows "[x]" or
 * "[ ]" before its text.
 */
export function listBlock(node: List, ctx: RenderContext, width: number, convert: ConvertChildren, depth = 0): Block {
  const items = node.children.map((item) => listItem(item, ctx, width - LEVEL_INDENT, convert, depth))
  const contents = items.map((item) => item.content)
  const gap = node.spread ? 4 : 2
  const content: ContentOrderedList | ContentUnorderedList = node.ordered
    ? { ol: contents, start: node.start ?? 1, margin: [0, 0, 0, 6] }
    : { ul: contents, type: MARKERS[depth % MARKERS.length], markerColor: ctx.style.colours.accent, margin: [0, 0, 0, 6] }
  const height = items.reduce((sum, item) => sum + item.height + gap, 6)
  const firstLines = 2 * lineHeight(ctx.style.fontSizes.body, ctx.style.lineHeight)
  return { content, height, lead: Math.min(items[0]?.height ?? 0, firstLines) + 1 }
}

function listItem(item: ListItem, ctx: RenderContext, width: number, convert: ConvertChildren, depth: number): { content: Content; height: number } {
  const parts: { content: Content; height: number }[] = []
  for (const child of item.children) {
    if (child.type === 'list' && depth + 1 >= MAX_LIST_DEPTH) {
      for (const nested of child.children) parts.push(listItem(nested, ctx, width, convert, depth + 1))
    } else if (child.type === 'list') parts.push(listBlock(child, ctx, width, convert, depth + 1))
    else {
      for (const flow of convert([child], ctx, width)) if (!('pageBreak' in flow)) parts.push(flow)
    }
  }
  const contents = parts.map((part) => stripBottomMargin(part.content))
  if (typeof item.checked === 'boolean') contents[0] = withTaskBox(contents[0], item.checked)
  const height = parts.reduce((sum, part) => sum + part.height, 0)
  return { content: contents.length === 1 ? contents[0]! : { stack: contents }, height }
}

function withTaskBox(first: Content | undefined, checked: boolean): Content {
  const box = { text: checked ? '[x] ' : '[ ] ', bold: true }
  if (isText(first)) return { ...first, text: [box, ...(Array.isArray(first.text) ? first.text : [first.text])] }
  return first === undefined ? box : { stack: [box, first] }
}

function isText(content: Content | undefined): content is ContentText {
  return typeof content === 'object' && content !== null && !Array.isArray(content) && 'text' in content
}

/** Paragraphs inside list items sit tight; the list itself carries the space below. */
function stripBottomMargin(content: Content): Content {
  return isText(content) ? { ...content, margin: [0, 0, 0, 2] } : content
}
