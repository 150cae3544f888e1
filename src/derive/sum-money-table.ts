import type { PathDiagnostic } from '../diagnostics/index.js'
import type { MoneyRow, MoneyTable } from '../model/index.js'
import { agree, decimalsOf } from './decimals.js'
import { formatForMessage } from './format-for-message.js'

export type Totals = (number | null)[]

/**
 * Column totals over the leaf rows; a column with no figure at all stays empty. The one sum of a
 * money table: the document prints it, the checks compare stated totals with it, and the diff
 * reports its change.
 */
export function sumRows(rows: readonly MoneyRow[], columns: number): Totals {
  const totals: Totals = Array.from({ length: columns }, () => null)
  for (const row of leafRows(rows)) {
    row.values?.forEach((value, column) => {
      if (value !== null && column < columns) totals[column] = (totals[column] ?? 0) + value
    })
  }
  // Sums of decimal amounts (19,4 + 95,3 …) carry float noise that no reader may see.
  return totals.map((sum) => (sum === null ? null : Math.round(sum * 1e6) / 1e6))
}

/** A money table's totals as the document prints them in its Summa row. */
export function moneyTotals(table: MoneyTable): Totals {
  return sumRows(table.rows, table.columns.length)
}

export function leafRows(rows: readonly MoneyRow[]): MoneyRow[] {
  return rows.flatMap((row) => (row.rows ? leafRows(row.rows) : [row]))
}

/**
 * Totals of a money table, with a warning wherever the plan states a total or a group subtotal
 * that the rows do not add up to, and an error where a row has the wrong number of cells.
 */
export function sumMoneyTable(table: MoneyTable, path: (string | number)[]): { totals: Totals; diagnostics: PathDiagnostic[] } {
  const columns = table.columns.length
  const diagnostics: PathDiagnostic[] = [
    ...checkWidths(table.rows, columns, [...path, 'rows']),
    ...checkSubtotals(table, table.rows, [...path, 'rows']),
  ]
  const totals = moneyTotals(table)
  const stated = table.total?.values
  if (stated) diagnostics.push(...compareStated(table, totals, stated, [...path, 'total', 'values'], 'total-mismatch', 'total'))
  return { totals, diagnostics }
}

function checkWidths(rows: readonly MoneyRow[], columns: number, path: (string | number)[]): PathDiagnostic[] {
  return rows.flatMap((row, index) => {
    const here = [...path, index]
    const own: PathDiagnostic[] =
      row.values && row.values.length !== columns
        ? [{ path: [...here, 'values'], severity: 'error', ruleId: 'column-count', message: `row '${row.label}' has ${row.values.length} values but the table has ${columns} columns` }]
        : []
    return [...own, ...(row.rows ? checkWidths(row.rows, columns, [...here, 'rows']) : [])]
  })
}

function checkSubtotals(table: MoneyTable, rows: readonly MoneyRow[], path: (string | number)[]): PathDiagnostic[] {
  return rows.flatMap((row, index) => {
    if (!row.rows) return []
    const here = [...path, index]
    const nested = checkSubtotals(table, row.rows, [...here, 'rows'])
    if (!row.values) return nested
    const subtotal = sumRows(row.rows, table.columns.length)
    return [...compareStated(table, subtotal, row.values, [...here, 'values'], 'subtotal-mismatch', `subtotal of '${row.label}'`), ...nested]
  })
}

function compareStated(
  table: MoneyTable,
  derived: Totals,
  stated: readonly (number | null)[],
  path: (string | number)[],
  ruleId: string,
  what: string,
): PathDiagnostic[] {
  const decimals = decimalsOf(table.unit)
  return stated.flatMap((value, column) => {
    const sum = derived[column] ?? null
    if (value === null || sum === null || agree(sum, value, decimals)) return []
    return [{
      path: [...path, column],
      severity: 'warning' as const,
      ruleId,
      message: `stated ${what} for '${table.columns[column]}' is ${formatForMessage(value, decimals)} ${table.unit} but the rows add up to ${formatForMessage(sum, decimals)} ${table.unit}`,
    }]
  })
}
