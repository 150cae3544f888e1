import type { Image, Paragraph } from 'mdast'
import type { Content } from 'pdfmake/interfaces.js'
import { hyphenate } from '../hyphenate/index.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { textHeight } from './estimate.js'
import { fitImage, imageNode } from './pdf-image.js'

const GAP_ABOVE = 4
const GAP_BELOW = 10
const CAPTION_GAP = 5

/**
 * A figure paragraph (mark-figures.ts): the image at its natural size, at most the text width
 * and never taller than fits a page with its caption, aspect kept; below it the caption. Image and
 * caption are one unbreakable block, so the image is never split and never parted from its
 * caption. Tagged as a Figure whose /Alt is the alt text, the caption a P after it; a decorative
 * image is an Artifact.
 */
export function figureBlock(node: Paragraph, ctx: RenderContext, width: number): Block | undefined {
  const image = node.children[0] as Image
  const asset = ctx.images.get(image.url)
  if (!asset) {
    ctx.report(node, 'image', `the image "${image.url}" is not among the plan's images and was left out`)
    return undefined
  }
  const size = ctx.style.fontSizes.caption
  const caption = node.data?.caption ? cleanText(node.data.caption, node, ctx) : undefined
  const captionHeight = caption ? textHeight(caption, size, ctx.style.lineHeight, width, ctx.measure) + CAPTION_GAP : 0
  const fitted = fitImage(asset, width, ctx.contentHeight - captionHeight - GAP_ABOVE - GAP_BELOW - 2)
  const alt = image.alt?.trim()
  const tag = node.data?.decorative || !alt ? undefined : { type: 'Figure' as const, alt }
  const stack: Content[] = [imageNode(asset, fitted, ctx.pdfImages, tag)]
  if (caption) stack.push({ text: hyphenate(caption), fontSize: size, color: ctx.style.colours.muted, lineHeight: ctx.style.lineHeight, margin: [0, CAPTION_GAP, 0, 0], tag: 'P' })
  const height = GAP_ABOVE + fitted.height + captionHeight + GAP_BELOW
  return { content: { stack, unbreakable: true, margin: [0, GAP_ABOVE, 0, GAP_BELOW] }, height, lead: height, unbreakable: true }
}
