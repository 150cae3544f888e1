import type { Indicator, IndicatorTable, MoneyTable, MultiYearBudget, Plan, VolumeRow } from '../model/index.js'
import { parseYearColumn } from '../model/index.js'
import { sumRows } from '../derive/index.js'
import type { ChartSeries } from './types.js'

/** The figures a chart's `of:` names, before the chart's own options apply. */
export interface SeriesSource {
  what: 'indicator' | 'rows' | 'years'
  categoryHeader: string
  categories: string[]
  series: ChartSeries[]
  valueTitle: string
  unit?: string
  /** Indicators only: the target as written (">88%", "NY") and the direction. */
  target?: string
  direction?: string
}

/** A row with figures per column that a chart can follow: an indicator or a volume row. */
type FigureRow = { row: Indicator; table: IndicatorTable } | { row: VolumeRow; columns: string[] }

/** Every indicator and volume row with an id, in document order, for lookup and for suggestions. */
export function listFigureRows(plan: Plan): Map<string, FigureRow> {
  const rows = new Map<string, FigureRow>()
  const addTables = (tables: readonly IndicatorTable[]) => {
    for (const table of tables) for (const row of table.rows) if (row.id && !rows.has(row.id)) rows.set(row.id, { row, table })
  }
  for (const goal of plan.goals) {
    addTables(goal.indicatorTables)
    for (const boardGoal of goal.boardGoals) addTables(boardGoal.indicatorTables)
  }
  for (const group of plan.volumes?.groups ?? []) {
    for (const row of group.rows) if (row.id && !rows.has(row.id)) rows.set(row.id, { row, columns: plan.volumes!.columns })
  }
  return rows
}

/** One indicator (or volume row) over its columns: a total, and women and men where the plan splits it. */
export function indicatorSeries(found: FigureRow): SeriesSource {
  const columns = 'table' in found ? found.table.columns : found.columns
  const cells = found.row.values.slice(0, columns.length)
  const split = cells.some((cell) => cell !== null && typeof cell === 'object' && (cell.women !== null || cell.men !== null))
  const read = (pick: 'total' | 'women' | 'men') =>
    columns.map((_, i) => {
      const cell = cells[i] ?? null
      if (cell === null || typeof cell === 'number') return pick === 'total' ? cell : null
      return cell[pick]
    })
  const unit = found.row.unit ?? unitInName(found.row.name)
  const series: ChartSeries[] = split
    ? [
        { name: 'Totalt', values: read('total') },
        { name: 'Kvinnor', values: read('women') },
        { name: 'Män', values: read('men') },
      ]
    : [{ name: found.row.name, values: read('total') }]
  const indicator = 'table' in found ? found.row : undefined
  return {
    what: 'indicator',
    categoryHeader: columns.every((heading) => parseYearColumn(heading)) ? 'År' : 'Kolumn',
    categories: [...columns],
    // A series with no figure at all (a total the plan leaves out) is no line.
    series: series.filter((s) => s.values.some((value) => value !== null) || series.length === 1),
    valueTitle: unit ?? '',
    ...(unit ? { unit } : {}),
    ...(indicator?.target ? { target: indicator.target } : {}),
    ...(indicator?.direction ? { direction: indicator.direction } : {}),
  }
}

/** "…, andel (%)" → "%": the unit a plan writes into the indicator's name when it has no `unit`. */
function unitInName(name: string): string | undefined {
  return /\((%|‰|kr|tkr|mnkr|st|dagar|timmar)\)\s*$/.exec(name)?.[1]
}

/** A money table's rows in one column: each top-level row, a group by the sum of its rows. */
export function moneyRowSeries(table: MoneyTable, column: number): SeriesSource {
  const values = table.rows.map((row) => (row.rows ? sumRows(row.rows, table.columns.length)[column]! : (row.values?.[column] ?? null)))
  return {
    what: 'rows',
    categoryHeader: table.labelHeader || 'Verksamhet',
    categories: table.rows.map((row) => row.label),
    series: [{ name: table.columns[column]!, values }],
    valueTitle: table.unit,
    unit: table.unit,
  }
}

/** The column a money-table chart shows by default: the last that names the plan's year, else the last. */
export function defaultMoneyColumn(table: MoneyTable, year: number): number {
  const years = table.columns.map((heading) => parseYearColumn(heading)?.year)
  const last = years.lastIndexOf(year)
  return last >= 0 ? last : table.columns.length - 1
}

/** A multi-year budget's net costs, one per year column. */
export function multiYearSeries(budget: MultiYearBudget): SeriesSource {
  return {
    what: 'years',
    categoryHeader: budget.labelHeader || 'År',
    categories: [...budget.columns],
    series: [{ name: budget.net.label, values: budget.columns.map((_, i) => budget.net.values[i] ?? null) }],
    valueTitle: budget.unit,
    unit: budget.unit,
  }
}
