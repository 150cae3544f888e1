import type { MultiYearBudget } from '../../model/index.js'
import type { Area } from '../types.js'
import { AREA_LABELS, UNIT_FACTORS } from '../area-labels.js'
import { emit, type DiffContext } from '../context.js'
import { alignColumns } from '../compare/align-columns.js'
import { compareValue } from '../compare/compare-values.js'
import { reportColumns } from '../compare/report-columns.js'
import { reportText } from '../compare/report-pair.js'
import { displayLabel } from '../match/normalize-label.js'
import { reportWholeTable } from './address-rows.js'

type Cells = readonly (number | null)[] | undefined

/**
 * The multi-year budget: net costs per year, and the change rows as far as the plan states
 * them (the first year's change cannot be derived, so stated changes are data).
 */
export function diffMultiYear(context: DiffContext, before: MultiYearBudget | undefined, after: MultiYearBudget | undefined): void {
  const area: Area = 'multiYear'
  const label = AREA_LABELS[area]
  if (!before || !after) return reportWholeTable(context, area, before?.caption ?? after?.caption, before, after)
  const table = { area, key: `${area}:table`, path: [label] }
  reportText(context, table, 'Rubrik', before.caption, after.caption)
  emit(context, compareValue(table, 'Enhet', before.unit, after.unit))
  const columns = alignColumns(before.columns, after.columns)
  reportColumns(context, area, [label], label, columns, before.columns, after.columns)
  const scale = (UNIT_FACTORS[before.unit] ?? 1) / (UNIT_FACTORS[after.unit] ?? 1)
  const rows: [string, string, string, Cells, Cells, number, string][] = [
    ['net', before.net.label, after.net.label, before.net.values, after.net.values, scale, after.unit],
    ['change-amount', before.change.amountLabel, after.change.amountLabel, before.change.amount, after.change.amount, scale, after.unit],
    ['change-percent', before.change.percentLabel, after.change.percentLabel, before.change.percent, after.change.percent, 1, '%'],
  ]
  for (const [key, oldLabel, newLabel, oldValues, newValues, factor, unit] of rows) {
    const at = { area, key: `${area}:${key}`, path: [label, displayLabel(newLabel)] }
    if (displayLabel(oldLabel) !== displayLabel(newLabel)) {
      emit(context, { kind: 'renamed', ...at, old: displayLabel(oldLabel), new: displayLabel(newLabel), parts: null })
    }
    for (const [o, n] of columns.pairs) {
      const old = oldValues?.[o] ?? null
      emit(context, compareValue(at, after.columns[n]!, old === null ? null : old * factor, newValues?.[n], { unit }))
    }
  }
}
