import type { PathDiagnostic } from '../diagnostics/index.js'
import type { MoneyRow, MoneyTable, MultiYearBudget } from '../model/index.js'

/**
 * The largest amount a money table may hold, in its own unit. Sums and changes are computed in
 * double precision, which is exact for whole numbers up to 2^53 ≈ 9·10^15; past that a total of
 * correct rows comes out wrong ("1e20" plus a few thousand gives 100000000000000098304). A
 * thousand billion is far beyond any board's budget in kr, tkr or mnkr, and still leaves room for
 * sums and decimals, so a larger figure is a typo (an extra digit group, a pasted exponent).
 */
export const MAX_AMOUNT = 1e12

const LIMIT_TEXT = '1 000 000 000 000'

export function checkMoneyTable(table: MoneyTable, path: (string | number)[]): PathDiagnostic[] {
  const rows = checkRows(table.rows, table.unit, [...path, 'rows'])
  const total = checkValues(table.total?.values, table.unit, [...path, 'total', 'values'])
  return [...rows, ...total]
}

export function checkMultiYear(budget: MultiYearBudget, path: (string | number)[]): PathDiagnostic[] {
  return [
    ...checkValues(budget.net.values, budget.unit, [...path, 'net', 'values']),
    ...checkValues(budget.change.amount, budget.unit, [...path, 'change', 'amount']),
    ...checkValues(budget.change.percent, '%', [...path, 'change', 'percent']),
  ]
}

function checkRows(rows: readonly MoneyRow[], unit: string, path: (string | number)[]): PathDiagnostic[] {
  return rows.flatMap((row, index) => [
    ...checkValues(row.values, unit, [...path, index, 'values']),
    ...(row.rows ? checkRows(row.rows, unit, [...path, index, 'rows']) : []),
  ])
}

function checkValues(values: readonly (number | null)[] | undefined, unit: string, path: (string | number)[]): PathDiagnostic[] {
  return (values ?? []).flatMap((value, index) =>
    value !== null && Math.abs(value) > MAX_AMOUNT
      ? [{
          path: [...path, index],
          severity: 'error' as const,
          ruleId: 'number-too-large',
          message: `${String(value)} ${unit} is larger than any budget figure (at most ${LIMIT_TEXT} ${unit}): check for an extra digit or an exponent such as 1e20`,
        }]
      : [],
  )
}
