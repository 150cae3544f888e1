import path from 'node:path'
import { parseDocument, type PlanDocument } from '../../../src/document/index.js'
import { loadPlan } from '../../../src/load/index.js'
import { buildPlan } from '../../../src/pipeline/build-plan.js'
import { loadTemplateSet } from '../../../src/load/load-template-set.js'
import type { PdfStyleSheet } from '../../../src/render/pdf/index.js'

export const PLAN_DIRS = ['plans/knivsta-sn-2024', 'plans/danderyd-sn-2024']

/** A real plan composed as `vplan build` composes it, ready for the PDF renderer. */
export async function composedPlan(dir: string): Promise<{ doc: PlanDocument; style: PdfStyleSheet }> {
  const loaded = await loadPlan(path.resolve(dir))
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const built = await buildPlan({ loaded, templates, formats: ['md'], composedFile: `out/${loaded.id}.md` })
  const markdown = built.outputs.md
  if (typeof markdown !== 'string') throw new Error(`${dir} did not compose: ${JSON.stringify(built.diagnostics)}`)
  return { doc: parseDocument(markdown, loaded.plan.meta, templates.layout), style: templates.pdfStyle as PdfStyleSheet }
}
