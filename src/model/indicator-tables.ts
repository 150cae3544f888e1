import type { IndicatorTable, Plan } from './schema.js'

export interface PlacedIndicatorTable {
  table: IndicatorTable
  /** The table's data path in plan.yaml, e.g. ['goals', 0, 'boardGoals', 1, 'indicatorTables', 0]. */
  path: (string | number)[]
}

/** Every indicator table of the plan, in document order, with where it is written. */
export function indicatorTablesOf(plan: Plan): PlacedIndicatorTable[] {
  return plan.goals.flatMap((goal, g) => [
    ...goal.indicatorTables.map((table, t) => ({ table, path: ['goals', g, 'indicatorTables', t] })),
    ...goal.boardGoals.flatMap((board, b) => board.indicatorTables.map((table, t) => ({ table, path: ['goals', g, 'boardGoals', b, 'indicatorTables', t] }))),
  ])
}
