import { emit, type DiffContext } from '../context.js'
import type { Area } from '../types.js'
import type { ColumnAlignment } from './align-columns.js'

/** One change per added, removed or relabelled column of a table; rows then compare by label. */
export function reportColumns(
  context: DiffContext,
  area: Area,
  path: string[],
  table: string,
  alignment: ColumnAlignment,
  oldColumns: readonly string[],
  newColumns: readonly string[],
): void {
  const at = { area, key: `${area}:columns`, path }
  for (const n of alignment.added) emit(context, { kind: 'columnAdded', ...at, column: newColumns[n]!, tables: [table] })
  for (const o of alignment.removed) emit(context, { kind: 'columnRemoved', ...at, column: oldColumns[o]!, tables: [table] })
  for (const [o, n] of alignment.renamed) {
    emit(context, { kind: 'columnRenamed', ...at, column: newColumns[n]!, oldColumn: oldColumns[o]!, tables: [table] })
  }
}
