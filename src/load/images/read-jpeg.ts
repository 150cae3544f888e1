import { corrupt, type ImageRead } from './image-problem.js'
import { MAX_IMAGE_PIXELS } from './limits.js'
import { tooManyPixels } from './read-png.js'

/** Baseline, extended and progressive Huffman JPEG: what browsers and pdfkit both show. */
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2])
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/**
 * Reads a JPEG's size from its frame header and checks the file is whole: the markers up to the
 * first scan are intact and the image ends with its end marker (a cut-off download has none).
 * An EXIF orientation that turns the picture a quarter (5–8) swaps width and height, as browsers
 * and pdfkit both turn it.
 */
export function readJpeg(bytes: Uint8Array): ImageRead {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 2
  let size: { width: number; height: number } | undefined
  let orientation = 1
  for (;;) {
    while (data[offset] === 0xff && data[offset + 1] === 0xff) offset++ // fill bytes
    if (offset + 4 > data.length) return corrupt('JPEG', 'it ends inside its header')
    if (data[offset] !== 0xff) return corrupt('JPEG', 'a marker is missing where one should be')
    const marker = data[offset + 1]!
    const length = data.readUInt16BE(offset + 2)
    if (length < 2 || offset + 2 + length > data.length) return corrupt('JPEG', 'a header segment is cut off')
    const body = data.subarray(offset + 4, offset + 2 + length)
    if (SUPPORTED_FRAMES.has(marker)) {
      if (body.length < 6) return corrupt('JPEG', 'the frame header is too short')
      size = { height: body.readUInt16BE(1), width: body.readUInt16BE(3) }
    } else if (OTHER_FRAMES.has(marker)) {
      return { ok: false, problem: { ruleId: 'image-format', severity: 'error', message: 'this kind of JPEG (lossless, hierarchical or arithmetic-coded) cannot be shown by browsers: save it again as an ordinary JPEG or as PNG' } }
    } else if (marker === 0xe1 && body.toString('latin1', 0, 6) === 'Exif\0\0') {
      orientation = exifOrientation(body.subarray(6)) ?? orientation
    } else if (marker === 0xda) break // start of scan: entropy-coded data follows
    offset += 2 + length
  }
  if (!size) return corrupt('JPEG', 'it has no frame header before its image data')
  if (size.width === 0 || size.height === 0) return corrupt('JPEG', 'the image has no pixels (or its height is only given later, which browsers do not read)')
  if (size.width * size.height > MAX_IMAGE_PIXELS) return tooManyPixels(size.width, size.height)
  if (!endsWithEndMarker(data)) return corrupt('JPEG', 'the image data is cut off before its end marker')
  const turned = orientation >= 5 && orientation <= 8
  return { ok: true, format: 'jpeg', width: turned ? size.height : size.width, height: turned ? size.width : size.height }
}

/** Some writers pad after the end marker (zeros, a newline); tolerated, anything else is not. */
function endsWithEndMarker(data: Buffer): boolean {
  let end = data.length
  while (end > 0 && (data[end - 1] === 0x00 || data[end - 1] === 0x0a || data[end - 1] === 0x0d)) end--
  return end >= 2 && data[end - 2] === 0xff && data[end - 1] === 0xd9
}

/** Tag 0x0112 of IFD0 in an EXIF TIFF block; undefined when absent or unreadable. */
function exifOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd = u32(4)
  if (ifd + 2 > tiff.length) return undefined
  const entries = u16(ifd)
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12
    if (at + 12 > tiff.length) return undefined
    if (u16(at) === 0x0112) return u16(at + 8)
  }
  return undefined
}
