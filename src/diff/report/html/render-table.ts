import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { Change, Scalar } from '../../types.js'
import { formatPath } from '../describe-change.js'
import type { ChangeIndex } from './change-index.js'
import { cellText, deleted, inserted, markReplacement, markValue, markWords } from './render-marks.js'

export interface TableRow {
  id?: string | undefined
  state: 'added' | 'removed' | 'changed' | 'unchanged'
  kind?: 'group' | 'total'
  indent?: number
  label: ElementContent[]
  cells: ElementContent[][]
}

export interface TableSpec {
  caption: string
  labelHeader: string
  /** Amount columns are right-aligned; text columns (a supplier's service) are not. */
  columns: { label: string; added?: boolean; text?: boolean }[]
  rows: TableRow[]
  /** Lines under the table, e.g. removed columns. */
  notes?: ElementContent[][]
}

/** An accessible data table in its own scrollable, focusable region (wide tables at 320 px). */
export function renderTable(spec: TableSpec): Element {
  const changed = spec.rows.some((row) => row.state !== 'unchanged') || spec.columns.some((c) => c.added) || (spec.notes?.length ?? 0) > 0
  const head = h('tr', [
    h('th', { scope: 'col' }, spec.labelHeader),
    ...spec.columns.map((column) =>
      h('th', { scope: 'col', className: [column.text ? 'txt' : 'num', column.added ? 'added' : ''].filter(Boolean) }, column.added ? [inserted(column.label)] : column.label),
    ),
  ])
  const body = spec.rows.map((row) =>
    h('tr', { id: row.id, className: [row.state, row.kind ?? '', row.indent ? 'indent' : ''].filter(Boolean) }, [
      h('th', { scope: 'row' }, row.state === 'removed' ? [deleted(row.label)] : row.state === 'added' ? [inserted(row.label)] : row.label),
      ...row.cells.map((cell, i) => h('td', { className: [spec.columns[i]?.text ? 'txt' : 'num'] }, cell)),
    ]),
  )
  return h('div', { className: ['table', changed ? 'changed' : 'unchanged'] }, [
    h('div.scroll', { role: 'region', ariaLabel: spec.caption, tabIndex: 0 }, [h('table', [h('caption', spec.caption), h('thead', head), h('tbody', body)])]),
    ...(spec.notes ?? []).map((note) => h('p.note', note)),
  ])
}

/** A row of the new draft with its changes: renamed label, moved badge, changed cells. */
export function keyedRow(index: ChangeIndex, key: string, label: string, columns: readonly string[], values: readonly Scalar[] | undefined): TableRow {
  const changes = index.of(key)
  const valueOf = (column: string, i: number): ElementContent[] => {
    const change = changes.find((c) => (c.kind === 'value' || c.kind === 'text') && c.field === column)
    if (change?.kind === 'value') return markValue(change)
    if (change?.kind === 'text') return change.parts ? markWords(change.parts) : markReplacement(change.old, change.new)
    return [{ type: 'text', value: values ? cellText(values[i]) : '' }]
  }
  return {
    id: index.anchor(key),
    state: changes.some((c) => c.kind === 'added') ? 'added' : changes.length > 0 ? 'changed' : 'unchanged',
    label: markLabel(changes, label),
    cells: columns.map(valueOf),
  }
}

/** The label with its rename and move marked. */
export function markLabel(changes: readonly Change[], label: string): ElementContent[] {
  const renamed = changes.find((c) => c.kind === 'renamed')
  const moved = changes.find((c) => c.kind === 'moved')
  const content: ElementContent[] = renamed?.kind === 'renamed' ? [deleted(renamed.old), { type: 'text', value: ' ' }, inserted(renamed.new)] : [{ type: 'text', value: label }]
  if (moved?.kind === 'moved') content.push({ type: 'text', value: ' ' }, h('span.badge', `flyttad från ${formatPath(moved.from)}`))
  return content
}

/** Removed rows of a table, shown struck through after the new rows. */
export function removedRows(index: ChangeIndex, area: string, columns: readonly string[], isRow: (change: Change) => boolean = () => true): TableRow[] {
  return index.diff.changes
    .filter((c) => c.area === area && c.kind === 'removed' && isRow(c))
    .map((change) => ({
      id: index.anchor(change.key),
      state: 'removed' as const,
      label: [{ type: 'text' as const, value: change.path[change.path.length - 1] ?? '' }],
      cells: columns.map((column, i) => {
        if (change.kind !== 'removed') return []
        const value = change.values?.find((v) => v.column === column)?.value
        if (value !== undefined) return [deleted(cellText(value))]
        // Rows without amounts (a supplier) carry a description instead: shown in the first cell.
        return i === 0 && !change.values && change.text ? [deleted(change.text)] : []
      }),
    }))
}

/** Notes for columns the new draft dropped (they have no cells to mark). */
export function removedColumnNotes(index: ChangeIndex, area: string, table: string): ElementContent[][] {
  return index.diff.changes
    .filter((c) => c.area === area && c.kind === 'columnRemoved' && c.tables.includes(table))
    .map((c) => {
      index.anchor(c.key)
      return [{ type: 'text' as const, value: 'Borttagen kolumn: ' }, deleted(c.kind === 'columnRemoved' ? c.column : '')]
    })
}
