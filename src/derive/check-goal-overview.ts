import type { PathDiagnostic } from '../diagnostics/index.js'
import { goalId, suggestKey, type ChartPart, type Part, type Plan } from '../model/index.js'

// The generated blocks other than a chart (which has options of its own, checked by chart/).
type BlockPart = Exclude<Extract<Part, { block: string }>, ChartPart>

/**
 * What a goalOverview block asks for that the plan does not have, each at the key that asks: a
 * goal in `refs` or an `area` no goal has (errors: the table would silently lack it), and a
 * heading in `headers` for a column the table leaves out (a warning: the heading is not printed).
 * The overview's options on another block do nothing, which is said too.
 */
export function checkGoalOverviews(plan: Plan): PathDiagnostic[] {
  return plan.document.flatMap((part, index) => ('block' in part && part.block !== 'chart' ? checkBlock(plan, part, ['document', index]) : []))
}

function checkBlock(plan: Plan, part: BlockPart, path: (string | number)[]): PathDiagnostic[] {
  if (part.block !== 'goalOverview') {
    return (['refs', 'area', 'headers'] as const).flatMap((key) =>
      part[key] === undefined ? [] : [warning([...path, key], 'option-not-for-block', `${key} is read by block: goalOverview only; block: ${part.block} ignores it`)])
  }
  const ids = plan.goals.map(goalId)
  const areas = [...new Set(plan.goals.flatMap((goal) => (goal.area === undefined ? [] : [goal.area])))]
  const diagnostics: PathDiagnostic[] = []
  part.refs?.forEach((ref, i) => {
    if (!ids.includes(ref)) diagnostics.push(error([...path, 'refs', i], 'unknown-goal-ref', `no goal has the id '${ref}'${didYouMean(ref, ids)}`))
  })
  if (part.area !== undefined && !areas.includes(part.area)) {
    diagnostics.push(error([...path, 'area'], 'unknown-goal-area', `no goal has the area '${part.area}'${didYouMean(part.area, areas)}`))
  }
  const covered = part.refs ? plan.goals.filter((goal) => part.refs!.includes(goalId(goal))) : plan.goals.filter((goal) => part.area === undefined || goal.area === part.area)
  const columns = { area: covered.some((goal) => goal.area !== undefined), goal: true, indicator: covered.some((goal) => goal.indicatorTables.some((table) => table.rows.length > 0)) }
  for (const key of ['area', 'indicator'] as const) {
    if (part.headers?.[key] === undefined || columns[key]) continue
    const why = key === 'area' ? 'none of its goals has an area' : 'none of its goals has an indicator'
    diagnostics.push(warning([...path, 'headers', key], 'header-without-column', `the overview has no ${key} column (${why}), so this heading is not printed`))
  }
  return diagnostics
}

/**
 * An area only one goal has, where every other area has several (or one spelt almost like it
 * has), is most likely a misspelling ("Livsmiljo" beside three goals in "Livsmiljö"): the overview
 * would print it as an area of its own. A warning, not an error: a council may well have an area with one goal.
 */
export function checkRareAreas(plan: Plan): PathDiagnostic[] {
  const counts = new Map<string, number>()
  for (const goal of plan.goals) if (goal.area !== undefined) counts.set(goal.area, (counts.get(goal.area) ?? 0) + 1)
  const often = [...counts].filter(([, count]) => count >= 2).map(([area]) => area)
  if (often.length === 0) return []
  const othersOften = often.length >= counts.size - 1
  return plan.goals.flatMap((goal, index) => {
    if (goal.area === undefined || counts.get(goal.area) !== 1) return []
    // Two areas of one goal each are only suspect when one is spelt almost like an area used often.
    if (!othersOften && suggestKey(goal.area, often) === undefined) return []
    const uses = often.map((area) => `'${area}' (${counts.get(area)})`).join(', ')
    return [warning(['goals', index, 'area'], 'rare-goal-area', `the area '${goal.area}' is used by this goal only, beside ${uses}; is it a typo?${didYouMean(goal.area, often)}`)]
  })
}

function didYouMean(written: string, candidates: readonly string[]): string {
  const near = suggestKey(written, candidates)
  return near === undefined ? '' : ` – did you mean '${near}'?`
}

function error(path: (string | number)[], ruleId: string, message: string): PathDiagnostic {
  return { path, severity: 'error', ruleId, message }
}

function warning(path: (string | number)[], ruleId: string, message: string): PathDiagnostic {
  return { path, severity: 'warning', ruleId, message }
}
