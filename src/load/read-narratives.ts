import path from 'node:path'
import { diagnosticAt, type Diagnostic } from '../diagnostics/index.js'
import { isPlainObject } from './choose-union-option.js'
import { checkMarkdown } from './check-markdown.js'
import { decodeText } from './decode-text.js'
import { findControlCharacter } from './find-control-character.js'
import { formatBytes, MAX_FILE_BYTES } from './limits.js'
import { escapesByName } from './path-escape.js'
import { readPlanFile } from './read-plan-file.js'
import type { DataPath, Narrative, PlanReader, SourcePosition } from './types.js'

export interface NarrativeSource {
  reader: PlanReader
  planFile: string
  /** Display path of the plan folder, to name Markdown files in messages. */
  displayDir: string
  locate(path: DataPath): SourcePosition
}

/**
 * Reads the Markdown files named by `document: - file:` entries. Works on the raw data, before or
 * without schema validation, so a broken budget does not hide a missing chapter file. A reference
 * that leaves the plan folder is refused before anything is read.
 */
export async function readNarratives(data: unknown, source: NarrativeSource) {
  const narratives = new Map<string, Narrative>()
  const diagnostics: Diagnostic[] = []
  const parts = isPlainObject(data) && Array.isArray(data.document) ? (data.document as unknown[]) : []
  for (const [index, part] of parts.entries()) {
    const reference = isPlainObject(part) ? part.file : undefined
    if (typeof reference !== 'string' || reference === '' || narratives.has(reference)) continue
    const at = source.locate(['document', index, 'file'])
    const problem = (ruleId: string, message: string) => diagnostics.push(diagnosticAt(source.planFile, at, 'error', ruleId, message))
    if (escapesByName(reference)) {
      problem('path-escape', escapeMessage(reference))
      continue
    }
    const read = await readPlanFile(source.reader, reference)
    if (read.kind === 'escape') problem('path-escape', escapeMessage(reference))
    if (read.kind === 'missing') problem('missing-file', `file not found: '${reference}' (paths are relative to the plan folder)`)
    if (read.kind === 'unreadable') problem('unreadable-file', `cannot read '${reference}' (${read.reason})`)
    const file = path.join(source.displayDir, reference)
    if (read.kind === 'too-large') {
      // Refused unread: see limits.ts for why a bound, and why this one.
      diagnostics.push(diagnosticAt(file, { line: 1, column: 1 }, 'error', 'file-too-large', tooLargeMessage(read.size)))
      continue
    }
    if (read.kind !== 'ok') continue
    const decoded = decodeText(read.bytes)
    if (!decoded.ok) {
      diagnostics.push(diagnosticAt(file, decoded.position, 'error', decoded.ruleId, decoded.message))
      continue
    }
    const control = findControlCharacter(decoded.text)
    if (control) {
      diagnostics.push(diagnosticAt(file, control.position, 'error', 'control-character', control.message))
      continue
    }
    const markdown = checkMarkdown(decoded.text)
    diagnostics.push(...markdown.map((p) => diagnosticAt(file, p.position, 'error', p.ruleId, p.message)))
    if (markdown.length > 0) continue
    narratives.set(reference, { file, text: decoded.text })
  }
  return { narratives, diagnostics }
}

export function tooLargeMessage(size: number): string {
  return `the file is ${formatBytes(size)}; vplan reads files of at most ${formatBytes(MAX_FILE_BYTES)} (about 150 pages of text): split it into chapters, or check that it is the right file (it was not read)`
}

function escapeMessage(reference: string): string {
  return `'${reference}' points outside the plan folder; Markdown files must lie inside it (the file was not read)`
}
