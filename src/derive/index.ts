import type { PathDiagnostic } from '../diagnostics/index.js'
import type { Plan } from '../model/index.js'
import { deriveMultiYear, type MultiYearChanges } from './derive-multi-year.js'
import { sumMoneyTable, type Totals } from './sum-money-table.js'

export type { Totals } from './sum-money-table.js'
export type { MultiYearChanges } from './derive-multi-year.js'
export { decimalsOf, roundTo } from './decimals.js'
export { leafRows } from './sum-money-table.js'

/** The figures vplan computes rather than trusts: totals and change rows. */
export interface DerivedFigures {
  operating?: Totals
  byResponsibility?: Totals
  investments?: Totals
  multiYear?: MultiYearChanges
}

export function derivePlan(plan: Plan): { derived: DerivedFigures; diagnostics: PathDiagnostic[] } {
  const derived: DerivedFigures = {}
  const diagnostics: PathDiagnostic[] = []
  const money = [
    ['operating', plan.budget.operating, ['budget', 'operating']],
    ['byResponsibility', plan.budget.byResponsibility, ['budget', 'byResponsibility']],
    ['investments', plan.investments, ['investments']],
  ] as const
  for (const [key, table, path] of money) {
    if (!table) continue
    const result = sumMoneyTable(table, [...path])
    derived[key] = result.totals
    diagnostics.push(...result.diagnostics)
  }
  if (plan.budget.multiYear) {
    const result = deriveMultiYear(plan.budget.multiYear, ['budget', 'multiYear'])
    derived.multiYear = result.changes
    diagnostics.push(...result.diagnostics)
  }
  return { derived, diagnostics }
}
