/**
 * vplan as a library: what the CLI does, for an integrator (a municipality's own publishing
 * job, the bench). Load a plan folder, build it, diff two drafts; errors and problems come as
 * positioned diagnostics. The stages one by one are in `vplan/stages`.
 *
 *   const loaded = await loadPlan('plans/knivsta-sn-2024')
 *   const templates = await resolveTemplates(loaded.plan.meta.template)
 *   const { outputs, diagnostics } = await buildPlan({ loaded, templates, formats: ['pdf'], composedFile: 'out/knivsta-sn-2024.md' })
 */
export { loadPlan, loadPlanAtRevision, templateRoots, type LoadedPlan } from './load/index.js'
export { createTemplateResolver, resolveTemplates, type TemplateResolver } from './pipeline/resolve-templates.js'
export { buildPlan, FORMATS, type BuildRequest, type BuildResult, type Format } from './pipeline/build-plan.js'
export { diffPlans, snapshotOf, renderText as renderDiffText, renderJson as renderDiffJson, renderHtml as renderDiffHtml } from './diff/index.js'
export type { DiffOptions, PlanDiff, PlanSnapshot, Change } from './diff/index.js'
export { formatDiagnostic, hasErrors, VplanError, type Diagnostic, type Severity } from './diagnostics/index.js'
export type { Plan } from './model/index.js'
