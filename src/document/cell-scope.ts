import type { RowKind } from './types.js'

export type CellScope = 'col' | 'row' | 'rowgroup'

/**
 * What a table cell heads, the same for the HTML (`th scope`) and the tagged PDF (TH /Scope):
 * the cells of a header row head their columns, the first cell of a body or total row heads its
 * row, the first cell of a group row its group; other cells are data. An empty cell heads
 * nothing, so screen readers never announce a blank header.
 */
export function cellScope(kind: RowKind, column: number, empty: boolean): CellScope | undefined {
  if (empty) return undefined
  if (kind === 'header') return 'col'
  if (column > 0) return undefined
  return kind === 'group' ? 'rowgroup' : 'row'
}
