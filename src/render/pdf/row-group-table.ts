import type { Table } from 'mdast'
import type { ContentTable, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js'
import type { RowKind } from '../../document/index.js'
import type { PdfStyle } from './style/types.js'
import { CELL_PADDING_X } from './table-columns.js'
import { CELL_PADDING_Y, tableLayout } from './table-layout.js'
import { runsText } from './inline.js'
import { FONT_FAMILY } from './fonts.js'
import { GROUP_LABEL, type GroupLabel } from './repeat-group-labels.js'

type Cell = ContentText | ''

/**
 * Marks a table nested in a cell whose rows are rows of the enclosing table (mark-structure.ts
 * makes its first row part of the enclosing TR and each further row a TR of its own).
 */
export const CONTINUES_ROWS = 'continuesRows'

/**
 * A table with row groups (`data.rowGroups`, the goal overview) as pdfmake lays it out: one row
 * per innermost group (a goal), its group cells beside one cell that holds the group's rows (its
 * indicators and their values) as a nested table with the same column widths. pdfmake keeps a
 * row on one page (`dontBreakRows`), so a goal is never split when it fits on a page, and no cell
 * spans rows of pdfmake's own: its spans misplace a cell when a page breaks inside them (or when
 * the header row is kept with the first). An outer group (an area) is one cell per goal, without
 * rules between them. The tags still say one TR per indicator, with each group's TH spanning its
 * indicators' rows (`/RowSpan`), as in the HTML.
 */
export function nestRowGroups(node: Table, body: Cell[][], kinds: readonly RowKind[], widths: readonly number[], style: PdfStyle, fontSize: number): { body: TableCell[][]; kinds: RowKind[] } {
  const inner = Math.max(0, (node.data?.groupColumns ?? 1) - 1)
  const columns = widths.length
  const [head, ...rows] = body
  const outer: TableCell[][] = head ? [head] : []
  const outerKinds: RowKind[] = head ? ['header'] : []
  const labels: (OpenGroup | undefined)[] = []
  // Where the table stands in the composed document tells its groups from another table's.
  const table = String(node.position?.start.offset ?? 0)
  let start = 0
  while (start < rows.length) {
    const span = node.children[start + 1]?.children[inner]?.data?.rowSpan ?? 1
    const group = rows.slice(start, start + span)
    const next = node.children[start + span + 1]
    const leading = group[0]!.slice(0, inner + 1).map((cell, col) => {
      if (col === inner) return withLabels(withoutSpan(cell), labels, { widths, fontSize, style, table })
      if (cell !== '') labels[col] = { text: runsText(Array.isArray(cell.text) ? (cell.text as ContentText[]) : [cell]), group: `${col}:${start}`, first: true }
      else if (labels[col]) labels[col] = { ...labels[col]!, first: false }
      return outerGroupCell(cell, !next?.children[col]?.data?.spanned)
    })
    const nested: ContentTable & { [CONTINUES_ROWS]: true } = {
      table: { widths: widths.slice(inner + 1), body: group.map((row) => row.slice(inner + 1)), dontBreakRows: true },
      layout: nestedLayout(kinds.slice(start + 1, start + 1 + span), style),
      margin: [-CELL_PADDING_X, -CELL_PADDING_Y, -CELL_PADDING_X, -CELL_PADDING_Y],
      [CONTINUES_ROWS]: true,
    }
    const container = { ...nested, colSpan: columns - inner - 1 } as TableCell
    outer.push([...leading, container, ...Array.from({ length: columns - inner - 2 }, () => '' as TableCell)])
    outerKinds.push('body')
    start += span
  }
  return { body: outer, kinds: outerKinds }
}

/** An outer group being drawn: its label and whether the goal at hand is its first. */
interface OpenGroup {
  text: string
  group: string
  first: boolean
}

/**
 * An outer group cell (an area) on each of its goals' rows: its label on the first, empty
 * continuations below, with no rule between them, so the group reads as one cell; pdfmake's own
 * row spans would misplace it across a page break. The tag of the first keeps the number of
 * indicator rows it heads.
 */
function outerGroupCell(cell: Cell, ends: boolean): TableCell {
  const border = [false, cell !== '', false, ends]
  // A continuation holds nothing and heads nothing: no structure element (the TH above spans it).
  return cell === '' ? ({ text: '', border, artifact: 'Layout' } as TableCell) : ({ ...(withoutSpan(cell) as ContentText), border } as TableCell)
}

/** The goal's first run carries its areas' labels, to be repeated should the goal start a page. */
function withLabels(cell: TableCell, labels: readonly (OpenGroup | undefined)[], at: { widths: readonly number[]; fontSize: number; style: PdfStyle; table: string }): TableCell {
  const runs = typeof cell === 'object' && cell !== null && Array.isArray((cell as ContentText).text) ? ((cell as ContentText).text as ContentText[]) : undefined
  const open = labels.flatMap((label, col) => (label ? [{ label, col }] : []))
  if (!runs?.[0] || open.length === 0) return cell
  // One label per run is enough: the overview has one outer group (the area).
  const { label, col } = open[0]!
  const offset = at.widths.slice(col, labels.length).reduce((sum, width) => sum + width + 2 * CELL_PADDING_X, 0)
  const mark: GroupLabel = { group: `${at.table}/${label.group}`, first: label.first, label: label.text, offset, width: at.widths[col]!, font: FONT_FAMILY, fontSize: at.fontSize, colour: at.style.colours.text }
  return { ...(cell as ContentText), text: [{ ...runs[0], [GROUP_LABEL]: mark } as ContentText, ...runs.slice(1)] } as TableCell
}

function withoutSpan(cell: Cell): TableCell {
  if (cell === '') return ''
  const copy = { ...cell } as ContentText & { rowSpan?: number }
  delete copy.rowSpan
  return copy
}

/** Hairlines between a goal's indicators; the enclosing table draws the rules around the goal. */
function nestedLayout(kinds: readonly RowKind[], style: PdfStyle): CustomTableLayout {
  const base = tableLayout(kinds, style)
  return { ...base, hLineWidth: (i) => (i === 0 || i === kinds.length ? 0 : style.table.zebra ? 0 : 0.4), hLineColor: () => style.colours.rule }
}
