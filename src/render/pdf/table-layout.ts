import type { RowKind } from '../../document/index.js'
import type { CustomTableLayout } from 'pdfmake/interfaces.js'
import { CELL_PADDING_X } from './table-columns.js'
import type { PdfStyle } from './style/types.js'

/** Vertical cell padding (pt). */
export const CELL_PADDING_Y = 2.5

/**
 * Rules and fills that carry a budget table's hierarchy: a filled header row, shaded group rows,
 * hairlines (or zebra stripes) between body rows, a dark rule above totals and an accent rule
 * closing the table. No vertical lines: figures are right-aligned and read as columns without them.
 */
export function tableLayout(kinds: readonly RowKind[], style: PdfStyle): CustomTableLayout {
  const { colours, table } = style
  const isBody = (row: number) => kinds[row] === 'body'
  const bodyIndex = (row: number) => kinds.slice(0, row).filter((kind) => kind !== 'header').length
  return {
    hLineWidth(i) {
      if (i === 0) return table.filledHeader ? 0 : 0.8
      if (i === kinds.length) return 0.8
      if (kinds[i - 1] === 'header') return table.filledHeader ? 0 : 0.8
      if (kinds[i] === 'total') return 0.8
      return table.zebra ? 0 : 0.4
    },
    hLineColor(i) {
      if (i === kinds.length || kinds[i - 1] === 'header' || i === 0) return colours.accent
      if (kinds[i] === 'total') return colours.text
      return colours.rule
    },
    vLineWidth: () => 0,
    fillColor(row) {
      const kind = kinds[row]
      if (kind === 'header') return table.filledHeader ? colours.accent : null
      if (kind === 'group') return colours.groupFill
      if (table.zebra && isBody(row) && bodyIndex(row) % 2 === 1) return colours.zebraFill
      return null
    },
    paddingLeft: () => CELL_PADDING_X,
    paddingRight: () => CELL_PADDING_X,
    paddingTop: () => CELL_PADDING_Y,
    paddingBottom: () => CELL_PADDING_Y,
  }
}
