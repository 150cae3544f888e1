import { fileURLToPath } from 'node:url'
import { loadPlan } from '../../src/load/index.js'
import { loadTemplateSet } from '../../src/load/load-template-set.js'
import { buildPlan, type Format } from '../../src/pipeline/build-plan.js'

/** Knivsta's 2024 plan with ids on its indicators and ten charts (tests/fixtures/charts/knivsta-diagram). */
export const CHART_PLAN = fileURLToPath(new URL('../fixtures/charts/knivsta-diagram/', import.meta.url))

/** Builds the chart plan in-process, as `vplan build` does. */
export async function buildChartPlan(formats: readonly Format[] = ['pdf', 'html', 'md']) {
  const loaded = await loadPlan(CHART_PLAN)
  const templates = await loadTemplateSet(loaded.plan.meta.template)
  const result = await buildPlan({ loaded, templates, formats, composedFile: 'out/knivsta-diagram.md' })
  return { loaded, templates, ...result }
}
