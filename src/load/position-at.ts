import type { SourcePosition } from './types.js'

/** 1-based line and column (UTF-16 code units) of an offset in a text. */
export function positionAt(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}
