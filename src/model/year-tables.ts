import type { MoneyRow, Plan } from './schema.js'

type DataPath = (string | number)[]

/**
 * A table whose columns may name years, with every list of values that follows its columns
 * (rows, stated totals). The check of year columns and the roll forward to next year walk the
 * plan's tables through this one list.
 */
export interface ColumnTable {
  columnsPath: DataPath
  columns: readonly string[]
  valuePaths: DataPath[]
}

export function yearTables(plan: Plan): ColumnTable[] {
  const tables: ColumnTable[] = []
  plan.goals.forEach((goal, g) => {
    const indicatorTables = (base: DataPath, list: typeof goal.indicatorTables) =>
      list.forEach((table, t) =>
        tables.push({
          columnsPath: [...base, 'indicatorTables', t, 'columns'],
          columns: table.columns,
          valuePaths: table.rows.map((_, r) => [...base, 'indicatorTables', t, 'rows', r, 'values']),
        }),
      )
    indicatorTables(['goals', g], goal.indicatorTables)
    goal.boardGoals.forEach((board, b) => indicatorTables(['goals', g, 'boardGoals', b], board.indicatorTables))
  })
  const money = [
    [plan.budget.operating, ['budget', 'operating']],
    [plan.budget.byResponsibility, ['budget', 'byResponsibility']],
    [plan.investments, ['investments']],
  ] as const
  for (const [table, base] of money) {
    if (!table) continue
    const valuePaths = moneyRowPaths(table.rows, [...base, 'rows'])
    if (table.total?.values) valuePaths.push([...base, 'total', 'values'])
    tables.push({ columnsPath: [...base, 'columns'], columns: table.columns, valuePaths })
  }
  const multiYear = plan.budget.multiYear
  if (multiYear) {
    const base = ['budget', 'multiYear']
    const valuePaths: DataPath[] = [[...base, 'net', 'values']]
    if (multiYear.change.amount) valuePaths.push([...base, 'change', 'amount'])
    if (multiYear.change.percent) valuePaths.push([...base, 'change', 'percent'])
    tables.push({ columnsPath: [...base, 'columns'], columns: multiYear.columns, valuePaths })
  }
  if (plan.volumes) {
    const valuePaths = plan.volumes.groups.flatMap((group, g) => group.rows.map((_, r) => ['volumes', 'groups', g, 'rows', r, 'values']))
    tables.push({ columnsPath: ['volumes', 'columns'], columns: plan.volumes.columns, valuePaths })
  }
  return tables
}

function moneyRowPaths(rows: readonly MoneyRow[], base: DataPath): DataPath[] {
  return rows.flatMap((row, r) => [
    ...(row.values ? [[...base, r, 'values']] : []),
    ...(row.rows ? moneyRowPaths(row.rows, [...base, r, 'rows']) : []),
  ])
}
