import { parse as parseTolerant, type ParseError } from 'jsonc-parser'
import { diagnosticAt, VplanError } from '../diagnostics/index.js'
import type { SourcePosition } from './types.js'

/**
 * JSON.parse for a file the user can edit (a template's template.json or pdf-style.json): broken
 * JSON is an input error with one diagnostic at the line and column where it stops being JSON.
 * V8's own message gives no position for some errors, so jsonc-parser (strict: no comments, no
 * trailing commas) finds it.
 */
export function parseJson(text: string, file: string, ruleId = 'json-syntax'): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = (error as Error).message
    const errors: ParseError[] = []
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    const at = positionAt(text, first?.offset ?? text.length)
    throw new VplanError('input', `${file}: not valid JSON: ${detail}`, [
      diagnosticAt(file, at, 'error', ruleId, `not valid JSON: ${detail}`),
    ])
  }
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionAt(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}
