import { formatDiagnostic, keepLines, type Diagnostic } from '../diagnostics/index.js'
import type { PreviewEvent } from './rebuild.js'

/**
 * The terminal's account of a rebuild. Warnings are printed when they differ from the last ones
 * printed, so a plan with a known warning does not repeat it on every save.
 */
export function createEventDescriber(): (event: PreviewEvent) => string[] {
  let lastWarnings = ''
  return (event) => {
    switch (event.type) {
      case 'html': {
        const warnings = event.warnings.map(formatDiagnostic)
        const changed = warnings.join('\n') !== lastWarnings
        lastWarnings = warnings.join('\n')
        return [...(changed ? warnings : []), `HTML ready in ${event.ms} ms (version ${event.version})`]
      }
      case 'pdf':
        return [`PDF ready in ${event.ms} ms`]
      case 'pdf-failed':
        // The message is formatted diagnostics, one a line, or an error's own text.
        return [`PDF failed: ${keepLines(event.message)}`]
      case 'problems':
        lastWarnings = ''
        return [...event.diagnostics.map((d: Diagnostic) => formatDiagnostic(d)), 'not rebuilt: still serving the last good page']
    }
  }
}
