/**
 * vplan diff: what changed between two drafts of a plan. The engine (`diffPlans`) is pure and
 * returns a versioned PlanDiff; the renderers turn it into text or JSON here, and into the HTML
 * report from `./render/html/render-html.js` (kept out of this entry: it is the heaviest part).
 */
export { diffPlans, type DiffOptions } from './diff-plans.js'
export { snapshotOf, narrativesOf, type PlanSnapshot, type NarrativeText } from './snapshot.js'
export { WorkBudget, DEFAULT_LIMITS } from './work-budget.js'
export { renderText } from './render/render-text.js'
export { renderJson } from './render/render-json.js'
export { chooseStyle, PLAIN, COLOURED, type Style } from './render/style.js'
export type * from './types.js'
