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
  if (head) children.push(h('thead', [renderRow(state, head, align, 'header')]))
  for (const rows of bodyGroups(body)) children.push(h('tbody', rows.map((row) => renderRow(state, row, align, row.data?.kind ?? 'body'))))
  const element = h('table', { id: tableId }, children)
  state.patch(table, element)
  return h('div.table-scroll', { role: 'region', tabIndex: 0, ...region }, [element])
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

function renderRow(state: State, row: TableRow, align: (AlignType | undefined)[], kind: RowKind): Element {
  const width = Math.max(align.length, row.children.length)
  const cells: Element[] = []
  for (let index = 0; index < width; index++) cells.push(renderCell(state, row.children[index], align[index], kind, index))
  const classes = [ROW_CLASS[kind], row.data?.indent ? 'row-sub' : undefined].filter((c): c is string => c !== undefined)
  const element = h('tr', classes.length > 0 ? { className: classes } : {}, cells)
  state.patch(row, element)
  return element
}

function renderCell(state: State, cell: TableCell | undefined, align: AlignType | undefined, kind: RowKind, index: number): Element {
  const children = cell ? state.all(cell) : []
  const className = align === 'right' ? ['numeric'] : align === 'center' ? ['center'] : undefined
  const scope = cellScope(kind, index, children.length === 0)
  const element = h(scope ? 'th' : 'td', { scope, className }, children)
  if (cell) state.patch(cell, element)
  return element
}
