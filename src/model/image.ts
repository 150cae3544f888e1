/** The image formats vplan embeds, as read from a file's bytes (never from its name). */
export type ImageFormat = 'png' | 'jpeg' | 'svg'

/**
 * An image the loader has read, checked and measured, ready for the renderers (which do no I/O).
 * Sizes are CSS pixels (1/96 inch): the HTML's width and height, and at 0.75 pt each the
 * natural size in the PDF, so both outputs show an image equally large.
 */
export interface ImageAsset {
  format: ImageFormat
  /** The file's bytes; for SVG the sanitised text's UTF-8 bytes. */
  bytes: Uint8Array
  /** SVG only: the sanitised markup, as it goes into the page and the PDF. */
  svg?: string
  width: number
  height: number
  /** SHA-256 of the file as read, hex: what `vplan diff` compares. */
  hash: string
}

export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' }

/**
 * The Markdown way to mark an image as decorative (docs/markdown.md): empty alt text and this
 * title, `![](bilder/linje.svg "dekorativ")`. Such an image is not announced: alt="" in HTML,
 * an Artifact in the tagged PDF.
 */
export const DECORATIVE_TITLE = 'dekorativ'

export function isDecorative(alt: string | null | undefined, title: string | null | undefined): boolean {
  return (alt ?? '') === '' && (title ?? '').trim().toLowerCase() === DECORATIVE_TITLE
}
