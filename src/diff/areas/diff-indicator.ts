import type { Indicator, IndicatorTable, OutcomeValue } from '../../model/index.js'
import { emit, type DiffContext } from '../context.js'
import type { ColumnAlignment } from '../compare/align-columns.js'
import { compareValue, type Address } from '../compare/compare-values.js'
import { reportText } from '../compare/report-pair.js'

const SPLIT_FIELDS: ['total' | 'women' | 'men', string][] = [
  ['total', ''],
  ['women', ', kvinnor'],
  ['men', ', män'],
]

/** One indicator's particulars and its values per column (and per women/men where split). */
export function diffIndicator(
  context: DiffContext,
  at: Address,
  before: Indicator,
  after: Indicator,
  newTable: IndicatorTable,
  columns: ColumnAlignment,
): void {
  emit(context, compareValue(at, 'Kolada-id', before.kolada, after.kolada))
  emit(context, compareValue(at, 'Enhet', before.unit, after.unit))
  emit(context, compareValue(at, 'Önskad riktning', before.direction, after.direction))
  emit(context, compareValue(at, 'Mål', before.target, after.target))
  reportText(context, at, 'Beskrivning', before.description, after.description)
  for (const [o, n] of columns.pairs) {
    const old = split(before.values[o])
    const neu = split(after.values[n])
    for (const [part, suffix] of SPLIT_FIELDS) {
      emit(context, compareValue(at, newTable.columns[n]! + suffix, old[part], neu[part], { unit: after.unit }))
    }
  }
}

/** A plain value is the total; women/men are empty unless the plan splits the value. */
function split(value: OutcomeValue | undefined): Record<'total' | 'women' | 'men', number | null> {
  if (value === undefined || value === null) return { total: null, women: null, men: null }
  if (typeof value === 'number') return { total: value, women: null, men: null }
  return { total: value.total, women: value.women, men: value.men }
}
