import type { AlignType } from 'mdast'
import type { Measure } from './fonts.js'

/** How a missing value is printed (data.missing): a dash, never a blank or a zero. */
export const MISSING_VALUE = '\u2013'

/** Horizontal cell padding (pt) on each side; table-layout.ts uses the same. */
export const CELL_PADDING_X = 4

/** A cell as measured: its text and whether it is set bold (header, group and total rows). */
export interface CellText {
  text: string
  bold: boolean
}

export type ColumnWidth = number

/**
 * Column widths (content widths in points, padding excluded) that fit a table into the A4 text
 * width. pdfmake's own 'auto' squeezes number columns whenever the label column holds long text
 * (it weighs every column's unbroken width), so vplan measures instead, with the embedded font's
 * metrics:
 * - figure and short text columns are as wide as their widest body cell, and as their header on
 *   one line when that still leaves the text columns what they need; otherwise as their longest
 *   header word (the header wraps); when even that is too wide, all are scaled down together;
 * - the first column (row labels) and long text columns share what is left, each in proportion
 *   to how much text it holds, never below its longest word where that is possible; group
 *   columns (`groupColumns`, labels that span rows) get just their longest word.
 */
export function columnWidths(
  rows: readonly CellText[][],
  align: readonly (AlignType | undefined)[],
  fontSize: number,
  tableWidth: number,
  measure: Measure,
  { groupColumns = 0 }: { groupColumns?: number } = {},
): ColumnWidth[] {
  const columns = rows[0]?.length ?? 0
  const inner = tableWidth - columns * 2 * CELL_PADDING_X
  const [header = [], ...body] = rows
  const widest = (col: number) => Math.max(0, ...body.map((row) => lineWidth(row[col], fontSize, measure)))
  const star = Array.from({ length: columns }, (_, col) => col === 0 || (align[col] !== 'right' && widest(col) > inner * 0.28))
  const starCount = star.filter(Boolean).length
  const starMinimum = starCount === 1 ? inner * 0.32 : inner * 0.16 * starCount
  const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0)
  const fit = (widths: number[]) => inner - sum(widths) >= starMinimum
  const natural = fixedWidths(star, (col) => Math.max(widest(col), lineWidth(header[col], fontSize, measure)))
  const compact = fixedWidths(star, (col) => Math.max(widest(col), longestWord(header[col], fontSize, measure)))
  const textWants = star.reduce((sum, isStar, col) => sum + (isStar ? Math.max(widest(col), lineWidth(header[col], fontSize, measure)) : 0), 0)
  // One-line headers only while the text columns keep what they need (up to 55 % of the width); a
  // wrapped "Utfall / 2022" costs less than labels wrapping onto three lines.
  const roomy = (widths: number[]) => fit(widths) && inner - sum(widths) >= Math.min(textWants, inner * 0.55)
  let chosen = roomy(natural) ? natural : compact
  if (!fit(chosen)) {
    const total = sum(chosen)
    const scale = total > 0 ? (inner - starMinimum) / total : 1
    chosen = chosen.map((width) => width * scale)
  }
  const rest = inner - sum(chosen)
  const longest = (col: number) => Math.max(...rows.map((row) => longestWord(row[col], fontSize, measure)))
  // A group label ("Institutionsvård, stödboende och familjehem") spans several rows, so it has
  // lines to spare: it wraps at its longest word and leaves the width to the row labels.
  const desired = (col: number) => (col < groupColumns ? longest(col) : Math.max(widest(col), lineWidth(header[col], fontSize, measure)))
  const shares = shareText(star, rest, desired, longest)
  return chosen.map((width, col) => (star[col] ? shares[col]! : width))
}

/**
 * Splits `rest` among the text columns much as table layout in browsers does: a column whose whole
 * text fits in an even share gets just that; the others get their longest word, and what remains
 * in proportion to how much wider than that their text would like to be.
 */
function shareText(star: boolean[], rest: number, desired: (col: number) => number, minimum: (col: number) => number): number[] {
  const widths = star.map(() => 0)
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  let open = star.flatMap((isStar, col) => (isStar ? [col] : [])).sort((a, b) => desired(a) - desired(b))
  let left = rest
  while (open.length > 1 && desired(open[0]!) <= left / open.length) {
    widths[open[0]!] = desired(open[0]!)
    left -= desired(open[0]!)
    open = open.slice(1)
  }
  const min = open.map((col) => minimum(col))
  const want = open.map((col, i) => Math.max(desired(col), min[i]!))
  open.forEach((col, i) => {
    if (sum(min) >= left) widths[col] = left / open.length
    else if (sum(want) <= left) widths[col] = want[i]! + ((left - sum(want)) * want[i]!) / sum(want)
    else widths[col] = min[i]! + ((left - sum(min)) * (want[i]! - min[i]!)) / (sum(want) - sum(min))
  })
  return widths
}

/** Rounded up a little, so a cell measured to fit on one line never wraps in pdfmake. */
function fixedWidths(star: boolean[], width: (col: number) => number): number[] {
  return star.map((isStar, col) => (isStar ? 0 : Math.ceil(width(col) * 1.02 + 1)))
}

function lineWidth(cell: CellText | undefined, fontSize: number, measure: Measure): number {
  if (!cell) return 0
  return Math.max(0, ...cell.text.split('\n').map((line) => measure(line, fontSize, cell.bold)))
}

function longestWord(cell: CellText | undefined, fontSize: number, measure: Measure): number {
  if (!cell) return 0
  return Math.max(0, ...cell.text.split(/[ \n]+/).map((word) => measure(word, fontSize, cell.bold)))
}
