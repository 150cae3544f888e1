import type { Node } from 'unist'
import { diagnosticAt, type Diagnostic, type Severity } from '../../diagnostics/index.js'
import type { PlanDocument } from '../../document/index.js'

/** Reports a problem at an mdast node; the renderer keeps going. */
export type Report = (node: Node | undefined, ruleId: string, message: string, severity?: Severity) => void

/**
 * Positions point into the composed document; `doc.origin` maps them back to the narrative file,
 * plan.yaml or template the text came from, which is what an editor can act on.
 */
export function createReporter(doc: PlanDocument): { report: Report; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const report: Report = (node, ruleId, message, severity = 'warning') => {
    const start = node?.position?.start
    if (doc.origin && start) {
      const at = doc.origin(start.line, start.column)
      diagnostics.push({ file: at.file, line: at.line, column: at.column, severity, ruleId, message })
    } else {
      diagnostics.push(diagnosticAt('<document>', start, severity, ruleId, message))
    }
  }
  return { report, diagnostics }
}

/** A short, one-line quote of offending input for a message. */
export function quote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
