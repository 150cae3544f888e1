import type { SourcePosition } from './types.js'

/**
 * Characters no plan text needs and that editors cannot see: C0 controls other than tab, line
 * feed and carriage return (Word pastes a manual line break as U+000B and a page break as U+000C),
 * DEL and C1 controls (text decoded as Latin-1 that was Windows-1252), a byte order mark or
 * zero-width no-break space inside the text (left by joining files), and the non-characters
 * U+FFFE/U+FFFF. Fonts have no glyph for them and HTML forbids most of them, so they are refused
 * where the editor can find them, rather than dropped silently in one output and not the other.
 * (A BOM at the very start of a file is removed before this check: see decodeText.)
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g

export interface ControlCharacter {
  position: SourcePosition
  message: string
}

export function findControlCharacter(text: string): ControlCharacter | undefined {
  FORBIDDEN.lastIndex = 0
  const first = FORBIDDEN.exec(text)
  if (!first) return undefined
  const more = (text.match(FORBIDDEN)?.length ?? 1) - 1
  const code = first[0].codePointAt(0)!
  const lineStart = text.lastIndexOf('\n', first.index - 1) + 1
  const line = countLines(text, first.index)
  const also = more > 0 ? ` (and ${more} more in this file)` : ''
  return {
    position: { line, column: first.index - lineStart + 1 },
    message: `invisible character ${unicodeName(code)} in the text${also}: delete it (it usually comes from pasting from another program)`,
  }
}

function countLines(text: string, end: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++
  return line
}

function unicodeName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  const names: Record<number, string> = {
    0x0b: 'vertical tab, a line break pasted from Word',
    0x0c: 'form feed, a page break pasted from Word',
    0x1b: 'escape',
    0x7f: 'delete',
    0xfeff: 'zero-width no-break space / byte order mark',
    0xfffe: 'non-character',
    0xffff: 'non-character',
  }
  const name = names[code] ?? (code >= 0x80 ? 'C1 control character' : 'control character')
  return `${hex} (${name})`
}
