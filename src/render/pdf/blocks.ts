import type { Code, FootnoteDefinition, Paragraph, RootContent } from 'mdast'
import type { Content } from 'pdfmake/interfaces.js'
import type { Block, FlowItem } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { directiveBlocks } from './directives.js'
import { lineCount, lineHeight, textHeight } from './estimate.js'
import { figureBlock } from './figure.js'
import { headingBlock } from './heading.js'
import { inlines, runsText } from './inline.js'
import { leftOut } from './left-out.js'
import { listBlock } from './list.js'
import { tableBlocks } from './table.js'
import { LINE_KEEP, PARAGRAPH_LINE_KEEP } from './widows-and-orphans.js'

const PARAGRAPH_GAP = 6

/**
 * Block-level mdast nodes → flow items, in document order. `width` is the text width at this
 * nesting level, used only for height estimates.
 */
export function blocksOf(nodes: readonly RootContent[], ctx: RenderContext, width: number): FlowItem[] {
  return nodes.flatMap((node) => blockOf(node, ctx, width))
}

function blockOf(node: RootContent, ctx: RenderContext, width: number): FlowItem[] {
  switch (node.type) {
    case 'heading':
      return [headingBlock(node, ctx)]
    case 'paragraph':
      return optional(node.data?.figure ? figureBlock(node, ctx, width) : paragraphBlock(node, ctx, width))
    case 'list':
      return [listBlock(node, ctx, width, blocksOf)]
    case 'table':
      return tableBlocks(node, {}, ctx)
    case 'containerDirective':
    case 'leafDirective':
      return directiveBlocks(node, ctx, width, blocksOf)
    case 'blockquote':
      return [quoteBlock(node.children, ctx, width)]
    case 'code':
      return [codeBlock(node, ctx, width)]
    case 'thematicBreak':
      return [ruleBlock(ctx, width)]
    case 'footnoteDefinition':
      return optional(footnoteBlock(node, ctx, width))
    case 'definition':
      return [] // resolved where referenced (inline.ts)
    default:
      return leftOut(node, ctx)
  }
}

function paragraphBlock(node: Paragraph, ctx: RenderContext, width: number): Block | undefined {
  const runs = inlines(node.children, ctx)
  if (runsText(runs).trim() === '') return undefined
  const { body } = ctx.style.fontSizes
  const lines = lineCount(runsText(runs), body, width, ctx.measure)
  const line = lineHeight(body, ctx.style.lineHeight)
  const height = lines * line + PARAGRAPH_GAP
  // Under a heading a paragraph may not move on alone (widows-and-orphans.ts), so one too short
  // to leave two lines on each page goes with the heading whole; a longer one needs its first two.
  const { orphans, widows } = PARAGRAPH_LINE_KEEP
  return {
    content: { text: runs, margin: [0, 0, 0, PARAGRAPH_GAP], tag: 'P', [LINE_KEEP]: PARAGRAPH_LINE_KEEP } as Content,
    height,
    lead: (lines < orphans + widows ? height : orphans * line) + 1,
  }
}

/** Narrowest text a quote may leave: deeper quotes stop indenting, or pdfmake's layout never ends. */
const MIN_QUOTE_WIDTH = 160
const QUOTE_INDENT = 14

function quoteBlock(children: readonly RootContent[], ctx: RenderContext, width: number): Block {
  const indent = width - QUOTE_INDENT >= MIN_QUOTE_WIDTH ? QUOTE_INDENT : 0
  return indented(blocksOf(children, ctx, width - indent), indent, { color: ctx.style.colours.muted, tag: 'BlockQuote' })
}

/** Flow items under a common indent and style (and tag: block quotes). Page breaks inside are ignored. */
export function indented(items: FlowItem[], left: number, style: Record<string, unknown>): Block {
  const blocks = items.filter((item): item is Block => !('pageBreak' in item))
  const height = blocks.reduce((sum, block) => sum + block.height, 0)
  return {
    content: { stack: blocks.map((block) => block.content), margin: [left, 0, 0, 0], ...style } as Content,
    height,
    lead: blocks[0]?.lead ?? 0,
  }
}

function codeBlock(node: Code, ctx: RenderContext, width: number): Block {
  const text = cleanText(node.value, node, ctx)
  const size = ctx.style.fontSizes.small
  const height = textHeight(text, size, 1.2, width - 16, ctx.measure) + 14
  return {
    content: {
      table: { widths: ['*'], body: [[{ text, fontSize: size, lineHeight: 1.2, preserveLeadingSpaces: true }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        fillColor: () => ctx.style.colours.codeFill,
        paddingLeft: () => 8,
        paddingRight: () => 8,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      margin: [0, 0, 0, PARAGRAPH_GAP],
      tag: 'Code',
    },
    height,
    lead: Math.min(height, 2 * lineHeight(size, 1.2) + 8),
  }
}

function ruleBlock(ctx: RenderContext, width: number): Block {
  return {
    content: {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: ctx.style.colours.rule }],
      margin: [0, 6, 0, 12],
    },
    height: 19,
    lead: 19,
  }
}

function footnoteBlock(node: FootnoteDefinition, ctx: RenderContext, width: number): Block | undefined {
  const label = cleanText(node.label ?? node.identifier, node, ctx)
  const items = blocksOf(node.children, ctx, width)
  const block = indented(items, 0, { style: 'note' })
  const stack = (block.content as { stack: Content[] }).stack
  stack.unshift({ text: label, sup: true, margin: [0, 0, 0, 1], tag: 'P' })
  return stack.length > 1 ? block : undefined
}

function optional(block: Block | undefined): Block[] {
  return block ? [block] : []
}
