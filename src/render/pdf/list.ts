import type { List, ListItem, RootContent } from 'mdast'
import type { Content, ContentText } from 'pdfmake/interfaces.js'
import type { Block, FlowItem } from './block.js'
import type { RenderContext } from './context.js'
import { lineHeight } from './estimate.js'
import { keepRoomFor } from './keep-with-next.js'
import { PARAGRAPH_LINE_KEEP } from './widows-and-orphans.js'

/** Markers by nesting level: glyphs the embedded font has, so the marker is text a reader can tell (Lbl). */
const BULLETS = ['•', '–'] as const
/**
 * Deeper lists are laid out flat under the last level: every level takes width, and once the
 * indentation is wider than the page pdfmake never finishes its layout.
 */
const MAX_LIST_DEPTH = 8

export type ConvertChildren = (nodes: readonly RootContent[], ctx: RenderContext, width: number) => FlowItem[]

/**
 * Bulleted and numbered lists, nested to any depth. Each item is two columns, the marker (a
 * bullet by level, or the item's number) and the body, so the marker hangs and wrapped lines align
 * under the text, and the tags read as a list should (L, LI, Lbl, LBody). A task item shows "[x]"
 * or "[ ]" before its text.
 */
export function listBlock(node: List, ctx: RenderContext, width: number, convert: ConvertChildren, depth = 0): Block {
  const { body } = ctx.style.fontSizes
  const markers = node.children.map((_, index) => (node.ordered ? `${(node.start ?? 1) + index}.` : BULLETS[depth % BULLETS.length]!))
  // As wide as pdfmake's own list gap ("9. "), or the widest number and a space.
  const markerWidth = Math.max(...markers.map((marker) => ctx.measure(`${marker} `, body)), ctx.measure('9. ', body))
  const gap = node.spread ? 4 : 2
  const items = node.children.map((item, index) => listItem(item, markers[index]!, markerWidth, ctx, width - markerWidth, convert, depth))
  const content: Content = { stack: items.map((item) => item.content), tag: 'L', margin: [0, 0, 0, 6] }
  const height = items.reduce((sum, item) => sum + item.height + gap, 6)
  const firstLines = 2 * lineHeight(body, ctx.style.lineHeight)
  return { content, height, lead: Math.min(items[0]?.height ?? 0, firstLines) + 1 }
}

function listItem(
  item: ListItem,
  marker: string,
  markerWidth: number,
  ctx: RenderContext,
  width: number,
  convert: ConvertChildren,
  depth: number,
): { content: Content; height: number } {
  const parts: { content: Content; height: number }[] = []
  for (const child of item.children) {
    if (child.type === 'list' && depth + 1 >= MAX_LIST_DEPTH) {
      for (const nested of child.children) parts.push(listItem(nested, BULLETS[depth % BULLETS.length]!, markerWidth, ctx, width, convert, depth + 1))
    } else if (child.type === 'list') parts.push(listBlock(child, ctx, width, convert, depth + 1))
    else {
      for (const flow of convert([child], ctx, width)) if (!('pageBreak' in flow)) parts.push(flow)
    }
  }
  const contents = parts.map((part) => stripBottomMargin(part.content))
  if (typeof item.checked === 'boolean') contents[0] = withTaskBox(contents[0], item.checked)
  const height = parts.reduce((sum, part) => sum + part.height, 0)
  const label: ContentText & { width: number } = { text: marker, width: markerWidth, tag: 'Lbl', ...(/\d/.test(marker) ? {} : { color: ctx.style.colours.accent }) }
  // An item too short to leave two lines on each page stays whole: a break inside it could mend
  // no widow (widows-and-orphans.ts may not move the first line away from the marker). The
  // estimate errs high by up to a line, so "short" is up to four estimated lines (and the
  // paragraph's gap below, less than half a line).
  const { orphans, widows } = PARAGRAPH_LINE_KEEP
  const line = lineHeight(ctx.style.fontSizes.body, ctx.style.lineHeight)
  const short = !item.children.some((child) => child.type === 'list') && height <= (orphans + widows + 0.5) * line
  const content: Content = {
    columns: [label, { width: '*', stack: contents, tag: 'LBody' }],
    columnGap: 0,
    tag: 'LI',
    ...(short ? { unbreakable: true } : {}),
  }
  // A longer one starts only where its first two lines fit beside the marker.
  return { content: short ? content : { stack: keepRoomFor([], orphans * line + 1, content) }, height }
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
