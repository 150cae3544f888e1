import type { Content } from 'pdfmake/interfaces.js'
import { IMAGE_MIME, type ImageAsset } from '../../model/index.js'
import type { Tag } from './tagging/structure.js'

/** Points per CSS pixel: an image is as large in the PDF as on the web page at 100 %. */
export const PT_PER_PX = 0.75

/** An image's size in points: its natural size, scaled down (never up) to fit within the box, aspect kept. */
export function fitImage(asset: ImageAsset, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const width = asset.width * PT_PER_PX
  const height = asset.height * PT_PER_PX
  const scale = Math.min(1, maxWidth / width, maxHeight / height)
  return { width: round(width * scale), height: round(height * scale) }
}

/**
 * The pdfmake node that draws an image: SVG as an `svg` node, so it stays vector (pdfmake draws it
 * with svg-to-pdfkit); PNG and JPEG by a key into the definition's `images`, so an image used twice
 * is embedded once. `tag` makes it a Figure (with its alt text); without one it is an artifact.
 */
export function imageNode(asset: ImageAsset, size: { width: number; height: number }, images: Map<string, string>, tag?: Tag): Content {
  const tagged = tag ? { tag } : { artifact: 'Layout' as const }
  if (asset.format === 'svg') return { svg: asset.svg!, width: size.width, height: size.height, ...tagged } as Content
  const key = `image-${asset.hash.slice(0, 16)}`
  if (!images.has(key)) images.set(key, `data:${IMAGE_MIME[asset.format]};base64,${Buffer.from(asset.bytes).toString('base64')}`)
  return { image: key, width: size.width, height: size.height, ...tagged } as Content
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
