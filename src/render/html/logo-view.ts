import { IMAGE_MIME, type ImageAsset } from '../../model/index.js'

/** A logo is shown at most this high in the page header (CSS px); wider logos keep their aspect. */
const LOGO_HEIGHT = 56

/** The logo for page.html: a data: URI and its size in the header, scaled down to LOGO_HEIGHT. */
export function logoView(logo: ImageAsset): { src: string; width: number; height: number } {
  const scale = Math.min(1, LOGO_HEIGHT / logo.height)
  return {
    src: `data:${IMAGE_MIME[logo.format]};base64,${Buffer.from(logo.bytes).toString('base64')}`,
    width: Math.round(logo.width * scale),
    height: Math.round(logo.height * scale),
  }
}
