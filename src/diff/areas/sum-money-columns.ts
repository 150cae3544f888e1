import type { MoneyRow, MoneyTable } from '../../model/index.js'

/**
 * The table's total per column, as the document shows it: the sum of the rows (a group counts
 * through its sub-rows), or the stated total where no row has an amount in that column. The
 * diff reports the total's change once instead of re-deriving it on every row.
 */
export function sumMoneyColumns(table: MoneyTable): (number | null)[] {
  return table.columns.map((_, column) => {
    const sum = sumRows(table.rows, column)
    return sum ?? table.total?.values?.[column] ?? null
  })
}

function sumRows(rows: readonly MoneyRow[], column: number): number | null {
  let sum: number | null = null
  for (const row of rows) {
    const value = row.rows && row.rows.length > 0 ? sumRows(row.rows, column) : (row.values?.[column] ?? null)
    if (value !== null) sum = (sum ?? 0) + value
  }
  // Sums of decimal amounts (19,4 + 95,3 …) carry float noise the reader must not see.
  return sum === null ? null : Math.round(sum * 1e6) / 1e6
}
