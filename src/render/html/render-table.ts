import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { AlignType, Table, TableCell, TableRow } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import { toString } from 'mdast-util-to-string'
import { cellScope } from '../../document/index.js'
import type { RowKind } from '../../document/index.js'
import { labelTable } from './label-table.js'
import { renderRowGroups } from './render-row-groups.js'
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
  if (table.data?.rowGroups) children.push(...renderRowGroups(state, table, tableId, context, missingValue))
  else {
    const cells = { headerColumns: table.data?.headerColumns ?? 1, groups: groupsOf(body) }
    if (head) children.push(h('thead', [renderRow(state, head, align, 'header', cells)]))
    for (const rows of bodyGroups(body)) children.push(h('tbody', rows.map((row) => renderRow(state, row, align, row.data?.kind ?? 'body', cells))))
  }
  const note = label.note?.trim() ? h('div.table-note', { id: context.ids.claim(`${tableId}-not`) }, label.note.trim()) : undefined
  // The kind names the column layout the template's style sheet gives every table of that kind.
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

/** How the cells of a table are headed: its header columns, and the group each spanned cell continues. */
interface CellPlan {
  headerColumns: number
  groups: Map<TableCell, { group: string; open: boolean }>
}

/**
 * A group written once for several rows (the document stage's `rowSpan`/`spanned`) is repeated in
 * every row it heads, for screen readers only, rather than spanned with `rowspan`: each row then
 * has its own header "Hemtjänst" + "Antal brukare totalt", and no header cell overlaps the rows
 * below it (which left axe unable to judge its contrast). `open` cells have no rule below them,
 * so none cuts through the group.
 */
function groupsOf(rows: TableRow[]): Map<TableCell, { group: string; open: boolean }> {
  const groups = new Map<TableCell, { group: string; open: boolean }>()
  rows.forEach((row, index) => {
    row.children.forEach((cell, column) => {
      const span = cell.data?.rowSpan ?? 1
      if (span < 2) return
      const group = toString(cell)
      groups.set(cell, { group, open: true })
      for (let below = 1; below < span; below++) {
        const covered = rows[index + below]?.children[column]
        if (covered) groups.set(covered, { group, open: below < span - 1 })
      }
    })
  })
  return groups
}

function renderRow(state: State, row: TableRow, align: (AlignType | undefined)[], kind: RowKind, plan: CellPlan): Element {
  const width = Math.max(align.length, row.children.length)
  const cells: Element[] = []
  for (let index = 0; index < width; index++) cells.push(renderCell(state, row.children[index], align[index], kind, index, plan))
  const classes = [ROW_CLASS[kind], row.data?.indent ? 'row-sub' : undefined].filter((c): c is string => c !== undefined)
  const element = h('tr', classes.length > 0 ? { className: classes } : {}, cells)
  state.patch(row, element)
  return element
}

function renderCell(state: State, cell: TableCell | undefined, align: AlignType | undefined, kind: RowKind, index: number, plan: CellPlan): Element {
  const group = cell ? plan.groups.get(cell) : undefined
  const children = cell?.data?.missing ? missingValue() : cell?.data?.spanned ? [h('span.sr-only', group?.group ?? '')] : cell ? state.all(cell) : []
  const className = [align === 'right' ? 'numeric' : align === 'center' ? 'center' : undefined, group?.open ? 'group-open' : undefined].filter((c): c is string => c !== undefined)
  const scope = cellScope(kind, index, children.length === 0, plan.headerColumns)
  const element = h(scope ? 'th' : 'td', { scope, className: className.length > 0 ? className : undefined }, children)
  if (cell) state.patch(cell, element)
  return element
}

/** A dash the eye reads as "no value", and words for a screen reader, which would say "dash" or nothing. */
function missingValue(): ElementContent[] {
  return [h('span', { ariaHidden: 'true' }, '\u2013'), h('span.sr-only', 'uppgift saknas')]
}
