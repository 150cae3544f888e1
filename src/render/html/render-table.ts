import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { AlignType, Table, TableCell, TableRow } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import { cellScope } from '../../document/index.js'
import type { RowKind } from '../../document/index.js'
import { labelTable } from './label-table.js'
import type { RenderContext } from './render-context.js'

export interface TableLabel {
  /** From `:::table{#id}`. */
  id?: string | undefined
  /** From `:::table{caption="…"}`. */
  caption?: string | undefined
  /** From `:::table{note="…"}`: one note for the whole table, such as the legend of K and M. */
  note?: string | undefined
}

/**
 * One GFM table → a focusable scroll region holding a captioned table. The region lets a wide
 * table scroll by itself (keyboard included, hence tabindex) while the page never scrolls sideways.
 */
export function renderTable(state: State, table: Table, label: TableLabel, context: RenderContext): Element {
  const number = ++context.count.tables
  const tableId = context.ids.claim(label.id ?? `tabell-${number}`)
  const [head, ...body] = table.children
  const align = table.align ?? []
  const { caption, region } = labelTable(table, tableId, number, label.caption?.trim(), context)
  const children: ElementContent[] = caption ? [caption] : []
  const headerColumns = table.data?.headerColumns ?? 1
  if (head) children.push(h('thead', [renderRow(state, head, align, 'header', headerColumns)]))
  for (const rows of bodyGroups(body)) children.push(h('tbody', rows.map((row) => renderRow(state, row, align, row.data?.kind ?? 'body', headerColumns))))
  // The kind names the column layout the template's style sheet gives every table of that kind.
  const note = label.note?.trim() ? h('div.table-note', { id: context.ids.claim(`${tableId}-not`) }, label.note.trim()) : undefined
  const element = h('table', { id: tableId, className: table.data?.kind ? [`tabell-${table.data.kind}`] : undefined, ariaDescribedBy: note?.properties.id }, children)
  state.patch(table, element)
  return h('div.table-scroll', { role: 'region', tabIndex: 0, ...region }, note ? [element, note] : [element])
}

/**
 * A group row and the indented sub-rows after it form one `<tbody>`, so the group label can be a
 * `th scope="rowgroup"` that assistive technology announces with each sub-row.
 */
function bodyGroups(rows: TableRow[]): TableRow[][] {
  const groups: TableRow[][] = []
  let current: TableRow[] = []
  let inGroup = false
  for (const row of rows) {
    const isGroup = row.data?.kind === 'group'
    if (isGroup || (inGroup && !row.data?.indent)) {
      if (current.length > 0) groups.push(current)
      current = []
      inGroup = isGroup
    }
    current.push(row)
  }
  if (current.length > 0) groups.push(current)
  return groups
}

const ROW_CLASS: Record<string, string | undefined> = { group: 'row-group', total: 'row-total' }

function renderRow(state: State, row: TableRow, align: (AlignType | undefined)[], kind: RowKind, headerColumns: number): Element {
  const width = Math.max(align.length, row.children.length)
  const cells: Element[] = []
  for (let index = 0; index < width; index++) {
    const cell = row.children[index]
    if (!cell?.data?.spanned) cells.push(renderCell(state, cell, align[index], kind, index, headerColumns))
  }
  const classes = [ROW_CLASS[kind], row.data?.indent ? 'row-sub' : undefined].filter((c): c is string => c !== undefined)
  const element = h('tr', classes.length > 0 ? { className: classes } : {}, cells)
  state.patch(row, element)
  return element
}

function renderCell(state: State, cell: TableCell | undefined, align: AlignType | undefined, kind: RowKind, index: number, headerColumns: number): Element {
  const children = cell?.data?.missing ? missingValue() : cell ? state.all(cell) : []
  const className = align === 'right' ? ['numeric'] : align === 'center' ? ['center'] : undefined
  const scope = cellScope(kind, index, children.length === 0, headerColumns)
  const element = h(scope ? 'th' : 'td', { scope, className, rowSpan: cell?.data?.rowSpan }, children)
  if (cell) state.patch(cell, element)
  return element
}

/** A dash the eye reads as "no value", and words for a screen reader, which would say "dash" or nothing. */
function missingValue(): ElementContent[] {
  return [h('span', { ariaHidden: 'true' }, '\u2013'), h('span.sr-only', 'uppgift saknas')]
}
