import type { AlignType, Table, TableRow } from 'mdast'
import type { ContentTable, ContentText, TableCellProperties } from 'pdfmake/interfaces.js'
import { cellScope, type RowKind } from '../../document/index.js'
import type { Block } from './block.js'
import { cleanText } from './clean-text.js'
import type { RenderContext } from './context.js'
import { lineCount, lineHeight, textHeight } from './estimate.js'
import { inlines, runsText } from './inline.js'
import { columnWidths, MISSING_VALUE, type CellText, type ColumnWidth } from './table-columns.js'
import { CELL_PADDING_Y, tableLayout } from './table-layout.js'
import { keepFiguresTogether } from './keep-figures-together.js'
import { nestRowGroups } from './row-group-table.js'
import type { Tag } from './tagging/structure.js'

/** Indent of sub-rows (`data.indent`), per level. */
const SUB_ROW_INDENT = 10
const TABLE_MARGIN_BOTTOM = 10

/**
 * A `:::table` directive (or a bare GFM table): the caption as its own keep-with-next block, then
 * the table with its header row repeated on each page (`headerRows`), kept with the first body row
 * (`keepWithHeaderRows`), and rows never split (`dontBreakRows`).
 */
export function tableBlocks(node: Table, label: { caption?: string | undefined; note?: string | undefined }, ctx: RenderContext): Block[] {
  const blocks: Block[] = []
  if (label.caption?.trim()) blocks.push(captionBlock(label.caption, node, ctx))
  blocks.push(tableBlock(node, ctx))
  if (label.note?.trim()) blocks.push(noteBlock(label.note, node, ctx))
  return blocks
}

/** The width tables are set in: the text width and the bleed into both side margins. */
export function tableWidth(ctx: Pick<RenderContext, 'contentWidth' | 'style'>): number {
  return ctx.contentWidth + 2 * ctx.style.table.bleed
}

function captionBlock(caption: string, node: Table, ctx: RenderContext): Block {
  const text = cleanText(caption.trim(), node, ctx)
  const size = ctx.style.fontSizes.caption
  return {
    content: { text, style: 'caption', margin: [-ctx.style.table.bleed, 8, 0, 3], tag: 'Caption' },
    height: 8 + 3 + textHeight(text, size, 1.15, tableWidth(ctx), ctx.measure, true),
    lead: 0,
    keepWithNext: true,
  }
}

/** `:::table{note="…"}`: one note for the whole table (a legend such as "K = kvinnor, M = män"), under it. */
function noteBlock(note: string, node: Table, ctx: RenderContext): Block {
  const text = cleanText(note.trim(), node, ctx)
  const size = ctx.style.fontSizes.small
  const top = -TABLE_MARGIN_BOTTOM + 3
  return {
    content: { text, style: 'note', margin: [-ctx.style.table.bleed, top, 0, 8], tag: 'P' },
    height: top + 8 + textHeight(text, size, 1.15, tableWidth(ctx), ctx.measure, false),
    lead: 0,
  }
}

function tableBlock(node: Table, ctx: RenderContext): Block {
  const columns = Math.max(...node.children.map((row) => row.children.length))
  const align = Array.from({ length: columns }, (_, col) => node.align?.[col] ?? undefined)
  const kinds: RowKind[] = node.children.map((row, index) => row.data?.kind ?? (index === 0 ? 'header' : 'body'))
  const headerColumns = node.data?.headerColumns ?? 1
  const body = node.children.map((row, index) => rowCells(row, kinds[index]!, columns, align, headerColumns, ctx))
  const texts = body.map((row, index) => row.map((cell) => measuredText(cell, kinds[index]!)))
  const size = ctx.style.fontSizes.table
  const bleed = ctx.style.table.bleed
  const widths = ctx.sharedWidths.get(node) ?? columnWidths(texts, align, size, tableWidth(ctx), ctx.measure, { groupColumns: node.data?.groupColumns ?? 0 })
  // Row groups (the goal overview) are laid out one goal per row, its indicators nested (row-group-table.ts).
  const laid = node.data?.rowGroups ? nestRowGroups(node, body, kinds, widths, ctx.style, ctx.style.fontSizes.table) : { body, kinds }
  const build = (repeatHeader: boolean): ContentTable => ({
    table: {
      widths,
      body: laid.body.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : structuredCopy(cell)))),
      dontBreakRows: true,
      ...(repeatHeader && laid.body.length > 1 ? { headerRows: 1, keepWithHeaderRows: 1 } : {}),
    },
    layout: tableLayout(laid.kinds, ctx.style),
    style: 'table',
    margin: [-bleed, 0, -bleed, TABLE_MARGIN_BOTTOM],
    tag: { type: 'Table', headerRows: kinds[0] === 'header' ? 1 : 0 },
  })
  const rowHeights = estimateRowHeights(texts, widths, node, ctx)
  const content = build(true)
  const grouped = build(false)
  return {
    content,
    grouped,
    height: rowHeights.reduce((a, b) => a + b, 0) + TABLE_MARGIN_BOTTOM,
    lead: (rowHeights[0] ?? 0) + (rowHeights[1] ?? 0),
  }
}

/** What assistive technology reads for the dash of a missing value. */
const MISSING_WORDS = 'uppgift saknas'

/**
 * A row's cells; a cell covered by the row header above it (`data.spanned`) is pdfmake's empty
 * placeholder string, which draws nothing and gets no structure element.
 */
function rowCells(row: TableRow, kind: RowKind, columns: number, align: readonly (AlignType | undefined)[], headerColumns: number, ctx: RenderContext): (ContentText | '')[] {
  const indent = (row.data?.indent ?? 0) * SUB_ROW_INDENT
  return Array.from({ length: columns }, (_, col) => {
    const source = row.children[col]
    if (source?.data?.spanned) return ''
    const alignment = align[col]
    let runs = source && !source.data?.missing ? inlines(source.children, ctx) : []
    if (alignment === 'right') runs = runs.map((run) => (typeof run.text === 'string' ? { ...run, text: keepFiguresTogether(run.text) } : run))
    const scope = cellScope(kind, col, runsText(runs).trim() === '', headerColumns)
    const span = source?.data?.rowSpan
    const tag: Tag = scope ? { type: 'TH', scope: scope === 'col' ? 'Column' : 'Row', ...(span ? { rowSpan: span } : {}) } : source?.data?.missing ? { type: 'TD', actual: MISSING_WORDS } : 'TD'
    const cell: ContentText & TableCellProperties = { text: source?.data?.missing ? MISSING_VALUE : runs.length > 0 ? runs : '', tag }
    if (span) cell.rowSpan = span
    if (alignment === 'right' || alignment === 'center') cell.alignment = alignment
    if (kind === 'header') {
      cell.bold = true
      if (ctx.style.table.filledHeader) cell.color = ctx.style.colours.onAccent
    }
    if (kind === 'group' || kind === 'total') cell.bold = true
    if (col === 0 && indent > 0) cell.margin = [indent, 0, 0, 0]
    return cell
  })
}

function measuredText(cell: ContentText | '', kind: RowKind): CellText {
  if (cell === '') return { text: '', bold: false }
  const runs = Array.isArray(cell.text) ? (cell.text as ContentText[]) : []
  const text = typeof cell.text === 'string' ? cell.text : runsText(runs)
  return { text, bold: kind !== 'body' || runs.some((run) => run.bold === true) }
}

function estimateRowHeights(texts: CellText[][], widths: ColumnWidth[], node: Table, ctx: RenderContext): number[] {
  const size = ctx.style.fontSizes.table
  const points = widths
  const line = lineHeight(size, 1.15)
  return texts.map((row, index) => {
    const indent = (node.children[index]?.data?.indent ?? 0) * SUB_ROW_INDENT
    const lines = row.map((cell, col) => lineCount(cell.text, size, Math.max(12, points[col]! - (col === 0 ? indent : 0)), ctx.measure, cell.bold))
    return Math.max(1, ...lines) * line + 2 * CELL_PADDING_Y + 1
  })
}

/**
 * A fresh copy of a cell for each variant of the table (pdfmake and the tagging walk mutate
 * them): a shallow one, and for a cell holding a nested table, fresh rows and cells too.
 */
function structuredCopy<T extends object>(cell: T): T {
  const nested = (cell as { table?: { body: unknown[][] } }).table
  if (!nested) return { ...cell }
  return { ...cell, table: { ...nested, body: nested.body.map((row) => row.map((c) => (typeof c === 'object' && c !== null ? { ...c } : c))) } }
}
