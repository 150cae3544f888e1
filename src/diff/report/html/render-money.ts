import { h } from 'hastscript'
import type { Element } from 'hast'
import { moneyTotals } from '../../../derive/index.js'
import type { MoneyTable, MultiYearBudget } from '../../../model/index.js'
import { AREA_LABELS } from '../../area-labels.js'
import { rowInputs } from '../../areas/diff-money-table.js'
import { buildNodes } from '../../match/build-nodes.js'
import type { Area } from '../../types.js'
import type { ChangeIndex } from './change-index.js'
import { keyedRow, removedColumnNotes, removedRows, renderTable, type TableRow } from './render-table.js'

/** A money table of the new draft, every row, with changed cells, renamed, moved, added and removed rows marked. */
export function renderMoneyTable(index: ChangeIndex, area: Area, table: MoneyTable): Element {
  const label = AREA_LABELS[area]
  const nodes = buildNodes(rowInputs(table.rows, [], 1))
  const rows: TableRow[] = nodes.map((node) => {
    const isGroup = (node.item.rows?.length ?? 0) > 0
    const row = keyedRow(index, `${area}:${node.key}`, node.label, table.columns, node.item.values ?? undefined)
    return { ...row, ...(isGroup && !node.item.values ? { kind: 'group' as const } : {}), indent: node.parent === -1 ? 0 : 1 }
  })
  rows.push(...removedRows(index, area, table.columns))
  const total = keyedRow(index, `${area}:total`, table.total?.label ?? 'Summa', table.columns, moneyTotals(table))
  rows.push({ ...total, kind: 'total', state: total.state })
  return renderTable({
    caption: captionWithUnit(table.caption ?? label, table.unit),
    labelHeader: table.labelHeader,
    columns: table.columns.map((column) => ({ label: column, added: isAddedColumn(index, area, column) })),
    rows,
    notes: removedColumnNotes(index, area, label),
  })
}

/** The multi-year budget: net costs and the stated change rows per year. */
export function renderMultiYear(index: ChangeIndex, table: MultiYearBudget): Element {
  const area = 'multiYear'
  const rows: TableRow[] = [
    keyedRow(index, `${area}:net`, table.net.label, table.columns, table.net.values),
    keyedRow(index, `${area}:change-amount`, table.change.amountLabel, table.columns, table.change.amount),
    keyedRow(index, `${area}:change-percent`, table.change.percentLabel, table.columns, table.change.percent),
  ]
  return renderTable({
    caption: captionWithUnit(table.caption ?? AREA_LABELS[area], table.unit),
    labelHeader: table.labelHeader,
    columns: table.columns.map((column) => ({ label: column, added: isAddedColumn(index, area, column) })),
    rows,
    notes: removedColumnNotes(index, area, AREA_LABELS[area]),
  })
}

export function isAddedColumn(index: ChangeIndex, area: Area, column: string): boolean {
  const added = index.of(`${area}:columns`).some((c) => c.kind === 'columnAdded' && c.column === column)
  if (added) index.anchor(`${area}:columns`)
  return added
}

/** "Driftsbudget (tkr)", but not "Nämndens driftsbudget (tkr) (tkr)". */
function captionWithUnit(caption: string, unit: string): string {
  return caption.includes(`(${unit})`) ? caption : `${caption} (${unit})`
}
