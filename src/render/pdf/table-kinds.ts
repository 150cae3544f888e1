import type { Root, Table, TableRow } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { RenderContext } from './context.js'
import { columnWidths, MISSING_VALUE, type CellText, type ColumnWidth } from './table-columns.js'
import { tableWidth } from './table.js'

/**
 * One column layout per kind of table (`:::table{kind="…"}`): all tables of a kind with the same
 * number of columns get the widths measured over all their rows together, so the three
 * "Indikatorer" tables of a chapter line up and wrap their headers alike instead of each finding
 * its own compromise. Tables without a kind are sized alone (table.ts).
 */
export function sharedColumnWidths(tree: Root, ctx: Pick<RenderContext, 'style' | 'contentWidth' | 'measure'>): Map<Table, ColumnWidth[]> {
  const families = new Map<string, Table[]>()
  visit(tree, 'table', (table: Table) => {
    const kind = table.data?.kind
    if (!kind) return
    const key = `${kind}/${columnCount(table)}`
    families.set(key, [...(families.get(key) ?? []), table])
  })
  const widths = new Map<Table, ColumnWidth[]>()
  for (const tables of families.values()) {
    const columns = columnCount(tables[0]!)
    const align = Array.from({ length: columns }, (_, col) => tables[0]!.align?.[col] ?? undefined)
    const rows = tables.map((table) => table.children.map((row) => cellTexts(row, columns)))
    const header = Array.from({ length: columns }, (_, col) => widestHeader(rows.map((table) => table[0]?.[col]), ctx))
    const shared = columnWidths([header, ...rows.flatMap((table) => table.slice(1))], align, ctx.style.fontSizes.table, tableWidth(ctx), ctx.measure, {
      groupColumns: Math.max(...tables.map((table) => table.data?.groupColumns ?? 0)),
    })
    for (const table of tables) widths.set(table, shared)
  }
  return widths
}

function columnCount(table: Table): number {
  return Math.max(...table.children.map((row) => row.children.length))
}

function cellTexts(row: TableRow, columns: number): CellText[] {
  const bold = row.data?.kind !== undefined && row.data.kind !== 'body'
  return Array.from({ length: columns }, (_, col) => {
    const cell = row.children[col]
    if (!cell || cell.data?.spanned) return { text: '', bold }
    return { text: cell.data?.missing ? MISSING_VALUE : toString(cell), bold }
  })
}

/** The header a column must make room for: the one whose longest line is widest. */
function widestHeader(cells: (CellText | undefined)[], ctx: Pick<RenderContext, 'style' | 'measure'>): CellText {
  const size = ctx.style.fontSizes.table
  const width = (cell: CellText | undefined) => (cell ? Math.max(0, ...cell.text.split('\n').map((line) => ctx.measure(line, size, cell.bold))) : 0)
  return cells.reduce<CellText>((best, cell) => (cell && width(cell) > width(best) ? cell : best), { text: '', bold: true })
}
