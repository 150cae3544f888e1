import { derivePlan } from '../../src/derive/index.js'
import { composeDocument } from '../../src/compose/index.js'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'

/** Loads a real plan from plans/<id> and composes it, as `vplan build` does before rendering. */
export async function composeSeedPlan(id: string) {
  const loaded = await loadPlan(`plans/${id}`)
  const { derived, diagnostics } = derivePlan(loaded.plan)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const composed = composeDocument({ plan: loaded.plan, narratives: loaded.narratives, derived, templates, composedFile: `out/${id}.md` })
  return { loaded, derived, deriveDiagnostics: diagnostics, templates, composed }
}
