import type { Element, ElementContent } from 'hast'
import type { Image, ImageReference, Paragraph } from 'mdast'
import { defaultHandlers, type State } from 'mdast-util-to-hast'
import { IMAGE_MIME, isDecorative, type ImageAsset } from '../../model/index.js'
import { quote } from './report.js'
import type { RenderContext } from './render-context.js'

/**
 * Images embedded in the page as `data:` URIs, so the page stays one file that loads nothing
 * (its CSP allows `img-src data:` and nothing else). Every `<img>` has its width and height,
 * so the page does not jump while it renders, and alt text ("" when decorative). A figure
 * paragraph (mark-figures.ts) with a caption is a `<figure>` with its `<figcaption>`, one without
 * a `<div class="figure">` (a `<figure>` without caption adds nothing for assistive technology).
 */
export function createImageHandlers(context: RenderContext) {
  function image(_state: State, node: Image): ElementContent | undefined {
    const asset = context.images.get(node.url)
    if (!asset) {
      // Only text the loader did not read gets here (an image a template writes): say so, keep the alt.
      context.report(node, 'image', `Bilden "${quote(node.url)}" finns inte bland planens bilder och togs bort${node.alt ? `; alt-texten "${quote(node.alt)}" visas i stället` : ''}.`)
      return node.alt ? { type: 'text', value: node.alt } : undefined
    }
    context.hasImages = true
    return imageElement(asset, isDecorative(node.alt, node.title) ? '' : (node.alt ?? ''))
  }

  return {
    image,

    imageReference(_state: State, node: ImageReference): ElementContent | undefined {
      context.report(node, 'image', `Bildreferensen "${quote(node.identifier)}" saknar definition och togs bort.`)
      return node.alt ? { type: 'text', value: node.alt } : undefined
    },

    paragraph(state: State, node: Paragraph): Element | ElementContent[] | undefined {
      if (!node.data?.figure) return defaultHandlers.paragraph(state, node)
      const img = image(state, node.children[0] as Image)
      if (!img) return undefined
      // Not read (reported once by image()): the alt text stands as a paragraph.
      if (img.type !== 'element') return { type: 'element', tagName: 'p', properties: {}, children: [img] }
      if (!node.data.caption) return { type: 'element', tagName: 'div', properties: { className: ['figure'] }, children: [img] }
      return {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [img, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: node.data.caption }] }],
      }
    },
  }
}

export function imageElement(asset: ImageAsset, alt: string, className?: string): Element {
  return {
    type: 'element',
    tagName: 'img',
    properties: {
      src: `data:${IMAGE_MIME[asset.format]};base64,${Buffer.from(asset.bytes).toString('base64')}`,
      width: Math.round(asset.width),
      height: Math.round(asset.height),
      alt,
      ...(className ? { className: [className] } : {}),
    },
    children: [],
  }
}
