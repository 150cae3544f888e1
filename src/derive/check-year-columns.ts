import type { PathDiagnostic } from '../diagnostics/index.js'
import { parseYearColumn, yearTables, type Plan } from '../model/index.js'

/** Further from the plan's year than this, a year in a heading is most likely a typo (2204). */
const PLAUSIBLE_YEARS = 10

/**
 * Year columns that cannot be right for the plan's year: an outcome of a year that has not
 * happened yet ("Utfall 2025" in a 2024 plan), or a year far from it. Warnings at the heading:
 * the table still prints as written.
 */
export function checkYearColumns(plan: Plan): PathDiagnostic[] {
  const planYear = plan.meta.year
  return yearTables(plan).flatMap((table) =>
    table.columns.flatMap((heading, c): PathDiagnostic[] => {
      const column = parseYearColumn(heading)
      if (!column) return []
      const at = { path: [...table.columnsPath, c], severity: 'warning' as const, ruleId: 'column-year' }
      if (column.kind === 'outcome' && column.year > planYear) {
        return [{ ...at, message: `'${heading}' is an outcome of ${column.year}, after the plan's year ${planYear} (meta.year): is the year right?` }]
      }
      if (Math.abs(column.year - planYear) > PLAUSIBLE_YEARS) {
        return [{ ...at, message: `'${heading}' is ${Math.abs(column.year - planYear)} years from the plan's year ${planYear} (meta.year): is the year right?` }]
      }
      return []
    }),
  )
}
