import type { Table } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { Content } from 'pdfmake/interfaces.js'
import { hyphenate } from '../hyphenate/index.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { textHeight } from './estimate.js'
import { PT_PER_PX } from './pdf-image.js'
import { tableBlocks } from './table.js'

const GAP_ABOVE = 6
const GAP_BELOW = 10
const TITLE_GAP = 4
const CAPTION_GAP = 4

/**
 * `:::chart`: the title, the drawing as vector graphics (pdfmake's svg node) and the caption,
 * one unbreakable block, so a chart is never split and never parted from its title. In the tagged
 * PDF the drawing is a Figure whose /Alt is its title and its figures in words; the title and
 * caption are paragraphs around it. The data table stays on the web page (in a `<details>`); a
 * chart that was not drawn prints that table instead, so its figures are never lost.
 */
export function chartBlocks(node: ContainerDirective, ctx: RenderContext, width: number): Block[] {
  const attributes = node.attributes ?? {}
  const drawing = attributes.id ? ctx.charts.get(attributes.id) : undefined
  if (!drawing) {
    ctx.report(node, 'chart', `the chart "${attributes.title ?? ''}" was not drawn; its figures are printed as a table`)
    const table = node.children.find((child): child is Table => child.type === 'table')
    return table ? tableBlocks(table, { caption: attributes.title ?? undefined }, ctx) : []
  }
  const size = ctx.style.fontSizes.caption
  const title = cleanText(node.data?.caption ?? attributes.title ?? '', node, ctx)
  const caption = attributes.caption ? cleanText(attributes.caption, node, ctx) : undefined
  const titleHeight = title ? textHeight(title, size, ctx.style.lineHeight, width, ctx.measure, true) + TITLE_GAP : 0
  const captionHeight = caption ? textHeight(caption, size, ctx.style.lineHeight, width, ctx.measure) + CAPTION_GAP : 0
  const scale = Math.min(1, width / (drawing.width * PT_PER_PX))
  const drawn = { width: round(drawing.width * PT_PER_PX * scale), height: round(drawing.height * PT_PER_PX * scale) }
  const stack: Content[] = []
  if (title) stack.push({ text: hyphenate(title), fontSize: size, bold: true, lineHeight: ctx.style.lineHeight, margin: [0, 0, 0, TITLE_GAP], tag: 'P' })
  stack.push({ svg: drawing.svg, width: drawn.width, height: drawn.height, tag: { type: 'Figure', alt: `${drawing.label}. ${drawing.description}` } } as Content)
  if (caption) stack.push({ text: hyphenate(caption), fontSize: size, color: ctx.style.colours.muted, lineHeight: ctx.style.lineHeight, margin: [0, CAPTION_GAP, 0, 0], tag: 'P' })
  const height = GAP_ABOVE + titleHeight + drawn.height + captionHeight + GAP_BELOW
  return [{ content: { stack, unbreakable: true, margin: [0, GAP_ABOVE, 0, GAP_BELOW] }, height, lead: height, unbreakable: true }]
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
