import { h } from 'hastscript'
import type { Element, ElementContent } from 'hast'
import type { AlignType, Table, TableCell, TableRow } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import type { RenderContext } from './render-context.js'

/**
 * The head and bodies of a table whose groups are real structure (`data.rowGroups`, the goal
 * overview): a group cell is one `th` spanning its rows (`rowspan`), the first column's groups
 * each get a `<tbody>` their `th scope="rowgroup"` heads, and every cell lists its headers
 * (`headers`: its column, then each group and row header on its row), so "84,1 %" is announced
 * with "Utfall 2022", its area, its goal and its indicator, however a screen reader reads scopes.
 */
export function renderRowGroups(state: State, table: Table, tableId: string, context: RenderContext, missing: () => ElementContent[]): Element[] {
  const [head, ...body] = table.children
  if (!head) return []
  const align = table.align ?? []
  const headerColumns = table.data?.headerColumns ?? 1
  const columnIds = head.children.map((_, col) => context.ids.claim(`${tableId}-k${col + 1}`))
  const headRow = h('tr', head.children.map((cell, col) => patched(state, cell, h('th', { id: columnIds[col], scope: 'col', className: alignClass(align[col]) }, state.all(cell)))))
  state.patch(head, headRow)
  const covering: (string | undefined)[] = []
  const bodies: Element[][] = []
  body.forEach((row, index) => {
    if (!row.children[0]?.data?.spanned || bodies.length === 0) bodies.push([])
    bodies.at(-1)!.push(renderRow(state, row, index, { tableId, columnIds, headerColumns, align, covering, context, missing }))
  })
  return [h('thead', [headRow]), ...bodies.map((rows) => h('tbody', rows))]
}

interface RowPlan {
  tableId: string
  columnIds: string[]
  headerColumns: number
  align: (AlignType | null | undefined)[]
  /** The id of the header cell over each header column on the current row (carried over spanned cells). */
  covering: (string | undefined)[]
  context: RenderContext
  missing: () => ElementContent[]
}

function renderRow(state: State, row: TableRow, index: number, plan: RowPlan): Element {
  const cells: Element[] = []
  row.children.forEach((cell, col) => {
    if (cell.data?.spanned) return
    const headers = [plan.columnIds[col], ...plan.covering.slice(0, Math.min(col, plan.headerColumns))].filter((id): id is string => id !== undefined)
    const className = alignClass(plan.align[col])
    const empty = cell.children.length === 0
    if (col < plan.headerColumns) plan.covering[col] = undefined
    if (col >= plan.headerColumns || empty) {
      const children = cell.data?.missing ? plan.missing() : state.all(cell)
      cells.push(patched(state, cell, h('td', { headers, className }, children)))
      return
    }
    const id = plan.context.ids.claim(`${plan.tableId}-r${index + 1}-k${col + 1}`)
    plan.covering[col] = id
    const span = cell.data?.rowSpan
    // The first column's groups are the tbodies, so its header heads exactly its row group.
    const scope = col === 0 ? 'rowgroup' : 'row'
    cells.push(patched(state, cell, h('th', { id, scope, rowSpan: span, headers, className }, state.all(cell))))
  })
  const element = h('tr', cells)
  state.patch(row, element)
  return element
}

function alignClass(align: AlignType | null | undefined): string[] | undefined {
  return align === 'right' ? ['numeric'] : align === 'center' ? ['center'] : undefined
}

function patched(state: State, cell: TableCell, element: Element): Element {
  state.patch(cell, element)
  return element
}
