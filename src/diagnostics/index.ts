/**
 * Problems are messages with a position, a rule id and a severity, in the spirit of vfile's
 * messages. Stages return them; only the CLI decides what they mean for the exit code.
 */
import { oneLine } from './one-line.js'

export { keepLines, oneLine } from './one-line.js'

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  /** Path of the file the problem is in, relative to the working directory where possible. */
  file: string
  /** 1-based line and column in that file. */
  line: number
  column: number
  severity: Severity
  message: string
  /** Stable id of the check, e.g. `yaml-syntax`, `unknown-key`, `total-mismatch`. */
  ruleId: string
}

/** A problem known by its data path (e.g. ['budget','operating','total','values',1]) before it is located in the YAML source. */
export interface PathDiagnostic {
  path: (string | number)[]
  severity: Severity
  message: string
  ruleId: string
}

/**
 * One diagnostic, one line: `file:line:column: severity: message [rule]`. Tools (editors' problem
 * matchers, CI logs) read these line by line, so what a plan can put into the file name or the
 * message (a quoted path or link with a newline or an escape sequence in it) is escaped here, once,
 * for every command; a plan can neither forge a second diagnostic nor drive the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${oneLine(d.file)}:${d.line}:${d.column}: ${d.severity}: ${oneLine(d.message)} [${oneLine(d.ruleId)}]`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Exit codes of the CLI contract (DESIGN.md). */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 2 } as const

/**
 * The one error class: thrown by library code when it cannot go on. `input` errors are the user's
 * (bad plan, template), `usage` errors are wrong CLI calls, `environment` errors are the machine's
 * (read-only out dir, disk full). The CLI alone maps them to exit codes.
 */
export class VplanError extends Error {
  constructor(
    readonly kind: 'input' | 'usage' | 'environment',
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message)
    this.name = 'VplanError'
  }

  get exitCode(): number {
    return this.kind === 'input' ? EXIT.input : EXIT.usage
  }
}

export function diagnosticAt(
  file: string,
  position: { line: number; column: number } | undefined,
  severity: Severity,
  ruleId: string,
  message: string,
): Diagnostic {
  return { file, line: position?.line ?? 1, column: position?.column ?? 1, severity, ruleId, message }
}
