import { parse as parseTolerant, type ParseError } from 'jsonc-parser'
import { diagnosticAt, VplanError } from '../diagnostics/index.js'
import { positionAt } from './position-at.js'

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
