import type { Element } from 'hast'
import type { Suppliers, Volumes } from '../../../model/index.js'
import { AREA_LABELS } from '../../area-labels.js'
import { supplierInputs } from '../../areas/diff-suppliers.js'
import { volumeInputs } from '../../areas/diff-volumes.js'
import { buildNodes } from '../../match/build-nodes.js'
import type { ChangeIndex } from './change-index.js'
import { isAddedColumn } from './render-money.js'
import { keyedRow, removedColumnNotes, removedRows, renderTable, type TableRow } from './render-table.js'

/** Volumes and key figures: one row per figure under its area. */
export function renderVolumes(index: ChangeIndex, volumes: Volumes): Element {
  const area = 'volumes'
  const nodes = buildNodes(volumeInputs(volumes, []))
  const rows: TableRow[] = nodes.map((node) => {
    const key = `${area}:${node.key}`
    if (node.item.type === 'group') return { ...keyedRow(index, key, node.label, volumes.columns, undefined), kind: 'group' }
    const unit = node.item.row.unit ? ` (${node.item.row.unit})` : ''
    return { ...keyedRow(index, key, node.label + unit, volumes.columns, node.item.row.values), indent: 1 }
  })
  rows.push(...removedRows(index, area, volumes.columns))
  return renderTable({
    caption: volumes.caption ?? AREA_LABELS[area],
    labelHeader: 'Område och nyckeltal',
    columns: volumes.columns.map((column) => ({ label: column, added: isAddedColumn(index, area, column) })),
    rows,
    notes: removedColumnNotes(index, area, AREA_LABELS[area]),
  })
}

const SUPPLIER_COLUMNS = ['År', 'Avtalsform', 'Tjänst', 'Verksamhet']

/** The supplier follow-up schedule, one row per supplier and year. */
export function renderSuppliers(index: ChangeIndex, suppliers: Suppliers): Element {
  const area = 'suppliers'
  const nodes = buildNodes(supplierInputs(suppliers.rows))
  const rows: TableRow[] = nodes.flatMap((node) => {
    if (typeof node.item === 'number') return []
    const row = node.item
    const fields = [String(row.year), row.form, row.service, row.operation ?? '']
    const keyed = keyedRow(index, `${area}:${node.key}`, node.label, ['År', 'Avtalsform', 'Tjänst', 'Verksamhet'], fields)
    return [keyed]
  })
  rows.push(...removedRows(index, area, SUPPLIER_COLUMNS))
  return renderTable({ caption: suppliers.caption ?? AREA_LABELS[area], labelHeader: 'Privat utförare/leverantör', columns: SUPPLIER_COLUMNS.map((label, i) => ({ label, text: i > 0 })), rows })
}
