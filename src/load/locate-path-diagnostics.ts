import type { Diagnostic, PathDiagnostic } from '../diagnostics/index.js'
import type { LoadedPlan } from './types.js'

/** Gives later stages' diagnostics (known by data path) a place in plan.yaml. */
export function locatePathDiagnostics(loaded: LoadedPlan, diagnostics: PathDiagnostic[]): Diagnostic[] {
  return diagnostics.map(({ path, severity, message, ruleId }) => ({
    file: loaded.planFile,
    ...loaded.locate(path),
    severity,
    message,
    ruleId,
  }))
}
