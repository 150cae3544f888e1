import type { PathDiagnostic } from '../diagnostics/index.js'
import type { Plan } from '../model/index.js'
import { checkMoneyTable, checkMultiYear } from './check-magnitudes.js'
import { checkGoalOverviews, checkRareAreas } from './check-goal-overview.js'
import { checkSubtitle } from './check-subtitle.js'
import { checkYearColumns } from './check-year-columns.js'
import { deriveMultiYear, type MultiYearChanges } from './derive-multi-year.js'
import { sumMoneyTable, type Totals } from './sum-money-table.js'

export type { Totals } from './sum-money-table.js'
export type { MultiYearChanges } from './derive-multi-year.js'
export { decimalsOf, roundTo } from './decimals.js'
export { leafRows, moneyTotals, sumRows } from './sum-money-table.js'

/** The figures vplan computes rather than trusts: totals and change rows. */
export interface DerivedFigures {
  operating?: Totals
  byResponsibility?: Totals
  investments?: Totals
  multiYear?: MultiYearChanges
}

export function derivePlan(plan: Plan): { derived: DerivedFigures; diagnostics: PathDiagnostic[] } {
  const derived: DerivedFigures = {}
  const diagnostics: PathDiagnostic[] = [...checkSubtitle(plan.meta), ...checkYearColumns(plan), ...checkGoalOverviews(plan), ...checkRareAreas(plan)]
  const money = [
    ['operating', plan.budget.operating, ['budget', 'operating']],
    ['byResponsibility', plan.budget.byResponsibility, ['budget', 'byResponsibility']],
    ['investments', plan.investments, ['investments']],
  ] as const
  for (const [key, table, path] of money) {
    if (!table) continue
    // Figures too large to add up exactly are errors; the totals are then not worth comparing.
    const tooLarge = checkMoneyTable(table, [...path])
    diagnostics.push(...tooLarge)
    if (tooLarge.length > 0) continue
    const result = sumMoneyTable(table, [...path])
    derived[key] = result.totals
    diagnostics.push(...result.diagnostics)
  }
  const multiYearTooLarge = plan.budget.multiYear ? checkMultiYear(plan.budget.multiYear, ['budget', 'multiYear']) : []
  diagnostics.push(...multiYearTooLarge)
  if (plan.budget.multiYear && multiYearTooLarge.length === 0) {
    const result = deriveMultiYear(plan.budget.multiYear, ['budget', 'multiYear'])
    derived.multiYear = result.changes
    diagnostics.push(...result.diagnostics)
  }
  return { derived, diagnostics }
}
