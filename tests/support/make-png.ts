import { crc32, deflateSync } from 'node:zlib'

/**
 * A small, honest PNG made from nothing but code (no stock material): an RGB bar chart of
 * `bars` values on white, `width` × `height` pixels. Deterministic, so builds from it are too.
 */
export function makeBarChartPng(width = 480, height = 240, bars: readonly number[] = [0.45, 0.7, 0.6, 0.85]): Buffer {
  const colours = [[31, 78, 121], [59, 125, 180], [110, 160, 205], [22, 58, 90]] as const
  const rows: Buffer[] = []
  const slot = Math.floor(width / bars.length)
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 255) // filter byte 0 (none) is set below
    row[0] = 0
    for (let x = 0; x < width; x++) {
      const index = Math.min(bars.length - 1, Math.floor(x / slot))
      const inBar = x % slot > slot * 0.2 && x % slot < slot * 0.8
      const top = height - 12 - Math.round(bars[index]! * (height - 36))
      const axis = y === height - 12
      // Light grid lines at each quarter of the scale, behind the bars.
      const grid = !axis && (height - 12 - y) % Math.round((height - 36) / 4) === 0 && y < height - 12
      const bar = inBar && y >= top && y < height - 12
      if (bar || axis || grid) {
        const [r, g, b] = axis ? [74, 85, 97] : bar ? colours[index % colours.length]! : [214, 220, 227]
        row[1 + x * 3] = r
        row[2 + x * 3] = g
        row[3 + x * 3] = b
      }
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}
