import type { Change, ColumnChange } from './types.js'

/**
 * A new year usually reaches every indicator table at once; one change per area and column
 * says so, listing the tables, instead of one per table.
 */
export function mergeColumnChanges(changes: readonly Change[]): Change[] {
  const first = new Map<string, ColumnChange>()
  const merged: Change[] = []
  for (const change of changes) {
    if (change.kind !== 'columnAdded' && change.kind !== 'columnRemoved' && change.kind !== 'columnRenamed') {
      merged.push(change)
      continue
    }
    const id = [change.area, change.kind, change.column, change.oldColumn ?? ''].join('\0')
    const earlier = first.get(id)
    if (earlier) {
      for (const table of change.tables) if (!earlier.tables.includes(table)) earlier.tables.push(table)
      continue
    }
    const copy = { ...change, tables: [...change.tables] }
    first.set(id, copy)
    merged.push(copy)
  }
  return merged
}
