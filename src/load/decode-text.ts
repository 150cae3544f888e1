import type { SourcePosition } from './types.js'

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; ruleId: 'binary-file' | 'not-utf8'; message: string; position: SourcePosition }

const BOM = '\uFEFF'

/**
 * Turns file bytes into text, or says why they are not text. A NUL byte means a binary file
 * (a PDF or Word file saved under the wrong name) and is checked first because NUL is valid UTF-8.
 * Invalid UTF-8 usually means a file saved as Windows-1252 ("Ã¥" instead of "å"): we point at the
 * first bad byte rather than guessing an encoding. A BOM (Notepad) is harmless and removed.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return {
      ok: false,
      ruleId: 'binary-file',
      message: 'this is a binary file, not text (it contains NUL bytes)',
      position: positionOfByte(bytes, nul),
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text }
  } catch {
    const bad = firstInvalidUtf8Byte(bytes)
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      ruleId: 'not-utf8',
      message: `the file is not UTF-8 (byte 0x${hex}); save it as UTF-8`,
      position: positionOfByte(bytes, bad),
    }
  }
}

/** Line and column of a byte, counting columns in UTF-16 units of the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): SourcePosition {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1
  const line = countByte(bytes, 0x0a, offset) + 1
  const before = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(lineStart, offset))
  return { line, column: before.length + 1 }
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let count = 0
  for (let i = 0; i < end; i++) if (bytes[i] === byte) count++
  return count
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) return i
    i += length
  }
  return bytes.length
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!
  if (b0 < 0x80) return 1
  // [min, max] of the second byte for each lead byte range excludes overlongs and surrogates.
  const forms: [number, number, number, number, number][] = [
    [0xc2, 0xdf, 0x80, 0xbf, 2],
    [0xe0, 0xe0, 0xa0, 0xbf, 3],
    [0xe1, 0xec, 0x80, 0xbf, 3],
    [0xed, 0xed, 0x80, 0x9f, 3],
    [0xee, 0xef, 0x80, 0xbf, 3],
    [0xf0, 0xf0, 0x90, 0xbf, 4],
    [0xf1, 0xf3, 0x80, 0xbf, 4],
    [0xf4, 0xf4, 0x80, 0x8f, 4],
  ]
  const form = forms.find(([lo, hi]) => b0 >= lo && b0 <= hi)
  if (!form) return 0
  const [, , secondMin, secondMax, length] = form
  const b1 = bytes[i + 1]
  if (b1 === undefined || b1 < secondMin || b1 > secondMax) return 0
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k]
    if (b === undefined || b < 0x80 || b > 0xbf) return 0
  }
  return length
}
