import { loadPlan } from '../../src/load/index.js'
import { buildPlan, type Format } from '../../src/pipeline/build-plan.js'
import { resolveTemplates } from '../../src/pipeline/resolve-templates.js'

/** Builds a real plan in-process, as `vplan build` does, and returns the outputs. */
export async function buildSeedPlan(id: string, formats: readonly Format[] = ['pdf', 'html', 'md']) {
  const loaded = await loadPlan(`plans/${id}`)
  const templates = await resolveTemplates(loaded.plan.meta.template)
  const result = await buildPlan({ loaded, templates, formats, composedFile: `out/${id}.md` })
  return { loaded, templates, ...result }
}
