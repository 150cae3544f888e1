import { parentPort } from 'node:worker_threads'
import { formatDiagnostic, hasErrors } from '../diagnostics/index.js'
import { loadPlan } from '../load/index.js'
import { buildPlan } from '../pipeline/build-plan.js'
import { createTemplateResolver, type TemplateResolver } from '../pipeline/resolve-templates.js'
import type { PdfJob, PdfReply } from './start-pdf-worker.js'

/*
 * Renders the preview's PDF on its own thread: pdfmake lays out synchronously for a second or
 * more, and on the server's thread that would hold back the next HTML rebuild and the page's
 * reload. This thread lives as long as the server, so pdfmake, the fonts and the compiled
 * templates stay loaded between renders.
 */
let templates: { resolver: TemplateResolver; generation: number } | undefined

parentPort?.on('message', (job: PdfJob) => {
  render(job).then(
    (reply) => parentPort!.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies PdfReply),
  )
})

async function render(job: PdfJob): Promise<PdfReply> {
  // The plan is read again here: a LoadedPlan holds functions and cannot cross threads.
  const loaded = await loadPlan(job.planDir)
  // A new generation means the server saw a template file change: read the templates again.
  if (templates?.generation !== job.templatesGeneration) {
    templates = { resolver: createTemplateResolver(job.templateRoots), generation: job.templatesGeneration }
  }
  const set = await templates.resolver.resolve(loaded)
  const result = await buildPlan({ loaded, templates: set, formats: ['pdf'], composedFile: job.composedFile })
  const pdf = result.outputs.pdf
  if (hasErrors(result.diagnostics) || !(pdf instanceof Uint8Array)) {
    return { id: job.id, error: result.diagnostics.map(formatDiagnostic).join('\n') || 'no PDF was rendered' }
  }
  // A copy that owns its whole buffer, so it can be transferred rather than cloned.
  return { id: job.id, bytes: new Uint8Array(pdf) }
}
