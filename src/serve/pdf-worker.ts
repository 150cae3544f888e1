import { parentPort } from 'node:worker_threads'
import { formatDiagnostic, hasErrors } from '../diagnostics/index.js'
import type { TemplateSet } from '../compose/index.js'
import { loadPlan } from '../load/index.js'
import { buildPlan } from '../pipeline/build-plan.js'
import { loadTemplateSet } from '../templates/load-template-set.js'
import type { PdfJob, PdfReply } from './start-pdf-worker.js'

/*
 * Renders the preview's PDF on its own thread: pdfmake lays out synchronously for a second or
 * more, and on the server's thread that would hold back the next HTML rebuild and the page's
 * reload. This thread lives as long as the server, so pdfmake, the fonts and the compiled
 * templates stay loaded between renders.
 */
let templates: { set: TemplateSet; generation: number } | undefined

parentPort?.on('message', (job: PdfJob) => {
  render(job).then(
    (reply) => parentPort!.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies PdfReply),
  )
})

async function render(job: PdfJob): Promise<PdfReply> {
  // The plan is read again here: a LoadedPlan holds functions and cannot cross threads.
  const loaded = await loadPlan(job.planDir)
  const name = loaded.plan.meta.template
  if (!templates || templates.generation !== job.templatesGeneration || templates.set.name !== name) {
    templates = { set: await loadTemplateSet(name, job.templateRoots), generation: job.templatesGeneration }
  }
  const result = await buildPlan({ loaded, templates: templates.set, formats: ['pdf'], composedFile: job.composedFile })
  const pdf = result.outputs.pdf
  if (hasErrors(result.diagnostics) || !(pdf instanceof Uint8Array)) {
    return { id: job.id, error: result.diagnostics.map(formatDiagnostic).join('\n') || 'no PDF was rendered' }
  }
  // A copy that owns its whole buffer, so it can be transferred rather than cloned.
  return { id: job.id, bytes: new Uint8Array(pdf) }
}
