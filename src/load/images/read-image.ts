import { decodeText } from '../decode-text.js'
import { corrupt, type ImageRead } from './image-problem.js'
import { PNG_SIGNATURE, readPng } from './read-png.js'
import { readJpeg } from './read-jpeg.js'
import { readSvg } from './read-svg.js'

/**
 * Reads an image by what its bytes are, not by its name: a `.png` that is really a JPEG works,
 * and an HTML page saved as `.svg` is refused. PNG and JPEG by their signatures; SVG is text that
 * starts (after an XML declaration, comments, a DOCTYPE) with `<svg`.
 */
export function readImage(bytes: Uint8Array): ImageRead {
  if (startsWith(bytes, PNG_SIGNATURE)) return readPng(bytes)
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes)
  const decoded = decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (decoded.ok && /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<svg[\s>]/.test(decoded.text)) return readSvg(decoded.text)
  if (startsWith(bytes, Buffer.from('GIF8')) || startsWith(bytes, Buffer.from('RIFF'))) {
    return { ok: false, problem: { ruleId: 'image-format', severity: 'error', message: 'GIF and WebP images are not supported: save the image as PNG (diagrams, screenshots) or JPEG (photographs)' } }
  }
  if (bytes.length < 8) return corrupt('image', 'it is empty or almost empty')
  return { ok: false, problem: { ruleId: 'image-format', severity: 'error', message: 'the file is not a PNG, JPEG or SVG image (vplan reads the format from the content, not the file name)' } }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}
