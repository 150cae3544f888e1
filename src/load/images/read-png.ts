import { crc32, inflateSync } from 'node:zlib'
import { corrupt, type ImageRead } from './image-problem.js'
import { MAX_IMAGE_PIXELS } from './limits.js'

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Samples per pixel by colour type (PNG spec 11.2.2). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] }
/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const

/**
 * Checks a PNG completely, as pdfkit will decode it: every chunk's CRC, a valid header, the image
 * data unpacking to exactly the bytes its size needs, and the end chunk. A damaged or cut-off file
 * is refused here, with a message, rather than failing (or drawing garbage) in the renderer.
 * The pixel count is checked before unpacking, and unpacking is capped, so a PNG bomb costs nothing.
 */
export function readPng(bytes: Uint8Array): ImageRead {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = PNG_SIGNATURE.length
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined
  let palette = false
  const idat: Buffer[] = []
  for (;;) {
    if (offset + 12 > data.length) return corrupt('PNG', 'it ends before its last chunk')
    const length = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    if (offset + 12 + length > data.length) return corrupt('PNG', `the ${type} chunk is cut off`)
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) return corrupt('PNG', `the ${type} chunk's checksum is wrong`)
    offset += 12 + length
    if (!header && type !== 'IHDR') return corrupt('PNG', 'it does not start with a header chunk')
    if (type === 'IHDR') {
      if (length !== 13) return corrupt('PNG', 'the header chunk has the wrong length')
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]!, interlace: body[12]! }
      if (!DEPTHS[header.colour]?.includes(header.depth) || header.interlace > 1) return corrupt('PNG', 'the header names an unknown colour type or bit depth')
      if (header.width === 0 || header.height === 0) return corrupt('PNG', 'the image has no pixels')
      if (header.width * header.height > MAX_IMAGE_PIXELS) return tooManyPixels(header.width, header.height)
    } else if (type === 'PLTE') palette = true
    else if (type === 'IDAT') idat.push(body)
    else if (type === 'IEND') break
  }
  if (!header) return corrupt('PNG', 'it has no header chunk')
  if (header.colour === 3 && !palette) return corrupt('PNG', 'a palette image without its palette')
  if (idat.length === 0) return corrupt('PNG', 'it has no image data')
  const expected = expectedBytes(header.width, header.height, header.depth * CHANNELS[header.colour]!, header.interlace === 1)
  let pixels: Buffer
  try {
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return corrupt('PNG', code === 'ERR_BUFFER_TOO_LARGE' ? 'its image data unpacks to more than its size' : 'its image data cannot be unpacked')
  }
  if (pixels.length !== expected) return corrupt('PNG', `its image data has ${pixels.length} bytes where its size needs ${expected}`)
  return { ok: true, format: 'png', width: header.width, height: header.height }
}

/** Unpacked size: per row one filter byte and the row's samples, per Adam7 pass when interlaced. */
function expectedBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)))
  if (!interlaced) return rows(width, height)
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0)
}

export function tooManyPixels(width: number, height: number): ImageRead {
  return {
    ok: false,
    problem: {
      ruleId: 'image-too-large',
      severity: 'error',
      message: `the image is ${width} × ${height} pixels; vplan takes images of at most ${(MAX_IMAGE_PIXELS / 1e6).toFixed(0)} million pixels: scale it down (a page is about 1600 pixels wide at print quality)`,
    },
  }
}
