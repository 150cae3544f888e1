/**
 * vplan diff: what changed between two drafts of a plan. The engine (`diffPlans`) is pure and
 * returns a versioned PlanDiff; the report turns it into text, JSON or an HTML page.
 */
type HtmlReport = typeof import('./report/html/render-html.js').renderHtml

export { diffPlans, type DiffOptions } from './diff-plans.js'
export { snapshotOf, narrativesOf, type PlanSnapshot, type NarrativeText } from './snapshot.js'
export { WorkBudget, DEFAULT_LIMITS } from './work-budget.js'
export { renderText } from './report/render-text.js'
export { renderJson } from './report/render-json.js'
export { chooseStyle, PLAIN, COLOURED, type Style } from './report/style.js'
export { listPlanFacts } from './textconv/list-plan-facts.js'
export { readPlanText } from './textconv/read-plan-file.js'
export { diffPlanTexts } from './textconv/diff-plan-texts.js'
export type * from './types.js'

/** The HTML report, loaded only when asked for: its renderer is the largest part of the diff. */
export async function renderHtml(...args: Parameters<HtmlReport>): Promise<string> {
  const { renderHtml: render } = await import('./report/html/render-html.js')
  return render(...args)
}
