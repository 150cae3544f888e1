import type { RowKind } from './types.js'

export type CellScope = 'col' | 'row' | 'rowgroup'

/**
 * What a table cell heads, the same for the HTML (`th scope`) and the tagged PDF (TH /Scope):
 * the cells of a header row head their columns, the cells of a body or total row in the table's
 * header columns (the first, or as many as `header-columns` says) head their row, the first cell
 * of a group row its group; other cells are data. An empty cell heads nothing, so screen readers
 * never announce a blank header.
 */
export function cellScope(kind: RowKind, column: number, empty: boolean, headerColumns = 1): CellScope | undefined {
  if (empty) return undefined
  if (kind === 'header') return 'col'
  if (column >= (kind === 'group' ? 1 : headerColumns)) return undefined
  return kind === 'group' ? 'rowgroup' : 'row'
}
