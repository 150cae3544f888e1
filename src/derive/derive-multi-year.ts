import type { PathDiagnostic } from '../diagnostics/index.js'
import type { MultiYearBudget } from '../model/index.js'
import { agree, decimalsOf } from './decimals.js'
import { formatForMessage } from './format-for-message.js'

export interface MultiYearChanges {
  /** Change from the previous column, in the table's unit; the first column's only when stated. */
  amount: (number | null)[]
  /** The same change in per cent of the previous column. */
  percent: (number | null)[]
}

/**
 * Change rows of a multi-year budget. Every column but the first is derived from its neighbour;
 * the first can only be stated (the year before is not in the table). Stated figures that
 * disagree with the derived ones are warnings at the stated value.
 */
export function deriveMultiYear(budget: MultiYearBudget, path: (string | number)[]): { changes: MultiYearChanges; diagnostics: PathDiagnostic[] } {
  const net = budget.net.values
  const stated = budget.change
  const amount = net.map((value, i) => (i === 0 ? (stated.amount?.[0] ?? null) : difference(net[i - 1], value)))
  const percent = net.map((value, i) =>
    i === 0 ? (stated.percent?.[0] ?? null) : ratio(amount[i] ?? null, net[i - 1] ?? null),
  )
  const diagnostics: PathDiagnostic[] = []
  if (net.length !== budget.columns.length) {
    diagnostics.push({ path: [...path, 'net', 'values'], severity: 'error', ruleId: 'column-count', message: `'${budget.net.label}' has ${net.length} values but the table has ${budget.columns.length} columns` })
  }
  diagnostics.push(
    ...compare(budget, amount, stated.amount, decimalsOf(budget.unit), budget.unit, [...path, 'change', 'amount']),
    ...compare(budget, percent, stated.percent, decimalsOf('%'), '%', [...path, 'change', 'percent']),
  )
  return { changes: { amount, percent }, diagnostics }
}

function difference(previous: number | null | undefined, value: number | null): number | null {
  return previous == null || value === null ? null : value - previous
}

function ratio(change: number | null, previous: number | null): number | null {
  return change === null || previous === null || previous === 0 ? null : (change / previous) * 100
}

function compare(
  budget: MultiYearBudget,
  derived: (number | null)[],
  stated: (number | null)[] | undefined,
  decimals: number,
  unit: string,
  path: (string | number)[],
): PathDiagnostic[] {
  return (stated ?? []).flatMap((value, column) => {
    const computed = derived[column] ?? null
    if (column === 0 || value === null || computed === null || agree(computed, value, decimals)) return []
    return [{
      path: [...path, column],
      severity: 'warning' as const,
      ruleId: 'change-mismatch',
      message: `stated change for '${budget.columns[column]}' is ${formatForMessage(value, decimals)} ${unit} but the net figures give ${formatForMessage(computed, decimals)} ${unit}`,
    }]
  })
}
