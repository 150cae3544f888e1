import type { Diagnostic } from '../../../diagnostics/index.js'
import { DEFAULT_PDF_STYLE } from './defaults.js'
import type { PdfStyle, PdfStyleSheet } from './types.js'

const COLOUR = /^#[0-9a-f]{6}$/i
/** The sheet comes from JSON the CLI read; it has no file position of its own here. */
const FILE = '<pdf-style>'

/**
 * Merges a template's style sheet over the defaults. The sheet is JSON written by hand, so it is
 * checked against the shape of the defaults rather than trusted: a typo such as `"colour"` or a
 * colour written `"green"` is reported and the default kept, never passed on to pdfmake (which
 * would silently draw black).
 */
export function mergeStyle(sheet: PdfStyleSheet | undefined): { style: PdfStyle; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const style = mergeInto(DEFAULT_PDF_STYLE, sheet ?? {}, [], diagnostics) as PdfStyle
  return { style, diagnostics }
}

function mergeInto(base: unknown, override: unknown, path: string[], diagnostics: Diagnostic[]): unknown {
  if (!isRecord(base)) return base
  if (!isRecord(override)) {
    warn(diagnostics, path, 'must be an object')
    return structuredClone(base)
  }
  const result: Record<string, unknown> = structuredClone(base)
  for (const [key, value] of Object.entries(override)) {
    // A note for the person editing the file, as in JSON Schema; never a setting.
    if (key === '$comment') continue
    const at = [...path, key]
    if (!(key in base)) {
      warn(diagnostics, at, 'is not a PDF style setting')
      continue
    }
    const current = base[key]
    if (isRecord(current)) result[key] = mergeInto(current, value, at, diagnostics)
    else if (accepts(current, value)) result[key] = value
    else warn(diagnostics, at, `must be ${describe(current)}`)
  }
  return result
}

function accepts(current: unknown, value: unknown): boolean {
  if (Array.isArray(current)) {
    return Array.isArray(value) && value.length === current.length && value.every(isLength)
  }
  if (typeof current === 'number') return isLength(value)
  if (typeof current === 'boolean') return typeof value === 'boolean'
  if (typeof current === 'string') return typeof value === 'string' && COLOUR.test(value)
  return false
}

function describe(current: unknown): string {
  if (Array.isArray(current)) return `a list of ${current.length} non-negative numbers`
  if (typeof current === 'number') return 'a non-negative number'
  if (typeof current === 'boolean') return 'true or false'
  return 'a colour written #rrggbb'
}

function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function warn(diagnostics: Diagnostic[], path: string[], message: string): void {
  diagnostics.push({
    file: FILE,
    line: 1,
    column: 1,
    severity: 'warning',
    ruleId: 'pdf-style',
    message: `PDF style "${path.join('.') || '(root)'}" ${message}; the default is used`,
  })
}
