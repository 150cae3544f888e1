import type { MoneyRow } from '../../model/index.js'
import { normalizeLabel } from '../match/normalize-label.js'

export interface FlatRow {
  row: MoneyRow
  /** Index of the group row in the flat list, -1 at the top. */
  parent: number
  /** Normalised labels of the sub-rows (empty for a plain row). */
  children: string[]
}

/** Grouped rows in document (pre-)order, each knowing its group: the shape `matchTree` takes. */
export function flattenMoneyRows(rows: readonly MoneyRow[]): FlatRow[] {
  const flat: FlatRow[] = []
  const visit = (list: readonly MoneyRow[], parent: number): void => {
    for (const row of list) {
      const index = flat.length
      flat.push({ row, parent, children: (row.rows ?? []).map((child) => normalizeLabel(child.label)) })
      if (row.rows) visit(row.rows, index)
    }
  }
  visit(rows, -1)
  return flat
}
