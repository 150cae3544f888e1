import { formatDiagnostic, hasErrors } from '../diagnostics/index.js'
import { buildPlan } from '../pipeline/build-plan.js'
import type { PdfInput } from './rebuild.js'

/** The PDF on the server's own thread: used when no compiled worker file exists (tests from sources). */
export async function renderPdfInProcess({ loaded, templates, composedFile }: PdfInput): Promise<Uint8Array> {
  const result = await buildPlan({ loaded, templates, formats: ['pdf'], composedFile })
  const pdf = result.outputs.pdf
  if (hasErrors(result.diagnostics) || !(pdf instanceof Uint8Array)) {
    throw new Error(result.diagnostics.map(formatDiagnostic).join('\n') || 'no PDF was rendered')
  }
  return pdf
}
