import type { Parent, Root, Table, TableCell } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'

/**
 * Which cells head their rows, which continue a header cell above them, and which values are
 * missing, once for the HTML and the tagged PDF alike.
 *
 * `:::table{row-groups="true"}` (the goal overview) asks for the spanned groups as real structure
 * in the HTML too (`data.rowGroups`): header cells that span their rows, and every cell naming its
 * headers, instead of the group repeated for screen readers in each row.
 *
 * A table's first column heads its rows; `:::table{header-columns="2"}` makes the first two do so,
 * and then an empty cell in a header column other than the last continues the header above it
 * (the volumes table writes its Område once per group). That cell spans those rows
 * (`data.rowSpan`), so every row has a header that carries its group, and no rule cuts through
 * the group. An empty data cell in a body or total row is a missing value (`data.missing`): shown
 * as "–", announced as "uppgift saknas", never as a blank or a zero. The directive's `kind` is
 * kept too (`data.kind`), for renderers that give all tables of a kind one layout.
 */
export function markRowHeaders(tree: Root): void {
  visit(tree, 'table', (table: Table, _index, parent: Parent | undefined) => {
    const directive = parent?.type === 'containerDirective' ? (parent as ContainerDirective) : undefined
    const attributes = directive?.name === 'table' ? (directive.attributes ?? {}) : {}
    const headerColumns = Math.max(1, Number.parseInt(attributes['header-columns'] ?? '1', 10) || 1)
    const data = (table.data ??= {})
    data.headerColumns = headerColumns
    if (attributes.kind) data.kind = attributes.kind
    data.groupColumns = spanHeaderCells(table, headerColumns)
    if (attributes['row-groups'] === 'true' && data.groupColumns > 0) data.rowGroups = true
    markMissing(table, headerColumns)
  })
}

/** Returns how many leading columns hold group labels that span rows. */
function spanHeaderCells(table: Table, headerColumns: number): number {
  let groupColumns = 0
  for (let column = 0; column < headerColumns - 1; column++) {
    let origin: TableCell | undefined
    for (const row of table.children.slice(1)) {
      const kind = row.data?.kind ?? 'body'
      const cell = row.children[column]
      if (kind === 'header' || kind === 'group' || !cell) origin = undefined
      else if (!isEmpty(cell)) origin = cell
      else if (origin) {
        ;(cell.data ??= {}).spanned = true
        const data = (origin.data ??= {})
        data.rowSpan = (data.rowSpan ?? 1) + 1
        if (groupColumns === column) groupColumns = column + 1
      }
    }
  }
  return groupColumns
}

function markMissing(table: Table, headerColumns: number): void {
  const columns = Math.max(...table.children.map((row) => row.children.length))
  for (const row of table.children.slice(1)) {
    const kind = row.data?.kind ?? 'body'
    if (kind !== 'body' && kind !== 'total') continue
    for (let column = headerColumns; column < columns; column++) {
      const cell = row.children[column]
      if (cell && isEmpty(cell)) (cell.data ??= {}).missing = true
    }
  }
}

function isEmpty(cell: TableCell): boolean {
  return cell.children.every((child) => child.type === 'text' && child.value.trim() === '')
}
