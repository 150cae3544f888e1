import { visit } from 'unist-util-visit'
import type { Root, Table, TableCell, TableRow, PhrasingContent } from 'mdast'
import type { RowKind } from './types.js'

/** En dash + space at the start of a label cell marks a sub-row (docs/markdown.md). */
const SUB_ROW_MARKER = '\u2013 '

/** Reads the row conventions of docs/markdown.md into `data.kind` and `data.indent`. */
export function markTableRows(tree: Root): void {
  visit(tree, 'table', (table: Table) => {
    table.children.forEach((row, index) => {
      const data = (row.data ??= {})
      data.kind = index === 0 ? 'header' : kindOf(row)
      if (index > 0 && stripSubRowMarker(row.children[0])) data.indent = 1
    })
  })
}

function kindOf(row: TableRow): RowKind {
  const [label, ...rest] = row.children
  if (!label || !isOnlyStrong(label)) return 'body'
  const filled = rest.filter((cell) => cell.children.length > 0)
  if (filled.length === 0) return 'group'
  return filled.every(isOnlyStrong) ? 'total' : 'body'
}

function isOnlyStrong(cell: TableCell): boolean {
  return cell.children.length === 1 && cell.children[0]?.type === 'strong'
}

function stripSubRowMarker(cell: TableCell | undefined): boolean {
  const first: PhrasingContent | undefined = cell?.children[0]
  if (first?.type !== 'text' || !first.value.startsWith(SUB_ROW_MARKER)) return false
  first.value = first.value.slice(SUB_ROW_MARKER.length)
  return true
}
